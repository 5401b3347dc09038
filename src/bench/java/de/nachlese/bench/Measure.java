package de.nachlese.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one measuring procedure every in-process engine goes through, so the figures compare: warm-up rounds over the
 * whole query set, then single-threaded rounds in a shuffled order (latency: each search timed on its own), then
 * a fixed time with one thread per core searching back to back (throughput).
 */
public final class Measure {

    /** One engine answering one query of the set; returns the number of hits. */
    @FunctionalInterface
    public interface Engine {
        long search(BenchQuery query) throws Exception;
    }

    public record Settings(int warmupRounds, int rounds, int throughputSeconds, int threads) {}

    private Measure() {}

    /** Runs the procedure, puts the figures under {@code prefix} and writes the hit count of every query. */
    public static void run(
            Engine engine, List<BenchQuery> queries, Settings settings, Results results, String prefix, Path countsFile)
            throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (BenchQuery query : queries) {
            counts.put(query.id(), engine.search(query));
        }
        writeCounts(countsFile, queries, counts);
        for (int round = 0; round < settings.warmupRounds(); round++) {
            for (BenchQuery query : queries) {
                engine.search(query);
            }
        }
        Latencies latencies = new Latencies();
        List<BenchQuery> order = new ArrayList<>(queries);
        Random shuffle = new Random(7);
        for (int round = 0; round < settings.rounds(); round++) {
            Collections.shuffle(order, shuffle);
            for (BenchQuery query : order) {
                long start = System.nanoTime();
                engine.search(query);
                latencies.record(query.kind(), System.nanoTime() - start);
            }
        }
        latencies.writeTo(results, prefix);
        results.put(
                prefix + ".throughput_qps", String.format(Locale.ROOT, "%.1f", throughput(engine, queries, settings)));
        results.put(prefix + ".threads", settings.threads());
    }

    private static double throughput(Engine engine, List<BenchQuery> queries, Settings settings)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < settings.threads(); t++) {
            int offset = t * queries.size() / settings.threads();
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = offset; !stop.get(); i++) {
                    try {
                        engine.search(queries.get(i % queries.size()));
                        done.incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(settings.throughputSeconds() * 1000L);
        stop.set(true);
        long count = done.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Thread thread : threads) {
            thread.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " searches failed during the throughput run");
        }
        return count / seconds;
    }

    static void writeCounts(Path file, List<BenchQuery> queries, Map<String, Long> counts) throws IOException {
        List<String> lines = new ArrayList<>();
        for (BenchQuery query : queries) {
            lines.add(query.id() + "\t" + counts.get(query.id()));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static Map<String, Long> readCounts(Path file) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                counts.put(c[0], Long.parseLong(c[1]));
            }
        }
        return counts;
    }

    public static List<BenchQuery> readQueries(Path file) throws IOException {
        List<BenchQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(BenchQuery.fromTsv(line));
            }
        }
        return queries;
    }

    public static void writeQueries(Path file, List<BenchQuery> queries) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# id\tkind\tquery\tfilters\tfrom\tuntil");
        queries.forEach(q -> lines.add(q.toTsv()));
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
