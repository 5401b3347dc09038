package de.nachlese.search.facet;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.search.FacetValue;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.WeekCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a request's query and counts its facets, in one of three ways: the whole archive (counts of the reader,
 * computed once), one filter on the whole archive (that dimension's sideways counts are the reader's own), or a
 * drill-sideways pass ({@link SidewaysSearch}). All three answer the top hits, the total, the facet values of the
 * page and the week histogram.
 */
public final class FacetCounter {

    /** Values listed per facet (the week facet lists all of its values). */
    static final int FACET_VALUES_LIMIT = 200;

    /** The top hits up to the requested page, with the exact total, the facet values and the week histogram. */
    public record Counted(
            TopDocs top,
            long total,
            Map<Facet, List<FacetValue>> facets,
            List<WeekCount> histogram,
            boolean wholeArchive) {}

    private final IndexSchema schema;

    public FacetCounter(IndexSchema schema) {
        this.schema = schema;
    }

    /** Builds what counting needs of a reader (all its facet values, its ordinals), once per reader. */
    public void prepare(FacetedSearcher searcher) {
        searcher.allValues(schema::dimension);
        searcher.ordinals(schema::dimension);
    }

    /**
     * @param text  the request's text query, {@link MatchAllDocsQuery} for no text
     * @param query the text query with the request's date and facet filters, as drill-down
     */
    public Counted search(
            FacetedSearcher searcher, SearchRequest request, Query text, DrillDownQuery query, int topN, Sort sort)
            throws IOException {
        return search(searcher, request, text, query, topN, sort, null);
    }

    /**
     * As {@link #search(FacetedSearcher, SearchRequest, Query, DrillDownQuery, int, Sort)}, listing every value of
     * one facet instead of the {@link #FACET_VALUES_LIMIT} with the most hits: the same counts, only longer.
     *
     * @param allOf the facet whose values are all listed, or null
     */
    public Counted search(
            FacetedSearcher searcher,
            SearchRequest request,
            Query text,
            DrillDownQuery query,
            int topN,
            Sort sort,
            Facet allOf)
            throws IOException {
        boolean wholeArchive = text instanceof MatchAllDocsQuery && request.from() == null && request.until() == null;
        if (wholeArchive && request.filters().isEmpty()) {
            return browseAll(searcher, topN, sort, allOf);
        }
        FacetOrdinals ordinals = searcher.ordinals(schema::dimension);
        // a score of MatchAllDocsQuery is the same for every hit: only the sort can order those
        boolean tiesAfter = ScoreTies.leadsByScore(sort) && !(text instanceof MatchAllDocsQuery);
        CollectorManager<?, ? extends TopDocs> collector =
                tiesAfter ? new TopScoresWithTies(topN) : SidewaysSearch.everyHit(topN, sort);
        Facets facets;
        TopDocs top;
        if (wholeArchive && request.filters().size() == 1) {
            // drill sideways would count that facet over every item again: those counts are the reader's own
            Facet onlyFilter = request.filters().keySet().iterator().next();
            SidewaysSearch.Result result =
                    SidewaysSearch.search(searcher, ordinals, searcher.columns(), query, Map.of(), collector);
            facets = new MultiFacets(
                    Map.of(schema.dimension(onlyFilter), searcher.wholeIndex(schema::dimension)), result.facets());
            top = result.hits();
        } else {
            Map<String, List<String>> filters = new HashMap<>();
            request.filters().forEach((facet, values) -> filters.put(schema.dimension(facet), values));
            SidewaysSearch.Result result = SidewaysSearch.search(
                    searcher, ordinals, searcher.columns(), query.getBaseQuery(), filters, collector);
            facets = result.facets();
            top = result.hits();
        }
        if (tiesAfter) {
            top = ScoreTies.ordered(searcher, top, topN, sort);
        }
        List<WeekCount> histogram = histogram(searcher, facets, request);
        long total = top.totalHits.value();
        if (top.totalHits.relation() != TotalHits.Relation.EQUAL_TO) {
            // every item has exactly one week, so the histogram holds the exact total without a second pass
            long byWeek = histogram.stream().mapToLong(WeekCount::count).sum();
            total = byWeek >= total ? byWeek : searcher.count(query);
        }
        return new Counted(top, total, facetValues(searcher, facets, request, allOf), histogram, false);
    }

    /**
     * The whole archive, newest (or oldest) first. Its facet counts and histogram depend only on the reader, so they
     * are computed once per reader instead of counting every item's facets on every request.
     */
    private Counted browseAll(FacetedSearcher searcher, int topN, Sort sort, Facet allOf) throws IOException {
        TopDocs top = sort == null
                ? searcher.search(MatchAllDocsQuery.INSTANCE, topN)
                : searcher.search(MatchAllDocsQuery.INSTANCE, topN, sort);
        WholeIndex whole = searcher.perReader(WholeIndex.class, this::wholeIndex);
        Map<Facet, List<FacetValue>> facets = whole.facets();
        if (allOf != null) {
            facets = new EnumMap<>(facets);
            facets.put(allOf, values(searcher.allValues(schema::dimension).get(allOf)));
        }
        return new Counted(top, searcher.getIndexReader().numDocs(), facets, whole.histogram(), true);
    }

    private static List<FacetValue> values(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> new FacetValue(e.getKey(), e.getValue(), false))
                .toList();
    }

    /** Facet values and histogram of every item of a reader. */
    private record WholeIndex(Map<Facet, List<FacetValue>> facets, List<WeekCount> histogram) {}

    private WholeIndex wholeIndex(FacetedSearcher searcher) {
        Map<Facet, Map<String, Long>> all = searcher.allValues(schema::dimension);
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = values(all.get(facet));
            facets.put(
                    facet,
                    facet == Facet.WEEK
                            ? values.stream()
                                    .sorted(Comparator.comparing(FacetValue::value))
                                    .toList()
                            : values.subList(0, Math.min(FACET_VALUES_LIMIT, values.size())));
        }
        WeekAxis axis = weekAxis(searcher);
        long[] counts = new long[axis.size()];
        all.get(Facet.WEEK).forEach((week, count) -> counts[axis.indexOf(week)] += count);
        return new WholeIndex(facets, axis.histogram(counts));
    }

    private WeekAxis weekAxis(FacetedSearcher searcher) {
        return searcher.perReader(
                WeekAxis.class,
                s -> WeekAxis.of(s.allValues(schema::dimension).get(Facet.WEEK).keySet()));
    }

    /**
     * Hits per week of the whole result set, every facet filter applied, gaps filled with zero weeks. Every item has
     * exactly one week, so the sideways week counts (all filters but the week filter) are the histogram once the
     * weeks not selected are left out; no second pass over the result set is needed.
     */
    private List<WeekCount> histogram(FacetedSearcher searcher, Facets sideways, SearchRequest request)
            throws IOException {
        FacetResult weeks = topChildren(sideways, Facet.WEEK, FACET_VALUES_LIMIT);
        if (weeks == null) {
            return List.of();
        }
        WeekAxis axis = weekAxis(searcher);
        List<String> selectedWeeks = request.selected(Facet.WEEK);
        long[] counts = new long[axis.size()];
        for (LabelAndValue lv : weeks.labelValues) {
            if (lv.value.longValue() > 0 && (selectedWeeks.isEmpty() || selectedWeeks.contains(lv.label))) {
                counts[axis.indexOf(lv.label)] += lv.value.longValue();
            }
        }
        return axis.histogram(counts);
    }

    /** The page's values of each facet: the counted ones, then any selected value without a count, as zero. */
    private Map<Facet, List<FacetValue>> facetValues(
            FacetedSearcher searcher, Facets facets, SearchRequest request, Facet allOf) throws IOException {
        Map<Facet, List<FacetValue>> out = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = new ArrayList<>();
            int limit = facet == allOf
                    ? Math.max(
                            1, searcher.allValues(schema::dimension).get(facet).size())
                    : FACET_VALUES_LIMIT;
            FacetResult result = topChildren(facets, facet, limit);
            List<String> selected = request.selected(facet);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue(), selected.contains(lv.label)));
                }
            }
            for (String value : selected) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new FacetValue(value, 0, true));
                }
            }
            if (facet == Facet.WEEK) {
                values.sort(Comparator.comparing(FacetValue::value));
            }
            out.put(facet, values);
        }
        return out;
    }

    private FacetResult topChildren(Facets facets, Facet facet, int limit) throws IOException {
        try {
            return facet == Facet.WEEK
                    ? facets.getAllChildren(schema.dimension(facet))
                    : facets.getTopChildren(limit, schema.dimension(facet));
        } catch (IllegalArgumentException dimensionNotInIndex) {
            return null;
        }
    }
}
