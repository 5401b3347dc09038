package de.nachlese.search.facet;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * The facet ordinals of one reader laid out for counting: every facet value's global ordinal (the ordinals of the
 * reader's SortedSetDocValuesReaderState), its dimension and label, and per segment the table from the segment's
 * ordinals to the global ones. Built once per reader from the ordinal state (a few thousand values at most).
 */
final class FacetOrdinals {

    private final String field;
    /** Number of global ordinals. */
    private final int size;
    /** Per global ordinal: index of its dimension in {@link #dimensions}, or -1. */
    private final int[] dimensionOf;
    /** Per global ordinal: the value's label. */
    private final String[] labels;

    private final List<String> dimensions;
    /** Per dimension (same index as {@link #dimensions}): whether an item can hold several of its values. */
    private final boolean[] multiValued;
    /** Per leaf ord: segment ordinal to global ordinal; null for a segment without facet values. */
    private final int[][] toGlobal;

    private final Map<String, Integer> ordinalOfPath;

    private FacetOrdinals(
            String field,
            int size,
            int[] dimensionOf,
            String[] labels,
            List<String> dimensions,
            boolean[] multiValued,
            int[][] toGlobal,
            Map<String, Integer> ordinalOfPath) {
        this.field = field;
        this.size = size;
        this.dimensionOf = dimensionOf;
        this.labels = labels;
        this.dimensions = dimensions;
        this.multiValued = multiValued;
        this.toGlobal = toGlobal;
        this.ordinalOfPath = ordinalOfPath;
    }

    /** The index field that holds every dimension's ordinals. */
    String field() {
        return field;
    }

    /** Number of global ordinals. */
    int size() {
        return size;
    }

    /** The index of a global ordinal's dimension, or -1. */
    int dimensionOf(int ord) {
        return dimensionOf[ord];
    }

    /** The label of a global ordinal's value. */
    String label(int ord) {
        return labels[ord];
    }

    /** The name of the dimension with this index. */
    String dimensionName(int dimension) {
        return dimensions.get(dimension);
    }

    /** Whether an item can hold several values of the dimension with this index. */
    boolean multiValued(int dimension) {
        return multiValued[dimension];
    }

    static FacetOrdinals of(SortedSetDocValuesReaderState state, List<String> dimensions) throws IOException {
        IndexReader reader = state.getReader();
        SortedSetDocValues all = state.getDocValues();
        int size = state.getSize();
        int[] dimensionOf = new int[size];
        java.util.Arrays.fill(dimensionOf, -1);
        String[] labels = new String[size];
        Map<String, Integer> ordinalOfPath = new HashMap<>();
        boolean[] multiValued = new boolean[dimensions.size()];
        FacetsConfig config = state.getFacetsConfig();
        for (int d = 0; d < dimensions.size(); d++) {
            multiValued[d] = config.getDimConfig(dimensions.get(d)).multiValued;
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimensions.get(d));
            if (range == null) {
                continue;
            }
            for (int ord = range.start(); ord <= range.end(); ord++) {
                String path = all.lookupOrd(ord).utf8ToString();
                String[] parts = FacetsConfig.stringToPath(path);
                dimensionOf[ord] = d;
                labels[ord] = parts[parts.length - 1];
                ordinalOfPath.put(path, ord);
            }
        }
        OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] toGlobal = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            SortedSetDocValues values = leaf.reader().getSortedSetDocValues(state.getField());
            if (values == null) {
                continue;
            }
            int[] table = new int[(int) values.getValueCount()];
            LongValues globalOrds = map == null ? null : map.getGlobalOrds(leaf.ord);
            for (int ord = 0; ord < table.length; ord++) {
                table[ord] = globalOrds == null ? ord : (int) globalOrds.get(ord);
            }
            toGlobal[leaf.ord] = table;
        }
        return new FacetOrdinals(
                state.getField(),
                size,
                dimensionOf,
                labels,
                List.copyOf(dimensions),
                multiValued,
                toGlobal,
                Map.copyOf(ordinalOfPath));
    }

    /** Segment ordinals to global ones for a leaf, or null when the leaf has no facet values. */
    int[] toGlobal(LeafReaderContext leaf) {
        return toGlobal[leaf.ord];
    }

    /** The global ordinal of a dimension's value, or -1 when no item has it. */
    int ordinal(String dimension, String value) {
        return ordinalOfPath.getOrDefault(FacetsConfig.pathToString(dimension, new String[] {value}), -1);
    }

    int dimension(String name) {
        return dimensions.indexOf(name);
    }
}
