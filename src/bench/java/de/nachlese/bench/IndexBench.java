package de.nachlese.bench;

import de.nachlese.bench.corpus.CorpusGenerator;
import de.nachlese.bench.corpus.Options;
import de.nachlese.index.ArchiveIndexer;
import de.nachlese.index.CommitPolicy;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.index.SyncOptions;
import de.nachlese.index.SyncReport;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Indexing throughput end to end, the real ingest path (read and split issue files, tag, write, commit) into an
 * empty index, on a generated corpus of a given size. Prints items per second (wall), items per CPU second (the
 * whole process: all threads, GC and JIT included) and the heap after a full GC once the index is closed.
 *
 * <pre>
 * mvn -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx256m --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     de.nachlese.bench.IndexBench --items 100000 --corpus /tmp/corpus-100k --index /tmp/index-100k
 * </pre>
 * Options: {@code --items N} (default 100000), {@code --corpus DIR} (generated there first unless it holds files),
 * {@code --index DIR} (emptied first), {@code --workers N} (reading and tagging threads; default: the cores),
 * {@code --seed S}.
 */
public final class IndexBench {

    private IndexBench() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = Options.parse(args, Set.of("items", "corpus", "index", "workers", "seed"));
        int items = Integer.parseInt(options.getOrDefault("items", "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(CorpusGenerator.DEFAULT_SEED)));
        int workers = Integer.parseInt(options.getOrDefault(
                "workers", Integer.toString(Runtime.getRuntime().availableProcessors())));
        Path corpus = Path.of(options.getOrDefault("corpus", "target/bench-corpus-" + items));
        Path indexDir = Path.of(options.getOrDefault("index", "target/bench-index-" + items));

        if (!Files.isDirectory(corpus) || isEmpty(corpus)) {
            long start = System.nanoTime();
            int files = new CorpusGenerator(seed).writeFiles(items, corpus);
            System.out.printf(
                    Locale.ROOT,
                    "Generated %d items in %d files in %s (%.1f s)%n",
                    items,
                    files,
                    corpus,
                    (System.nanoTime() - start) / 1e9);
        }
        deleteRecursively(indexDir);

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        SyncReport report;
        IndexSchema schema = new IndexSchema();
        ArchiveReader reader = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY));
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            report = new ArchiveIndexer(reader, Tagger.bundled(), indexer, CommitPolicy.DEFAULT, workers)
                    .sync(List.of(new FolderArchive(corpus)), SyncOptions.DEFAULT.retryingFailures());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        SyncReport.Timing timing = report.timing();
        System.out.printf(
                Locale.ROOT,
                "Indexed %d issues, %d items (%d errors) with %d workers in %.1f s: %.0f items/s;"
                        + " %.1f CPU s (process): %.0f items per CPU second%n",
                report.issuesIndexed(),
                report.itemsIndexed(),
                report.errors().size(),
                workers,
                seconds,
                report.itemsIndexed() / seconds,
                cpuSeconds,
                report.itemsIndexed() / cpuSeconds);
        System.out.printf(
                Locale.ROOT,
                "Stages (summed over threads): reading %d ms, tagging %d ms, writing %d ms%n",
                timing.readMs(),
                timing.tagMs(),
                timing.writeMs());
        System.out.printf(
                Locale.ROOT,
                "Heap after full GC: %d MB used of %d MB max; load average %.2f on %d cores%n",
                heap.getUsed() >> 20,
                heap.getMax() >> 20,
                os.getSystemLoadAverage(),
                os.getAvailableProcessors());
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
