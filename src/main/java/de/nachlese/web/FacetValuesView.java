package de.nachlese.web;

import de.nachlese.model.Facet;
import de.nachlese.search.FacetValue;
import de.nachlese.search.Normalized;
import de.nachlese.search.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values of one facet that contain a typed text, with their counts under the search's query and filters: the
 * "more" list of a facet longer than the search page shows. Selected values are always listed, so that swapping this
 * list into the search form never drops a filter.
 *
 * @param search   the search whose facet this is, for its URLs
 * @param contains the typed text, matched inside the values as the search matches names (case and umlauts folded)
 * @param matches  the values shown, selected ones included, by count
 * @param found    how many values contain the text (may exceed {@code matches})
 * @param all      how many values the facet has under this search
 */
public record FacetValuesView(
        SearchView search, Facet facet, String contains, List<FacetValue> matches, int found, int all) {

    /** Values listed at most; a longer list is narrowed by typing more. */
    static final int LIMIT = 100;

    public FacetValuesView {
        matches = List.copyOf(matches);
    }

    /** One query parameter of the search, carried as a hidden field of the value search's form. */
    public record Param(String name, String value) {}

    static FacetValuesView of(SearchView search, Facet facet, String contains, List<FacetValue> values) {
        String needle = Normalized.key(contains == null ? "" : contains);
        List<FacetValue> matches = new ArrayList<>();
        int found = 0;
        for (FacetValue value : values) {
            boolean match = needle.isEmpty()
                    || Normalized.key(Labels.facetValue(facet, value.value())).contains(needle)
                    || Normalized.key(value.value()).contains(needle);
            found += match ? 1 : 0;
            if (value.selected() || match && matches.size() < LIMIT) {
                matches.add(value);
            }
        }
        return new FacetValuesView(
                search, facet, contains == null ? "" : contains.strip(), matches, found, values.size());
    }

    /** This list's own URL: the search's parameters, and the typed text. */
    public String url() {
        return urlFor(search.request(), facet);
    }

    public static String urlFor(SearchRequest request, Facet facet) {
        return SearchParams.url(
                WebPaths.facetValues(facet), request.toBuilder().page(1).build());
    }

    /** The search's parameters, as the hidden fields of the form that narrows this list without JavaScript. */
    public List<Param> searchParams() {
        List<Param> params = new ArrayList<>();
        SearchRequest r = search.request();
        if (!r.query().isEmpty()) {
            params.add(new Param("q", r.query()));
        }
        for (Map.Entry<Facet, List<String>> filter : r.filters().entrySet()) {
            filter.getValue().forEach(v -> params.add(new Param(filter.getKey().id(), v)));
        }
        if (r.from() != null) {
            params.add(new Param("from", r.from().toString()));
        }
        if (r.until() != null) {
            params.add(new Param("until", r.until().toString()));
        }
        if (r.sort() != SearchRequest.defaultSort(r.query())) {
            params.add(new Param("sort", r.sort().id()));
        }
        return params;
    }
}
