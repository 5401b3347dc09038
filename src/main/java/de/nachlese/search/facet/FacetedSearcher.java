package de.nachlese.search.facet;

import de.nachlese.model.Facet;
import de.nachlese.search.SearchDeadline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * An IndexSearcher that carries the facet ordinal state of its reader. Building that state walks all facet values,
 * so it is done once per reader (on refresh), never per query. What else depends only on the reader (all facet
 * values with their counts, the autocomplete entries) is computed on first use and kept with it.
 */
public final class FacetedSearcher extends IndexSearcher {

    /** Null while the index holds no facet values at all (an empty index). */
    private final SortedSetDocValuesReaderState facetState;
    /**
     * The facet ordinals of the reader's segments on the heap, shared with the other searchers of the factory; null
     * when there are no facet values.
     */
    private final FacetColumns columns;

    private volatile WholeIndexFacets wholeIndex;
    private volatile FacetOrdinals ordinals;
    private volatile Map<Facet, Map<String, Long>> allValues;
    private final Map<Class<?>, Object> perReader = new java.util.concurrent.ConcurrentHashMap<>();

    private final SearchDeadline deadline;

    private FacetedSearcher(
            IndexReader reader,
            SortedSetDocValuesReaderState facetState,
            FacetColumns columns,
            SearchDeadline deadline) {
        super(reader);
        this.facetState = facetState;
        this.columns = columns;
        this.deadline = deadline;
    }

    /** Every search of a segment, including the drill-sideways pass that counts facets, stops collecting at the deadline. */
    @Override
    protected void searchLeaf(LeafReaderContext context, int minDocId, int maxDocId, Weight weight, Collector collector)
            throws IOException {
        super.searchLeaf(context, minDocId, maxDocId, weight, deadline.limit(collector));
    }

    /** Whether the running search on this thread stopped collecting at its deadline. */
    boolean outOfTime() {
        return deadline.expired();
    }

    /** The facet ordinal state of the reader; null while the index holds no facet values at all. */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /** The reader's segments' facet ordinals on the heap, or null to read them from doc values. */
    FacetColumns columns() {
        return columns;
    }

    /** Searchers without a time budget. */
    public static SearcherFactory factory(FacetsConfig config, Similarity similarity) {
        return factory(config, similarity, SearchDeadline.NONE);
    }

    /**
     * Searchers that score with the given similarity and stop collecting when the calling thread's search deadline
     * has passed.
     */
    public static SearcherFactory factory(FacetsConfig config, Similarity similarity, SearchDeadline deadline) {
        // one column cache per factory (per writer): each refresh builds only the columns of its new segments
        FacetColumns columns = FacetColumns.of(config.getDimConfig("").indexFieldName);
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                SortedSetDocValuesReaderState state;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(reader, config);
                } catch (IllegalArgumentException noFacetValuesYet) {
                    state = null;
                }
                // every dimension lives in the one field the columns hold; another layout is counted from doc values
                FacetColumns held = state != null && state.getField().equals(columns.field()) ? columns : null;
                if (held != null) {
                    held.prepare(reader);
                }
                FacetedSearcher searcher = new FacetedSearcher(reader, state, held, deadline);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        };
    }

    /**
     * The facet counts of every item of the reader, counted once: the drill-sideways counts of a dimension whenever
     * that dimension is the only filter on the whole archive. Null for an empty index.
     */
    WholeIndexFacets wholeIndex(Function<Facet, String> dimension) {
        WholeIndexFacets counts = wholeIndex;
        if (counts == null && facetState != null) {
            try {
                counts = WholeIndexFacets.count(
                        facetState,
                        java.util.Arrays.stream(Facet.values()).map(dimension).toList(),
                        FacetCounter.FACET_VALUES_LIMIT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            wholeIndex = counts;
        }
        return counts;
    }

    /** The facet ordinals of the reader laid out for counting, built on first use. Null for an empty index. */
    FacetOrdinals ordinals(Function<Facet, String> dimension) {
        FacetOrdinals layout = ordinals;
        if (layout == null && facetState != null) {
            try {
                layout = FacetOrdinals.of(
                        facetState,
                        java.util.Arrays.stream(Facet.values()).map(dimension).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ordinals = layout;
        }
        return layout;
    }

    /** Every value of every facet in the index with its number of items, most frequent first. */
    public Map<Facet, Map<String, Long>> allValues(Function<Facet, String> dimension) {
        Map<Facet, Map<String, Long>> values = allValues;
        if (values == null) {
            values = new EnumMap<>(Facet.class);
            WholeIndexFacets counts = wholeIndex(dimension);
            for (Facet facet : Facet.values()) {
                Map<String, Long> byValue = new LinkedHashMap<>();
                FacetResult result = counts == null ? null : allChildren(counts, dimension.apply(facet));
                if (result != null) {
                    java.util.Arrays.stream(result.labelValues)
                            .sorted(java.util.Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue())
                                    .thenComparing(lv -> lv.label))
                            .forEach(lv -> byValue.put(lv.label, lv.value.longValue()));
                }
                values.put(facet, byValue);
            }
            allValues = values;
        }
        return values;
    }

    private static FacetResult allChildren(WholeIndexFacets counts, String dimension) {
        try {
            return counts.getAllChildren(dimension);
        } catch (IllegalArgumentException dimensionNotInIndex) {
            return null;
        }
    }

    /** A value computed once per reader, such as the autocomplete entries. */
    @SuppressWarnings("unchecked")
    public <T> T perReader(Class<T> type, Function<FacetedSearcher, T> compute) {
        // not computeIfAbsent: one value may be built from another (the whole-index view from the week axis), and
        // ConcurrentHashMap refuses such a nested update when both keys fall into the same bin
        Object value = perReader.get(type);
        if (value == null) {
            value = compute.apply(this);
            Object earlier = perReader.putIfAbsent(type, value);
            value = earlier != null ? earlier : value;
        }
        return (T) value;
    }
}
