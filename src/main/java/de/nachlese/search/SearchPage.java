package de.nachlese.search;

import de.nachlese.index.Facet;

import java.util.List;
import java.util.Map;

/** One page of results with the facet counts of the whole result set. */
public record SearchPage(SearchRequest request, long total, List<Hit> hits, Map<Facet, List<FacetValue>> facets) {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
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
