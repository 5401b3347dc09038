package de.nachlese.web;

import de.nachlese.model.Facet;
import de.nachlese.search.FacetValue;
import de.nachlese.search.SearchPage;
import de.nachlese.search.browse.EntityProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON body of /api/companies/{name}, /api/people/{name} and /api/topics/{name}. */
record EntityJson(
        String kind,
        String name,
        long mentions,
        String firstMention,
        String lastMention,
        String url,
        Map<String, List<FacetValue>> related,
        List<FacetValue> weeks,
        List<SearchJson.HitJson> latest) {

    static EntityJson of(EntityRoute route, EntityProfile profile, SearchPage latest) {
        Map<String, List<FacetValue>> related = new LinkedHashMap<>();
        for (Facet facet : List.of(Facet.COMPANY, Facet.PERSON, Facet.TOPIC, Facet.SOURCE)) {
            related.put(facet.id(), profile.related(facet));
        }
        return new EntityJson(
                route.facet().id(),
                profile.name(),
                profile.mentions(),
                profile.firstMention().toString(),
                profile.lastMention().toString(),
                route.url(profile.name()),
                related,
                profile.weeks(),
                latest.hits().stream().map(SearchJson.HitJson::of).toList());
    }
}
