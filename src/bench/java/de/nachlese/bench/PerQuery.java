package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.PlannedQuery;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * A diagnostic, not a benchmark figure of docs/benchmarks.md: every query of the set timed on its own, raw Lucene and
 * Nachlese in the same JVM, one after the other for each query and round, so both see the same machine load. For
 * each query it reports the median wall time and the median CPU time of the searching thread (the CPU time hardly
 * moves when other processes share the cores), and a per-kind summary of both. Where the time goes inside a query
 * is for a profiler (JFR) to say; this says which queries to profile.
 * <p>
 * {@code --index DIR --queries FILE --out FILE [--rounds N (7)] [--warmup N (2)] [--kinds browse,entity]
 * [--nachlese-only true]} (the last for comparing two builds of Nachlese: raw Lucene's columns are then zero)
 */
public final class PerQuery {

    private PerQuery() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options =
                Options.parse(args, Set.of("index", "queries", "out", "rounds", "warmup", "kinds", "nachlese-only"));
        boolean withLucene = !Boolean.parseBoolean(options.getOrDefault("nachlese-only", "false"));
        Path index = Path.of(options.get("index"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "7"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2"));
        List<BenchQuery> queries = Measure.readQueries(Path.of(options.get("queries")));
        if (options.containsKey("kinds")) {
            Set<String> kinds = Set.of(options.get("kinds").split(","));
            queries = queries.stream().filter(q -> kinds.contains(q.kind())).toList();
        }
        Map<String, PlannedQuery> planned = LuceneBench.plan(index, queries);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> lines = new ArrayList<>();
        lines.add(
                "# id\tkind\thits lucene\thits nachlese\twall ms lucene\twall ms nachlese\tcpu ms lucene\tcpu ms nachlese\tquery");
        Map<String, List<double[]>> byKind = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
                ItemSearcher nachlese = ItemSearcher.openReadOnly(new IndexSchema(), FSDirectory.open(index))) {
            LuceneBench lucene = new LuceneBench(reader, new IndexSchema(), planned);
            for (int round = 0; round < warmup; round++) {
                for (BenchQuery query : queries) {
                    if (withLucene) {
                        lucene.search(query);
                    }
                    nachlese.search(query.request());
                }
            }
            for (BenchQuery query : queries) {
                long[][] wall = new long[2][rounds];
                long[][] cpu = new long[2][rounds];
                long luceneHits = 0;
                long nachleseHits = 0;
                for (int round = 0; round < rounds; round++) {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    luceneHits = withLucene ? lucene.search(query) : -1;
                    long wall1 = System.nanoTime();
                    long cpu1 = threads.getCurrentThreadCpuTime();
                    nachleseHits = nachlese.search(query.request()).total();
                    long wall2 = System.nanoTime();
                    long cpu2 = threads.getCurrentThreadCpuTime();
                    wall[0][round] = wall1 - wall0;
                    wall[1][round] = wall2 - wall1;
                    cpu[0][round] = cpu1 - cpu0;
                    cpu[1][round] = cpu2 - cpu1;
                }
                double[] medians = {median(wall[0]), median(wall[1]), median(cpu[0]), median(cpu[1])};
                byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(medians);
                lines.add(String.format(
                        Locale.ROOT,
                        "%s\t%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%s",
                        query.id(),
                        query.kind(),
                        luceneHits,
                        nachleseHits,
                        medians[0],
                        medians[1],
                        medians[2],
                        medians[3],
                        describe(query)));
            }
        }
        lines.add("");
        lines.add(
                "# kind\tqueries\tmedian of wall ms lucene\tnachlese\tmedian of cpu ms lucene\tnachlese\tmax cpu ms lucene\tnachlese");
        byKind.forEach((kind, rows) -> lines.add(String.format(
                Locale.ROOT,
                "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f",
                kind,
                rows.size(),
                column(rows, 0, 50),
                column(rows, 1, 50),
                column(rows, 2, 50),
                column(rows, 3, 50),
                column(rows, 2, 100),
                column(rows, 3, 100))));
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
    }

    private static String describe(BenchQuery query) {
        return query.toTsv()
                .substring(query.id().length() + query.kind().length() + 2)
                .replace('\t', ' ')
                .strip();
    }

    /** Median in milliseconds. */
    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double column(List<double[]> rows, int column, int percentile) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[Math.min(values.length - 1, (int) Math.ceil(percentile / 100.0 * values.length) - 1)];
    }
}
