package de.nachlese.search;

import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drill sideways in one pass: the base query (text and dates) is run once, and each of its matches has its facet
 * ordinals read once. A match with every filtered dimension is a hit: it goes to the top-hits collector and all its
 * values are counted. A match that misses exactly one filtered dimension counts for that dimension's sideways values
 * only. That is what Lucene's DrillSideways answers (the same hits, scores and counts), without its second and
 * third passes over the same documents (a bit set of the matches per dimension, then a count of each set).
 * Without filters, it is a search that counts the facets of its hits as it collects them.
 */
final class SidewaysSearch {

    /** The page's top hits, and the facet counts with each filtered dimension counted sideways. */
    record Result(TopDocs hits, Facets facets) {
    }

    private final FacetOrdinals ordinals;
    /** The filtered dimensions, as indexes into {@link FacetOrdinals#dimensions}. */
    private final int[] filteredDims;
    /** Per global ordinal: the index in {@link #filteredDims} of the filter it satisfies, or -1. */
    private final int[] filterOf;

    private SidewaysSearch(FacetOrdinals ordinals, int[] filteredDims, int[] filterOf) {
        this.ordinals = ordinals;
        this.filteredDims = filteredDims;
        this.filterOf = filterOf;
    }

    /**
     * @param filters dimension name to its selected values (OR within a dimension, AND between dimensions); at most
     *                31 dimensions
     */
    static Result search(IndexSearcher searcher, FacetOrdinals ordinals, Query base, Map<String, List<String>> filters,
                         int topN, Sort sort) throws IOException {
        int[] filteredDims = new int[filters.size()];
        int[] filterOf = new int[ordinals.size];
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
        SidewaysSearch sideways = new SidewaysSearch(ordinals, filteredDims, filterOf);
        // count every hit (no skipping of non-competitive documents): each match must reach the facet counts
        return sort == null
                ? sideways.run(searcher, base, new TopScoreDocCollectorManager(topN, null, Integer.MAX_VALUE))
                : sideways.run(searcher, base, new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE));
    }

    private <C extends Collector, T extends TopDocs> Result run(IndexSearcher searcher, Query base,
                                                                CollectorManager<C, T> top) throws IOException {
        Manager<C, T> manager = new Manager<>(top);
        return searcher.search(base, manager);
    }

    private final class Manager<C extends Collector, T extends TopDocs> implements CollectorManager<Counting<C>, Result> {
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
            int[] hitCounts = new int[ordinals.size];
            int[][] sidewaysCounts = new int[filteredDims.length][ordinals.size];
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
                for (int ord = 0; ord < ordinals.size; ord++) {
                    if (ordinals.dimensionOf[ord] == filteredDims[f]) {
                        sidewaysCounts[f][ord] += hitCounts[ord];
                    }
                }
                byDimension.put(ordinals.dimensions.get(filteredDims[f]), new OrdinalCounts(ordinals, sidewaysCounts[f]));
            }
            OrdinalCounts drillDown = new OrdinalCounts(ordinals, hitCounts);
            return new Result(top.reduce(tops), byDimension.isEmpty() ? drillDown : new MultiFacets(byDimension, drillDown));
        }

        private static void add(int[] into, int[] counts) {
            for (int i = 0; i < counts.length; i++) {
                into[i] += counts[i];
            }
        }
    }

    private final class Counting<C extends Collector> implements Collector {
        final C top;
        final int[] hitCounts = new int[ordinals.size];
        final int[][] nearMissCounts = new int[filteredDims.length][ordinals.size];

        Counting(C top) {
            this.top = top;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector topLeaf = top.getLeafCollector(context);
            int[] toGlobal = ordinals.toGlobal(context);
            SortedSetDocValues values = toGlobal == null ? null : context.reader().getSortedSetDocValues(ordinals.field);
            int allFilters = (1 << filteredDims.length) - 1;
            return new LeafCollector() {
                private int[] docOrds = new int[32];

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    topLeaf.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int count = 0;
                    int matched = 0;
                    if (values != null && values.advanceExact(doc)) {
                        count = values.docValueCount();
                        if (count > docOrds.length) {
                            docOrds = new int[Math.max(count, docOrds.length * 2)];
                        }
                        for (int i = 0; i < count; i++) {
                            int ord = toGlobal[(int) values.nextOrd()];
                            docOrds[i] = ord;
                            int filter = filterOf[ord];
                            if (filter >= 0) {
                                matched |= 1 << filter;
                            }
                        }
                    }
                    int missed = allFilters & ~matched;
                    if (missed == 0) {
                        for (int i = 0; i < count; i++) {
                            hitCounts[docOrds[i]]++;
                        }
                        topLeaf.collect(doc);
                    } else if (Integer.bitCount(missed) == 1) {
                        int filter = Integer.numberOfTrailingZeros(missed);
                        int dimension = filteredDims[filter];
                        int[] counts = nearMissCounts[filter];
                        for (int i = 0; i < count; i++) {
                            if (ordinals.dimensionOf[docOrds[i]] == dimension) {
                                counts[docOrds[i]]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    topLeaf.finish();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
