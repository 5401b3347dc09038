package de.nachlese.bench.load;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an open-loop run measured: one summary per stage and a timeline of seconds (by the second each request was
 * due, counted from the start of the run), so the seconds an overload took to clear can be read off.
 */
public record LoadResult(URI target, List<Stage> stages, List<Second> timeline) {

    public LoadResult {
        stages = List.copyOf(stages);
        timeline = List.copyOf(timeline);
    }

    /** The only stage of a single-rate run, or the stage with this label. */
    public Stage stage(String label) {
        return stages.stream()
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + label));
    }

    /** The seconds of one stage, in order. */
    public List<Second> seconds(String stageLabel) {
        return timeline.stream().filter(s -> s.stage().equals(stageLabel)).toList();
    }

    /** How many good seconds in a row it takes to call latency normal again (one good second can be luck). */
    public static final int SETTLED_SECONDS = 3;

    /**
     * Seconds from the start of a stage until it recovered: from that second on every answer is a 2xx, and that
     * second and the {@value #SETTLED_SECONDS} - 1 after it have a p99 within {@code p99LimitMs}. Empty when that never
     * happened. (A later second slower than the limit, with only 2xx, is noise of the machine, not a lack of recovery;
     * {@link #slowSecondsAfter} counts those.)
     */
    public Optional<Integer> recoverySeconds(String stageLabel, double p99LimitMs) {
        List<Second> seconds = seconds(stageLabel);
        int allOkFrom = seconds.size();
        while (allOkFrom > 0 && allOk(seconds.get(allOkFrom - 1))) {
            allOkFrom--;
        }
        for (int r = allOkFrom; r + SETTLED_SECONDS <= seconds.size(); r++) {
            boolean settled = true;
            for (int i = r; i < r + SETTLED_SECONDS; i++) {
                settled &= seconds.get(i).ok().p99() <= p99LimitMs;
            }
            if (settled) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Seconds of a stage, from {@code from} on, whose p99 exceeded the limit. */
    public long slowSecondsAfter(String stageLabel, int from, double p99LimitMs) {
        return seconds(stageLabel).stream()
                .skip(from)
                .filter(s -> s.ok().p99() > p99LimitMs)
                .count();
    }

    private static boolean allOk(Second s) {
        return s.counts().ok() == s.counts().due();
    }

    /**
     * @param offeredRate  requests per second the schedule called for
     * @param achievedRate answers (of any kind) per second of the stage
     * @param okRate       2xx answers per second of the stage
     * @param ok           latencies of the 2xx answers
     * @param shed         latencies of the 503 answers
     * @param maxSendLagMs how late the generator sent its latest request; more than a few milliseconds means the
     *                     machine was too busy for the generator itself, and the latencies include that delay
     */
    public record Stage(
            String label,
            double offeredRate,
            double seconds,
            Counts counts,
            double achievedRate,
            double okRate,
            Latencies ok,
            Latencies shed,
            double maxSendLagMs) {

        public String format() {
            Counts c = counts;
            return String.format(
                    Locale.ROOT,
                    "%-14s offered %7.1f/s  achieved %7.1f/s  2xx %7.1f/s | sent %d: "
                            + "2xx %d, 503 %d, other status %d, I/O errors %d, timeouts %d, dropped %d%n"
                            + "%-14s 2xx latency: %s%n%-14s 503 latency: %s%n%-14s generator's max send lag: %.1f ms",
                    label,
                    offeredRate,
                    achievedRate,
                    okRate,
                    c.due(),
                    c.ok(),
                    c.shed(),
                    c.otherStatus(),
                    c.ioErrors(),
                    c.timeouts(),
                    c.dropped(),
                    "",
                    ok,
                    "",
                    shed,
                    "",
                    maxSendLagMs);
        }
    }

    /** One second of the timeline; {@code index} counts from the start of the run. */
    public record Second(int index, String stage, Counts counts, Latencies ok) {

        public String format() {
            return String.format(
                    Locale.ROOT,
                    "%4d s %-12s due %5d  2xx %5d  503 %5d  errors %4d  2xx p50 %7.1f  " + "p99 %7.1f  max %7.1f ms",
                    index,
                    stage,
                    counts.due(),
                    counts.ok(),
                    counts.shed(),
                    counts.errors(),
                    ok.p50(),
                    ok.p99(),
                    ok.max());
        }
    }

    /**
     * @param due         requests the schedule called for
     * @param ok          2xx answers
     * @param shed        503 answers (load shedding)
     * @param otherStatus any other status: an error
     * @param ioErrors    connection refused or reset, and the like
     * @param timeouts    no answer within the request timeout
     * @param dropped     not sent, because the cap on requests in flight was reached when it was due
     */
    public record Counts(long due, long ok, long shed, long otherStatus, long ioErrors, long timeouts, long dropped) {
        /** Everything that is neither a 2xx nor a 503. */
        public long errors() {
            return otherStatus + ioErrors + timeouts + dropped;
        }

        public long answered() {
            return ok + shed + otherStatus;
        }
    }

    /** Milliseconds, each from the moment its request was due (not when it was sent): no coordinated omission. */
    public record Latencies(long count, double p50, double p90, double p99, double p999, double max) {
        @Override
        public String toString() {
            return count == 0
                    ? "-"
                    : String.format(
                            Locale.ROOT,
                            "p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f ms (%d)",
                            p50,
                            p90,
                            p99,
                            p999,
                            max,
                            count);
        }
    }
}
