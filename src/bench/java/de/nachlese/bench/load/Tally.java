package de.nachlese.bench.load;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Counts and latencies of a stretch of a load run (one stage, or one second). Thread-safe. */
final class Tally {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Histogram ok = new Histogram(MAX_MICROS, 3);
    private final Histogram shed = new Histogram(MAX_MICROS, 3);
    private long due;
    private long okCount;
    private long shedCount;
    private long otherStatus;
    private long ioErrors;
    private long timeouts;
    private long dropped;
    private long maxSendLagMicros;

    synchronized void due() {
        due++;
    }

    synchronized void ok(long micros) {
        okCount++;
        ok.recordValue(Math.min(micros, MAX_MICROS));
    }

    synchronized void shed(long micros) {
        shedCount++;
        shed.recordValue(Math.min(micros, MAX_MICROS));
    }

    synchronized void otherStatus() {
        otherStatus++;
    }

    synchronized void ioError() {
        ioErrors++;
    }

    synchronized void timeout() {
        timeouts++;
    }

    /** How late the generator itself sent a request: a busy machine delays the sender too. */
    synchronized void sendLag(long micros) {
        maxSendLagMicros = Math.max(maxSendLagMicros, micros);
    }

    synchronized double maxSendLagMs() {
        return maxSendLagMicros / 1000.0;
    }

    synchronized void dropped() {
        dropped++;
    }

    synchronized LoadResult.Counts counts() {
        return new LoadResult.Counts(due, okCount, shedCount, otherStatus, ioErrors, timeouts, dropped);
    }

    synchronized LoadResult.Latencies okLatencies() {
        return latencies(ok);
    }

    synchronized LoadResult.Latencies shedLatencies() {
        return latencies(shed);
    }

    private static LoadResult.Latencies latencies(Histogram h) {
        return new LoadResult.Latencies(
                h.getTotalCount(),
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)),
                ms(h.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
