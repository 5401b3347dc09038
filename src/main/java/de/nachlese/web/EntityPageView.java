package de.nachlese.web;

import de.nachlese.model.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.search.FacetValue;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.browse.EntityProfile;
import java.util.List;

/** A company, person or topic page: its profile, its latest items and links onward. */
public record EntityPageView(EntityRoute route, EntityProfile profile, SearchPage latest) {

    public Timeline timeline() {
        return Timeline.of(profile.weeks(), this::weekUrl);
    }

    /** All items of the entity in the search page, to page through or refine. */
    public String searchUrl() {
        return SearchParams.url(WebPaths.SEARCH, SearchRequest.of("").withFilter(route.facet(), profile.name()));
    }

    public List<FacetValue> related(Facet facet) {
        return profile.related(facet);
    }

    /** Entity pages for companies, people and topics; the search page filtered by source for outlets. */
    public String relatedUrl(Facet facet, String value) {
        return EntityRoute.of(facet)
                .map(r -> r.url(value))
                .orElse(SearchParams.url(WebPaths.SEARCH, SearchRequest.of("").withFilter(facet, value)));
    }

    private String weekUrl(IsoWeek week) {
        SearchRequest all = SearchRequest.of("").withFilter(route.facet(), profile.name());
        return SearchParams.url(
                WebPaths.SEARCH,
                all.toBuilder().dates(week.monday(), week.monday().plusDays(6)).build());
    }
}
