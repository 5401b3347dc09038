package de.nachlese.search.facet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.RamUsageEstimator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facet ordinals of each segment held on the heap, one column per segment core: for document {@code d} its
 * segment ordinals are {@code ords[starts[d]] .. ords[starts[d + 1] - 1]}. Counting a match is then a few array reads
 * and increments instead of a doc-values lookup per document and a decode per ordinal, which is what the facet counts
 * of broad searches spent most of their time on.
 * <p>
 * A segment's ordinals never change, so its column is built once and shared by every reader that contains the
 * segment: a near-real-time refresh builds only the new segments. Deletions do not matter (the searcher never
 * collects a deleted document). A column is dropped when its segment core closes. Small segments (the fresh ones of a
 * refresh) are built at once; large ones are built by one background thread once a search has counted facets on the
 * reader (so the build does not compete with the first search after start-up), and until a column is ready the
 * counting reads doc values, which gives the same counts.
 */
final class FacetColumns {

    private static final Logger LOG = LoggerFactory.getLogger(FacetColumns.class);

    /** Segments up to this many documents are built while the reader opens (a few milliseconds). */
    static final int BUILD_AT_ONCE_MAX_DOC = 50_000;

    /** One builder thread for all searchers of the JVM: the machine it runs on may have two cores. */
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "nachlese-facet-columns");
        thread.setDaemon(true);
        return thread;
    });

    /** One segment's facet ordinals; segment ordinals are stored as chars, so at most 65,536 distinct values. */
    record Column(int[] starts, char[] ords) {

        static final int MAX_VALUES = Character.MAX_VALUE + 1;

        long ramBytesUsed() {
            return RamUsageEstimator.sizeOf(starts) + RamUsageEstimator.sizeOf(ords);
        }
    }

    private final String field;
    private final Executor background;
    private final int buildAtOnceMaxDoc;
    private final Map<IndexReader.CacheKey, Column> built = new ConcurrentHashMap<>();
    /**
     * Segment cores that get no column (no facet values, more than chars hold, or the build failed): they are counted
     * from doc values and not tried again on every refresh; guarded by {@code this}.
     */
    private final Set<IndexReader.CacheKey> without = new HashSet<>();
    /** Segment cores whose column is being built or waits for the builder; guarded by {@code this}. */
    private final Set<IndexReader.CacheKey> pending = new HashSet<>();
    /** Builds of large segments waiting for {@link #startBuilding()}; guarded by {@code this}. */
    private final List<Runnable> deferred = new ArrayList<>();

    private FacetColumns(String field, Executor background, int buildAtOnceMaxDoc) {
        this.field = field;
        this.background = background;
        this.buildAtOnceMaxDoc = buildAtOnceMaxDoc;
    }

    /** Columns of the given doc-values field: small segments at once, large ones on the background thread. */
    static FacetColumns of(String field) {
        return new FacetColumns(field, BACKGROUND, BUILD_AT_ONCE_MAX_DOC);
    }

    /** Columns built by the given executor (a direct one builds every segment in {@link #prepare}). */
    static FacetColumns of(String field, Executor background, int buildAtOnceMaxDoc) {
        return new FacetColumns(field, background, buildAtOnceMaxDoc);
    }

    String field() {
        return field;
    }

    /**
     * Builds the columns of the reader's small segments that have none yet, and lines up the large ones for
     * {@link #startBuilding()}.
     */
    void prepare(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            IndexReader.CacheHelper core = segment.getCoreCacheHelper();
            if (core == null) {
                continue; // not a segment; counted from doc values
            }
            IndexReader.CacheKey key = core.getKey();
            synchronized (this) {
                if (built.containsKey(key) || without.contains(key) || !pending.add(key)) {
                    continue;
                }
            }
            core.addClosedListener(this::forget);
            Runnable build = () -> buildAndKeep(segment, key);
            if (segment.maxDoc() <= buildAtOnceMaxDoc) {
                build.run();
            } else {
                synchronized (this) {
                    deferred.add(build);
                }
            }
        }
    }

    /** Hands the lined-up builds of large segments to the background builder; cheap when there are none. */
    void startBuilding() {
        List<Runnable> builds;
        synchronized (this) {
            if (deferred.isEmpty()) {
                return;
            }
            builds = List.copyOf(deferred);
            deferred.clear();
        }
        builds.forEach(background::execute);
    }

    /** The segment's column, or null while it is not built (or cannot be: no facet values, too many of them). */
    Column column(LeafReaderContext leaf) {
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        return core == null ? null : built.get(core.getKey());
    }

    /** Heap held by the built columns. */
    long ramBytesUsed() {
        return built.values().stream().mapToLong(Column::ramBytesUsed).sum();
    }

    /** Number of segments with a built column. */
    int size() {
        return built.size();
    }

    private void buildAndKeep(LeafReader segment, IndexReader.CacheKey key) {
        synchronized (this) {
            if (!pending.contains(key)) {
                return; // the segment closed before its turn
            }
        }
        Column column = null;
        if (segment.tryIncRef()) { // keeps the segment open while it is read
            try {
                column = build(segment, field);
            } catch (IOException | RuntimeException e) {
                // counting falls back to doc values for this segment; the searches themselves report real failures
                LOG.warn("Facet column of a segment not built, counting from doc values", e);
            } finally {
                decRef(segment);
            }
        }
        synchronized (this) {
            if (pending.remove(key)) {
                if (column != null) {
                    built.put(key, column);
                } else {
                    without.add(key);
                }
            }
        }
    }

    private synchronized void forget(IndexReader.CacheKey key) {
        pending.remove(key);
        without.remove(key);
        built.remove(key);
    }

    private static void decRef(LeafReader segment) {
        try {
            segment.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a segment's facet ordinals into a column; null when it has none or more than chars can hold. */
    static Column build(LeafReader segment, String field) throws IOException {
        SortedSetDocValues values = segment.getSortedSetDocValues(field);
        if (values == null || values.getValueCount() > Column.MAX_VALUES) {
            return null;
        }
        long total = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            total += values.docValueCount();
        }
        if (total > Integer.MAX_VALUE - 16) {
            return null;
        }
        int maxDoc = segment.maxDoc();
        int[] starts = new int[maxDoc + 1];
        char[] ords = new char[(int) total];
        values = segment.getSortedSetDocValues(field);
        int at = 0;
        int next = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) {
                starts[next++] = at;
            }
            for (int i = values.docValueCount(); i > 0; i--) {
                ords[at++] = (char) values.nextOrd();
            }
        }
        while (next <= maxDoc) {
            starts[next++] = at;
        }
        return new Column(starts, ords);
    }
}
