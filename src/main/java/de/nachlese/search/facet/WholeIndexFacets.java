package de.nachlese.search.facet;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * The facet counts of every live document of one reader, counted once by Lucene's SortedSetDocValuesFacetCounts
 * and kept: exactly what a count over a match-all query answers on that reader, without the pass over all documents.
 * Unlike the Lucene object it copies, it is immutable and safe to share between threads; each call returns a copy.
 */
final class WholeIndexFacets extends DimensionFacets {

    /** Per dimension: all children in ordinal order, or null where Lucene answered null. */
    private final Map<String, FacetResult> all;
    /** Per dimension: the top {@link #topN} children as Lucene ranks them (count descending, then ordinal). */
    private final Map<String, FacetResult> top;
    /** The dimensions for which Lucene refused to answer (not in the index's ordinal state). */
    private final Map<String, String> refused;

    private final int topN;

    private WholeIndexFacets(
            Map<String, FacetResult> all, Map<String, FacetResult> top, Map<String, String> refused, int topN) {
        this.all = all;
        this.top = top;
        this.refused = refused;
        this.topN = topN;
    }

    /** Counts every live document of the state's reader for the given dimensions. */
    static WholeIndexFacets count(SortedSetDocValuesReaderState state, List<String> dimensions, int topN)
            throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state);
        Map<String, FacetResult> all = new HashMap<>();
        Map<String, FacetResult> top = new HashMap<>();
        Map<String, String> refused = new HashMap<>();
        for (String dimension : dimensions) {
            try {
                all.put(dimension, counts.getAllChildren(dimension));
                top.put(dimension, counts.getTopChildren(topN, dimension));
            } catch (IllegalArgumentException e) {
                refused.put(dimension, e.getMessage());
            }
        }
        return new WholeIndexFacets(all, top, refused, topN);
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        check(dim, path);
        return copy(all.get(dim));
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
        validateTopN(topN);
        check(dim, path);
        if (topN == this.topN) {
            return copy(top.get(dim));
        }
        FacetResult children = all.get(dim);
        FacetResult ranked = top.get(dim);
        if (children == null || ranked == null) {
            return null;
        }
        // all children are in ordinal order, so a stable sort by count keeps Lucene's tie-break (lower ordinal first)
        LabelAndValue[] best = Arrays.stream(children.labelValues)
                .sorted(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue()))
                .limit(topN)
                .toArray(LabelAndValue[]::new);
        return new FacetResult(ranked.dim, ranked.path, ranked.value, best, ranked.childCount);
    }

    /** Refuses what Lucene refused, and dimensions that were not counted. */
    private void check(String dim, String... path) {
        if (refused.containsKey(dim)) {
            throw new IllegalArgumentException(refused.get(dim));
        }
        if (path.length > 0) {
            throw new IllegalArgumentException("Field is not configured as hierarchical, path should be 0 length");
        }
        if (!all.containsKey(dim)) {
            throw new IllegalArgumentException("dimension \"" + dim + "\" was not counted for the whole index");
        }
    }

    private static FacetResult copy(FacetResult result) {
        return result == null
                ? null
                : new FacetResult(result.dim, result.path, result.value, result.labelValues.clone(), result.childCount);
    }
}
