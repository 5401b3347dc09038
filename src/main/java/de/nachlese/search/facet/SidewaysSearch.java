package de.nachlese.search.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.FixedBitSet;

/**
 * Drill sideways in one pass: the base query (text and dates) is run once, and each of its matches has its facet
 * ordinals read once. A match with every filtered dimension is a hit: it goes to the top-hits collector and all its
 * values are counted. A match that misses exactly one filtered dimension counts for that dimension's sideways values
 * only. That is what Lucene's DrillSideways answers (the same hits, scores and counts), without its second and
 * third passes over the same documents (a bit set of the matches per dimension, then a count of each set).
 * Without filters, it is a search that counts the facets of its hits as it collects them.
 *
 * <p>Longer than 300 lines because the per-segment collectors belong together: they share the segment's ordinal
 * tables, and the decision "hit, near miss or neither" is written once per storage type (char ordinals of a column
 * on the heap, int ordinals from doc values) so the hot loop makes no calls. Why this exists instead of Lucene's
 * DrillSideways, and at what size that would pay off: docs/decisions/facet-counting.md.
 */
final class SidewaysSearch {

    /**
     * Filtered dimensions one search can take: a match's satisfied (or missed) filters are the bits of one int, and
     * {@code 1 << 31} would be the sign bit. The product filters at most six. The other limits are the columns':
     * {@link FacetColumns.Column#MAX_VALUES} values per segment (a larger segment is counted from doc values) and one
     * builder thread for all columns ({@link FacetColumns}).
     */
    static final int MAX_FILTERS = 31;

    /** The page's top hits, and the facet counts with each filtered dimension counted sideways. */
    record Result(TopDocs hits, Facets facets) {}

    private final FacetOrdinals ordinals;
    /** The segments' ordinals on the heap where built; null to read every segment's doc values. */
    private final FacetColumns columns;
    /** The filtered dimensions, as indexes into {@link FacetOrdinals#dimensionName}. */
    private final int[] filteredDims;
    /** Per global ordinal: the index in {@link #filteredDims} of the filter it satisfies, or -1. */
    private final int[] filterOf;

    private SidewaysSearch(FacetOrdinals ordinals, FacetColumns columns, int[] filteredDims, int[] filterOf) {
        this.ordinals = ordinals;
        this.columns = columns;
        this.filteredDims = filteredDims;
        this.filterOf = filterOf;
    }

    /**
     * The best {@code topN} hits in {@code sort} order (by score when null), collected without skipping any hit: each
     * match must reach the facet counts. A collector for {@link #search}.
     */
    static CollectorManager<?, ? extends TopDocs> everyHit(int topN, Sort sort) {
        return sort == null
                ? new TopScoreDocCollectorManager(topN, null, Integer.MAX_VALUE)
                : new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE);
    }

    /**
     * The facet counts of every hit of {@code base} within the filters, and its hits collected by {@code top}, which
     * must collect every hit it is given ({@link #everyHit}, {@link TopScoresWithTies}).
     *
     * @param filters dimension name to its selected values (OR within a dimension, AND between dimensions); at most
     *                {@value #MAX_FILTERS} dimensions
     * @param columns the segments' facet ordinals on the heap (those not built yet are read from doc values), or null
     */
    static <C extends Collector, T extends TopDocs> Result search(
            IndexSearcher searcher,
            FacetOrdinals ordinals,
            FacetColumns columns,
            Query base,
            Map<String, List<String>> filters,
            CollectorManager<C, T> top)
            throws IOException {
        if (filters.size() > MAX_FILTERS) {
            throw new IllegalArgumentException(
                    "at most " + MAX_FILTERS + " facet dimensions can be filtered, got " + filters.size());
        }
        int[] filteredDims = new int[filters.size()];
        int[] filterOf = new int[ordinals.size()];
        Arrays.fill(filterOf, -1);
        int f = 0;
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            filteredDims[f] = ordinals.dimension(filter.getKey());
            if (filteredDims[f] < 0) {
                throw new IllegalArgumentException("unknown facet dimension " + filter.getKey());
            }
            for (String value : filter.getValue()) {
                int ord = ordinals.ordinal(filter.getKey(), value);
                if (ord >= 0) {
                    filterOf[ord] = f;
                }
            }
            f++;
        }
        Result result = new SidewaysSearch(ordinals, columns, filteredDims, filterOf).run(searcher, base, top);
        if (columns != null) {
            columns.startBuilding(); // after the search, so that the first one after start-up has the cores
        }
        return result;
    }

    /** Whether exactly one filter is missed (a near miss); {@code missed} is not 0 here. */
    private static boolean oneBit(int missed) {
        return (missed & (missed - 1)) == 0;
    }

    private <C extends Collector, T extends TopDocs> Result run(
            IndexSearcher searcher, Query base, CollectorManager<C, T> top) throws IOException {
        Manager<C, T> manager = new Manager<>(top);
        return searcher.search(base, manager);
    }

    private final class Manager<C extends Collector, T extends TopDocs>
            implements CollectorManager<Counting<C>, Result> {
        private final CollectorManager<C, T> top;

        Manager(CollectorManager<C, T> top) {
            this.top = top;
        }

        @Override
        public Counting<C> newCollector() throws IOException {
            return new Counting<>(top.newCollector());
        }

        @Override
        public Result reduce(Collection<Counting<C>> collectors) throws IOException {
            List<C> tops = new ArrayList<>();
            int[] hitCounts = new int[ordinals.size()];
            int[][] sidewaysCounts = new int[filteredDims.length][ordinals.size()];
            for (Counting<C> collector : collectors) {
                tops.add(collector.top);
                add(hitCounts, collector.hitCounts);
                for (int f = 0; f < filteredDims.length; f++) {
                    add(sidewaysCounts[f], collector.nearMissCounts[f]);
                }
            }
            Map<String, Facets> byDimension = new HashMap<>();
            for (int f = 0; f < filteredDims.length; f++) {
                // the hits have every filtered dimension, so they count sideways too
                for (int ord = 0; ord < ordinals.size(); ord++) {
                    if (ordinals.dimensionOf(ord) == filteredDims[f]) {
                        sidewaysCounts[f][ord] += hitCounts[ord];
                    }
                }
                byDimension.put(
                        ordinals.dimensionName(filteredDims[f]), new OrdinalCounts(ordinals, sidewaysCounts[f]));
            }
            OrdinalCounts drillDown = new OrdinalCounts(ordinals, hitCounts);
            return new Result(
                    top.reduce(tops), byDimension.isEmpty() ? drillDown : new MultiFacets(byDimension, drillDown));
        }

        private static void add(int[] into, int[] counts) {
            for (int i = 0; i < counts.length; i++) {
                into[i] += counts[i];
            }
        }
    }

    private final class Counting<C extends Collector> implements Collector {
        final C top;
        final int[] hitCounts = new int[ordinals.size()];
        final int[][] nearMissCounts = new int[filteredDims.length][ordinals.size()];

        Counting(C top) {
            this.top = top;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector topLeaf = top.getLeafCollector(context);
            int[] toGlobal = ordinals.toGlobal(context);
            if (toGlobal == null) {
                // no facet values in this segment: with filters nothing here can match, without them nothing counts
                return filteredDims.length == 0 ? topLeaf : new NearMissesOnly(topLeaf);
            }
            FacetColumns.Column column = columns == null ? null : columns.column(context);
            if (column != null) {
                return filteredDims.length == 0
                        ? new AllFromColumn(topLeaf, toGlobal, column)
                        : new FromColumn(topLeaf, toGlobal, column, context.reader());
            }
            return new FromDocValues(topLeaf, toGlobal, context.reader().getSortedSetDocValues(ordinals.field()));
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        /**
         * Counts one segment in its own ordinals (no mapping per value) and adds them to the global counts when the
         * segment is done.
         */
        private abstract class SegmentCounting implements LeafCollector {
            final LeafCollector topLeaf;
            final int[] toGlobal;
            final int allFilters = (1 << filteredDims.length) - 1;
            /** Per segment ordinal: the filter it satisfies, or -1. */
            final int[] segmentFilterOf;
            /** Per segment ordinal: its dimension. */
            final int[] segmentDimensionOf;

            final int[] segmentHits;
            final int[][] segmentNearMisses;

            SegmentCounting(LeafCollector topLeaf, int[] toGlobal) {
                this.topLeaf = topLeaf;
                this.toGlobal = toGlobal;
                segmentHits = new int[toGlobal.length];
                segmentNearMisses = new int[filteredDims.length][toGlobal.length];
                segmentFilterOf = new int[toGlobal.length];
                segmentDimensionOf = new int[toGlobal.length];
                for (int ord = 0; ord < toGlobal.length; ord++) {
                    segmentFilterOf[ord] = filterOf[toGlobal[ord]];
                    segmentDimensionOf[ord] = ordinals.dimensionOf(toGlobal[ord]);
                }
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                topLeaf.setScorer(scorer);
            }

            @Override
            public void finish() throws IOException {
                addToGlobal(segmentHits, hitCounts);
                for (int f = 0; f < filteredDims.length; f++) {
                    addToGlobal(segmentNearMisses[f], nearMissCounts[f]);
                }
                topLeaf.finish();
            }

            private void addToGlobal(int[] segmentCounts, int[] globalCounts) {
                for (int ord = 0; ord < segmentCounts.length; ord++) {
                    if (segmentCounts[ord] != 0) {
                        globalCounts[toGlobal[ord]] += segmentCounts[ord];
                    }
                }
            }
        }

        /** Without filters every match is a hit: its ordinals are counted straight from the segment's column. */
        private final class AllFromColumn extends SegmentCounting {
            private final int[] starts;
            private final char[] ords;

            AllFromColumn(LeafCollector topLeaf, int[] toGlobal, FacetColumns.Column column) {
                super(topLeaf, toGlobal);
                this.starts = column.starts();
                this.ords = column.ords();
            }

            @Override
            public void collect(int doc) throws IOException {
                int[] counts = segmentHits;
                char[] values = ords;
                for (int i = starts[doc], to = starts[doc + 1]; i < to; i++) {
                    counts[values[i]]++;
                }
                topLeaf.collect(doc);
            }
        }

        /**
         * Reads a match's ordinals from the segment's column on the heap, under filters. Whether a match has a
         * filter's values is one bit of that filter's documents (read once per segment from the drill-down terms, as
         * Lucene's DrillSideways does), and a near miss reads only the ordinals of the missed dimension: a document's
         * ordinals are sorted, and those of one dimension are consecutive.
         */
        private final class FromColumn extends SegmentCounting {
            private final int[] starts;
            private final char[] ords;
            /** Per filter: the segment's documents with one of its values; null to test each match's ordinals. */
            private final FixedBitSet[] filterDocs;
            /** Per filter: the lowest and highest segment ordinal of its dimension (none: MAX_VALUE and -1). */
            private final int[] lowest;

            private final int[] highest;

            FromColumn(LeafCollector topLeaf, int[] toGlobal, FacetColumns.Column column, LeafReader segment)
                    throws IOException {
                super(topLeaf, toGlobal);
                this.starts = column.starts();
                this.ords = column.ords();
                lowest = new int[filteredDims.length];
                highest = new int[filteredDims.length];
                Arrays.fill(lowest, Integer.MAX_VALUE);
                Arrays.fill(highest, -1);
                for (int ord = 0; ord < toGlobal.length; ord++) {
                    for (int f = 0; f < filteredDims.length; f++) {
                        if (segmentDimensionOf[ord] == filteredDims[f]) {
                            lowest[f] = Math.min(lowest[f], ord);
                            highest[f] = Math.max(highest[f], ord);
                        }
                    }
                }
                filterDocs = filteredDims.length == 0 ? null : filterDocs(segment);
            }

            /** The documents of each filter, or null when a selected value has no drill-down term in the segment. */
            private FixedBitSet[] filterDocs(LeafReader segment) throws IOException {
                Terms terms = segment.terms(ordinals.field());
                if (terms == null) {
                    return null;
                }
                TermsEnum termsEnum = terms.iterator();
                FixedBitSet[] docs = new FixedBitSet[filteredDims.length];
                for (int f = 0; f < docs.length; f++) {
                    docs[f] = new FixedBitSet(segment.maxDoc());
                }
                PostingsEnum postings = null;
                for (int ord = 0; ord < segmentFilterOf.length; ord++) {
                    int filter = segmentFilterOf[ord];
                    if (filter < 0) {
                        continue;
                    }
                    Term term = DrillDownQuery.term(
                            ordinals.field(),
                            ordinals.dimensionName(filteredDims[filter]),
                            ordinals.label(toGlobal[ord]));
                    if (!termsEnum.seekExact(term.bytes())) {
                        return null; // indexed without drill-down terms: the ordinals say it
                    }
                    postings = termsEnum.postings(postings, PostingsEnum.NONE);
                    docs[filter].or(postings);
                }
                return docs;
            }

            @Override
            public void collect(int doc) throws IOException {
                int from = starts[doc];
                int to = starts[doc + 1];
                int missed = filterDocs == null ? missedByOrdinals(from, to) : missedByBitSets(doc);
                if (missed == 0) {
                    for (int i = from; i < to; i++) {
                        segmentHits[ords[i]]++;
                    }
                    topLeaf.collect(doc);
                } else if (oneBit(missed)) {
                    int filter = Integer.numberOfTrailingZeros(missed);
                    int low = lowest[filter];
                    int high = highest[filter];
                    int[] counts = segmentNearMisses[filter];
                    for (int i = from; i < to; i++) {
                        int ord = ords[i];
                        if (ord > high) {
                            break;
                        }
                        if (ord >= low) {
                            counts[ord]++;
                        }
                    }
                }
            }

            /** The filters a match misses, from its own ordinals (the segment has no drill-down terms). */
            private int missedByOrdinals(int from, int to) {
                int matched = 0;
                for (int i = from; i < to; i++) {
                    int filter = segmentFilterOf[ords[i]];
                    if (filter >= 0) {
                        matched |= 1 << filter;
                    }
                }
                return allFilters & ~matched;
            }

            /** The filters a match misses, one bit of each filter's documents. */
            private int missedByBitSets(int doc) {
                int missed = 0;
                for (int f = 0; f < filterDocs.length; f++) {
                    if (!filterDocs[f].get(doc)) {
                        missed |= 1 << f;
                    }
                }
                return missed;
            }
        }

        /**
         * Reads a match's ordinals from doc values, while the segment's column is not built (or the segment has more
         * values than a column holds, so its ordinals stay ints here).
         */
        private final class FromDocValues extends SegmentCounting {
            private final SortedSetDocValues values;
            private int[] docOrds = new int[32];

            FromDocValues(LeafCollector topLeaf, int[] toGlobal, SortedSetDocValues values) {
                super(topLeaf, toGlobal);
                this.values = values;
            }

            /**
             * The same decision as {@link FromColumn#collect}, over int ordinals: one loop per storage type keeps the
             * column's loop (the hot path once columns are built) free of calls and conversions.
             */
            @Override
            public void collect(int doc) throws IOException {
                int count = 0;
                if (values != null && values.advanceExact(doc)) {
                    count = values.docValueCount();
                    if (count > docOrds.length) {
                        docOrds = new int[Math.max(count, docOrds.length * 2)];
                    }
                    for (int i = 0; i < count; i++) {
                        docOrds[i] = (int) values.nextOrd();
                    }
                }
                int matched = 0;
                for (int i = 0; i < count; i++) {
                    int filter = segmentFilterOf[docOrds[i]];
                    if (filter >= 0) {
                        matched |= 1 << filter;
                    }
                }
                int missed = allFilters & ~matched;
                if (missed == 0) {
                    for (int i = 0; i < count; i++) {
                        segmentHits[docOrds[i]]++;
                    }
                    topLeaf.collect(doc);
                } else if (oneBit(missed)) {
                    int filter = Integer.numberOfTrailingZeros(missed);
                    int[] counts = segmentNearMisses[filter];
                    for (int i = 0; i < count; i++) {
                        if (segmentDimensionOf[docOrds[i]] == filteredDims[filter]) {
                            counts[docOrds[i]]++;
                        }
                    }
                }
            }
        }

        /** A segment without facet values under filters: its matches miss every filter, so none counts. */
        private final class NearMissesOnly implements LeafCollector {
            private final LeafCollector topLeaf;

            NearMissesOnly(LeafCollector topLeaf) {
                this.topLeaf = topLeaf;
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                topLeaf.setScorer(scorer);
            }

            @Override
            public void collect(int doc) {
                // misses every filtered dimension: neither a hit nor a near miss with values to count
            }

            @Override
            public void finish() throws IOException {
                topLeaf.finish();
            }
        }
    }
}
