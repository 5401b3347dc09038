package de.nachlese.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** Latencies in microseconds, overall and per query kind, with HdrHistogram (3 significant digits, up to 60 s). */
public final class Latencies {

    private static final long MAX_MICROS = 60_000_000L;

    private final Histogram all = new Histogram(MAX_MICROS, 3);
    private final Map<String, Histogram> byKind = new TreeMap<>();

    public void record(String kind, long nanos) {
        long micros = Math.max(1, Math.min(MAX_MICROS, nanos / 1000));
        all.recordValue(micros);
        byKind.computeIfAbsent(kind, k -> new Histogram(MAX_MICROS, 3)).recordValue(micros);
    }

    public long count() {
        return all.getTotalCount();
    }

    /** p50, p99, p99.9, mean and max in milliseconds, as "key=value" results under the given prefix. */
    public void writeTo(Results results, String prefix) {
        write(results, prefix, all);
        byKind.forEach((kind, histogram) -> write(results, prefix + "." + kind, histogram));
    }

    private static void write(Results results, String prefix, Histogram h) {
        results.put(prefix + ".count", h.getTotalCount());
        results.put(prefix + ".p50_ms", ms(h.getValueAtPercentile(50)));
        results.put(prefix + ".p99_ms", ms(h.getValueAtPercentile(99)));
        results.put(prefix + ".p999_ms", ms(h.getValueAtPercentile(99.9)));
        results.put(prefix + ".mean_ms", String.format(Locale.ROOT, "%.3f", h.getMean() / 1000.0));
        results.put(prefix + ".max_ms", ms(h.getMaxValue()));
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
    }
}
