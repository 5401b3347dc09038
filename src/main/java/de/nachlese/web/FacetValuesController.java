package de.nachlese.web;

import de.nachlese.model.Facet;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.QueryNotes;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Searching the values of one facet over all of them, not only those the search page lists: a page of its own, or
 * the fragment that replaces the facet's list in the search form.
 */
@Controller
class FacetValuesController {

    private final ItemSearcher searcher;

    FacetValuesController(ItemSearcher searcher) {
        this.searcher = searcher;
    }

    @GetMapping(WebPaths.FACET_VALUES + "{facetId}")
    String values(
            @PathVariable String facetId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Facet facet = SearchView.CHECKBOX_FACETS.stream()
                .filter(f -> f.id().equals(facetId.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no facet '" + facetId + "'"));
        SearchRequest search = SearchParams.parse(params);
        // the list needs the search's URLs, not its hits
        SearchView view = new SearchView(new SearchPage(search, 0, List.of(), Map.of(), List.of(), QueryNotes.NONE));
        model.addAttribute(
                "view",
                FacetValuesView.of(view, facet, params.getFirst("contains"), searcher.facetValues(search, facet)));
        if (Htmx.wantsFragment(request, response)) {
            response.setHeader("HX-Push-Url", "false"); // narrowing a list is not a new search
            return "search/facetValues";
        }
        return "search/facetPage";
    }
}
