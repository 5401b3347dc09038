package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

/**
 * A diagnostic, not a benchmark figure of docs/benchmarks.md: what loading one displayed hit costs, step by step, in CPU
 * microseconds per hit, over documents drawn at random (as a page of hits is: each from another stored-field block).
 * <ul>
 *   <li>{@code open}: the stored-fields readers of a search, of a whole searcher ({@code searcher.storedFields()}, which opens a segment's only when a hit is read from it) and
 *       of one segment;</li>
 *   <li>{@code decompress}: finding and decompressing the document's block, reading no field;</li>
 *   <li>{@code document}: the whole document as Lucene loads it ({@code StoredFields.document(int)});</li>
 *   <li>{@code fromDocument}: that, plus rebuilding the item from it;</li>
 *   <li>{@code storedItem}: the item read with the schema's visitor, which skips fields no view shows.</li>
 * </ul>
 * Every step but the first two opens the one segment's reader first, as a search does once per segment with hits.
 * <p>
 * {@code --index DIR [--docs N (5000)] [--rounds N (5)]}
 */
public final class HitCost {

    private HitCost() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Set.of("index", "docs", "rounds"));
        int count = Integer.parseInt(options.getOrDefault("docs", "5000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        IndexSchema schema = new IndexSchema();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(options.get("index"))))) {
            List<LeafReaderContext> leaves = reader.leaves();
            int[] docs = new Random(42).ints(count, 0, reader.maxDoc()).toArray();
            StoredFieldVisitor nothing = new StoredFieldVisitor() {
                @Override
                public Status needsField(FieldInfo fieldInfo) {
                    return Status.STOP;
                }
            };
            Step[] steps = {
                new Step(
                        "searcher.storedFields() (" + leaves.size() + " segments, opened lazily)",
                        doc -> reader.storedFields()),
                new Step("open, one segment", doc -> leaf(leaves, doc).reader().storedFields()),
                new Step(
                        "open + decompress, no field",
                        doc -> stored(leaves, doc).document(local(leaves, doc), nothing)),
                new Step(
                        "open + document (all fields)",
                        doc -> stored(leaves, doc).document(local(leaves, doc))),
                new Step("open + document + fromDocument", doc -> {
                    Document loaded = stored(leaves, doc).document(local(leaves, doc));
                    schema.fromDocument(loaded);
                }),
                new Step(
                        "open + storedItem (visitor)",
                        doc -> schema.storedItem(stored(leaves, doc), local(leaves, doc))),
            };
            System.out.printf(
                    Locale.ROOT,
                    "%d documents at random of %d, %d rounds, CPU µs per hit (median round)%n",
                    count,
                    reader.maxDoc(),
                    rounds);
            for (Step step : steps) {
                double[] perHit = new double[rounds + 1];
                for (int round = 0; round <= rounds; round++) {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    for (int doc : docs) {
                        step.action().run(doc);
                    }
                    perHit[round] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / docs.length;
                }
                double[] measured = java.util.Arrays.copyOfRange(perHit, 1, perHit.length); // round 0 warms up
                java.util.Arrays.sort(measured);
                System.out.printf(Locale.ROOT, "  %-32s %8.2f µs%n", step.name(), measured[measured.length / 2]);
            }
        }
    }

    private record Step(String name, DocAction action) {}

    @FunctionalInterface
    private interface DocAction {
        void run(int doc) throws Exception;
    }

    private static LeafReaderContext leaf(List<LeafReaderContext> leaves, int doc) {
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    private static int local(List<LeafReaderContext> leaves, int doc) {
        return doc - leaf(leaves, doc).docBase;
    }

    /** A fresh reader per hit, as a search has (its block cache then never helps across hits of other searches). */
    private static StoredFields stored(List<LeafReaderContext> leaves, int doc) throws Exception {
        return leaf(leaves, doc).reader().storedFields();
    }
}
