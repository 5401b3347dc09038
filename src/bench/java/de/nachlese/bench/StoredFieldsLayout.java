package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A diagnostic for a codec decision, not a benchmark figure: the stored fields of the first N items of an index
 * written again with stored-field chunks of several sizes (Lucene's default fast mode is 80 KB), and for each the
 * size of the stored fields per item and the CPU time of reading one displayed hit (a fresh reader per hit, items at
 * random, read as a search reads them). Writes only below {@code --out}.
 * <p>
 * {@code --index DIR --out DIR [--items N (200000)] [--chunks-kb 80,32,16,8] [--hits N (5000)] [--rounds N (5)]}
 */
public final class StoredFieldsLayout {

    private StoredFieldsLayout() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Set.of("index", "out", "items", "chunks-kb", "hits", "rounds"));
        int items = Integer.parseInt(options.getOrDefault("items", "200000"));
        int hits = Integer.parseInt(options.getOrDefault("hits", "5000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        Path out = Path.of(options.get("out"));
        IndexSchema schema = new IndexSchema();
        System.out.printf(Locale.ROOT, "stored fields of the first %d items of %s; %d hits at random, CPU µs per hit%n",
                items, options.get("index"), hits);
        for (String kb : options.getOrDefault("chunks-kb", "80,32,16,8").split(",")) {
            int chunkBytes = Integer.parseInt(kb.strip()) * 1024;
            Path dir = out.resolve("chunks-" + kb.strip() + "kb");
            long writeNs = write(Path.of(options.get("index")), dir, items, new ChunkedStoredFieldsCodec(chunkBytes, 1024));
            long bytes = storedFieldBytes(dir);
            double perHit = readCost(dir, schema, hits, rounds);
            System.out.printf(Locale.ROOT, "  chunks %3s KB: %7.1f bytes/item stored, %6.2f µs per hit read, written in %.1f s%n",
                    kb.strip(), (double) bytes / items, perHit, writeNs / 1e9);
        }
    }

    private static long write(Path source, Path target, int items, Codec codec) throws Exception {
        if (Files.exists(target)) {
            try (Stream<Path> files = Files.list(target)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        long start = System.nanoTime();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(source));
             Directory directory = FSDirectory.open(target);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setCodec(codec)
                     .setRAMBufferSizeMB(64).setUseCompoundFile(false))) {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < Math.min(items, reader.maxDoc()); doc++) {
                Document loaded = stored.document(doc);
                writer.addDocument(loaded);
            }
            writer.forceMerge(1);
        }
        return System.nanoTime() - start;
    }

    private static long storedFieldBytes(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            long sum = 0;
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".fdt") || name.endsWith(".fdx") || name.endsWith(".fdm")) {
                    sum += Files.size(file);
                }
            }
            return sum;
        }
    }

    private static double readCost(Path dir, IndexSchema schema, int hits, int rounds) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            List<LeafReaderContext> leaves = reader.leaves();
            int[] docs = new Random(42).ints(hits, 0, reader.maxDoc()).toArray();
            double[] perHit = new double[rounds + 1];
            for (int round = 0; round <= rounds; round++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                for (int doc : docs) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                    schema.storedItem(leaf.reader().storedFields(), doc - leaf.docBase);
                }
                perHit[round] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / docs.length;
            }
            double[] measured = Arrays.copyOfRange(perHit, 1, perHit.length); // round 0 warms up
            Arrays.sort(measured);
            return measured[measured.length / 2];
        }
    }
}
