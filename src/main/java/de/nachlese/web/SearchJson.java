package de.nachlese.web;

import de.nachlese.index.Facet;
import de.nachlese.index.StoredItem;
import de.nachlese.model.Source;
import de.nachlese.search.FacetValue;
import de.nachlese.search.Hit;
import de.nachlese.search.SearchPage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of /api/search, and of {@code nachlese search --json}, which prints exactly the same. Field names
 * are part of the public contract.
 */
public record SearchJson(String query, long total, int page, int size, List<HitJson> hits,
                  Map<String, List<FacetValue>> facets) {

    public record HitJson(String id, String headline, String type, String emoji, String week, String date, String issueTitle,
                   String snippet, List<String> companies, List<String> people, List<String> topics,
                   List<Source> sources, String url) {

        static HitJson of(Hit hit) {
            StoredItem s = hit.stored();
            return new HitJson(s.item().id(), s.item().headline(), s.item().type().id(), s.item().emoji(),
                    s.week().toString(), s.date().toString(), s.issueTitle(), hit.snippetHtml(),
                    s.item().tags().companies(), s.item().tags().people(), s.item().tags().topics(),
                    s.item().sources(), WebPaths.item(s.item().id()));
        }
    }

    public static SearchJson of(SearchPage page) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.id(), page.facet(facet));
        }
        return new SearchJson(page.request().query(), page.total(), page.request().page(), page.request().size(),
                page.hits().stream().map(HitJson::of).toList(), facets);
    }
}
