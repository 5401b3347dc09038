package de.nachlese.search.facet;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Facet counts held as one count per global ordinal, read the way Lucene's SortedSetDocValuesFacetCounts reads
 * its counts: a dimension's top children by count, ties to the lower ordinal (the value that sorts first); all
 * children in ordinal order; the dimension's total for single-valued dimensions and -1 for multi-valued ones.
 */
final class OrdinalCounts extends DimensionFacets {

    private final FacetOrdinals ordinals;
    private final int[] counts;

    OrdinalCounts(FacetOrdinals ordinals, int[] counts) {
        this.ordinals = ordinals;
        this.counts = counts;
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
        validateTopN(topN);
        List<Integer> children = children(dim, path);
        if (children == null) {
            return null;
        }
        List<Integer> ranked = new ArrayList<>(children);
        // children come in ordinal order and the sort is stable: equal counts keep the lower ordinal first
        ranked.sort((a, b) -> Integer.compare(counts[b], counts[a]));
        return result(dim, children, ranked.subList(0, Math.min(topN, ranked.size())));
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        List<Integer> children = children(dim, path);
        return children == null ? null : result(dim, children, children);
    }

    /** The ordinals of the dimension's values with a count, in ordinal order; null when there are none. */
    private List<Integer> children(String dim, String... path) {
        if (path.length > 0) {
            throw new IllegalArgumentException("Field is not configured as hierarchical, path should be 0 length");
        }
        int d = ordinals.dimension(dim);
        if (d < 0) {
            throw new IllegalArgumentException("dimension \"" + dim + "\" is not counted");
        }
        List<Integer> children = new ArrayList<>();
        for (int ord = 0; ord < ordinals.size(); ord++) {
            if (ordinals.dimensionOf(ord) == d && counts[ord] > 0) {
                children.add(ord);
            }
        }
        return children.isEmpty() ? null : children;
    }

    private FacetResult result(String dim, List<Integer> children, List<Integer> shown) {
        long total = 0;
        for (int ord : children) {
            total += counts[ord];
        }
        LabelAndValue[] values = new LabelAndValue[shown.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = new LabelAndValue(ordinals.label(shown.get(i)), counts[shown.get(i)]);
        }
        int value = ordinals.multiValued(ordinals.dimension(dim)) ? -1 : (int) total;
        return new FacetResult(dim, new String[0], value, values, children.size());
    }
}
