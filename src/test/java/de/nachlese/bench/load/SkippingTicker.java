package de.nachlese.bench.load;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The load schedule's clock without its waits: it runs at the real clock's pace plus every wait it skipped, so due
 * times stay in order and latencies stay real, but a run of N scheduled seconds takes only as long as its answers.
 */
public final class SkippingTicker implements OpenLoopLoad.Ticker {

    /** A failure timeout only: how long one request may stay unanswered before the run is given up. */
    private static final Duration IDLE_LIMIT = Duration.ofSeconds(30);

    private final AtomicLong skippedNanos = new AtomicLong();
    private final boolean oneAtATime;

    private SkippingTicker(boolean oneAtATime) {
        this.oneAtATime = oneAtATime;
    }

    /** Every request is sent as soon as the one before has been sent: the whole schedule as one burst. */
    public static SkippingTicker skipping() {
        return new SkippingTicker(false);
    }

    /**
     * Each request is sent once the one before has been answered: the schedule's counts per second, without its
     * pace and without ever more than one request in flight, so a busy machine neither sheds nor drops any.
     */
    public static SkippingTicker oneAtATime() {
        return new SkippingTicker(true);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime() + skippedNanos.get();
    }

    @Override
    public void waitUntil(long dueNanos, BooleanSupplier idle) {
        if (oneAtATime) {
            long limit = System.nanoTime() + IDLE_LIMIT.toNanos();
            while (!idle.getAsBoolean()) {
                if (System.nanoTime() > limit) {
                    throw new IllegalStateException("a request stayed unanswered for " + IDLE_LIMIT);
                }
                LockSupport.parkNanos(50_000); // polls the condition; no fixed wait
            }
        }
        long ahead = dueNanos - nanoTime();
        if (ahead > 0) {
            skippedNanos.addAndGet(ahead);
        }
    }
}
