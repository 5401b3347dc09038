package de.nachlese.search;

import de.nachlese.model.Facet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of results with the facet counts of the whole result set.
 *
 * @param histogram hits per week of the whole result set, oldest first, weeks without hits included as zero
 * @param notes     how the query was understood: syntax fallback, "Meinten Sie", recognised names
 */
public record SearchPage(
        SearchRequest request,
        long total,
        List<Hit> hits,
        Map<Facet, List<FacetValue>> facets,
        List<WeekCount> histogram,
        QueryNotes notes) {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        histogram = List.copyOf(histogram);
        Objects.requireNonNull(notes, "notes");
    }

    SearchPage withNotes(QueryNotes newNotes) {
        return new SearchPage(request, total, hits, facets, histogram, newNotes);
    }

    public List<FacetValue> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    public int pageCount() {
        long reachable = Math.min(total, SearchRequest.MAX_WINDOW);
        return (int) Math.max(1, (reachable + request.size() - 1) / request.size());
    }

    public boolean hasNext() {
        return request.page() < pageCount();
    }
}
