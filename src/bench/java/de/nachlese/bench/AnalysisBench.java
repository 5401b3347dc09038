package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import de.nachlese.ingest.ArchiveFile;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.ingest.ParsedIssue;
import de.nachlese.model.Item;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The index-time analysis alone (tokenising, lower case, decompounding, folding, stemming) of every headline and
 * body of a corpus, on one thread, timed as that thread's CPU time: a figure that the other processes of a shared
 * machine disturb far less than an indexing run's wall time. Each round analyses every item once; the first rounds
 * warm up the JIT and the word caches, the best of the others is printed.
 *
 * <pre>
 * java -Xmx1g --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     de.nachlese.bench.AnalysisBench --corpus /tmp/corpus-100k --rounds 5 --files 4000
 * </pre>
 */
public final class AnalysisBench {

    private AnalysisBench() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = Options.parse(args, Set.of("corpus", "rounds", "files"));
        Path corpus = Path.of(options.get("corpus"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        int maxFiles = Integer.parseInt(options.getOrDefault("files", "4000"));
        ArchiveReader reader = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY));
        List<String[]> texts = new ArrayList<>();
        List<ArchiveFile> files = new FolderArchive(corpus).files();
        for (ArchiveFile file : files.subList(0, Math.min(maxFiles, files.size()))) {
            for (ParsedIssue parsed : reader.readFile(file).result().issues()) {
                for (Item item : parsed.issue().items()) {
                    texts.add(new String[] {item.headline(), item.body()});
                }
            }
        }
        IndexSchema schema = new IndexSchema();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long tokens = 0;
        for (int round = 0; round < rounds; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            tokens = analyse(schema.analyzer(), schema.headlineField(), schema.bodyField(), texts);
            long nanos = cpu.getCurrentThreadCpuTime() - start;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %d items, %d tokens, %.3f s CPU, %.1f ns per token%n",
                    round + 1,
                    texts.size(),
                    tokens,
                    nanos / 1e9,
                    (double) nanos / tokens);
            if (round >= Math.min(2, rounds - 1)) {
                best = Math.min(best, nanos);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "best: %.1f µs CPU per item, %.1f ns per token; load average %.2f%n",
                best / 1e3 / texts.size(),
                (double) best / tokens,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long analyse(Analyzer analyzer, String headlineField, String bodyField, List<String[]> texts)
            throws IOException {
        long tokens = 0;
        for (String[] text : texts) {
            tokens += count(analyzer, headlineField, text[0]) + count(analyzer, bodyField, text[1]);
        }
        return tokens;
    }

    private static long count(Analyzer analyzer, String field, String text) throws IOException {
        long n = 0;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            stream.reset();
            while (stream.incrementToken()) {
                n++;
            }
            stream.end();
        }
        return n;
    }
}
