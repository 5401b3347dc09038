package de.nachlese.web;

import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.suggest.Completion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class SearchController {

    /** Suggestions offered under the search box as the reader types. */
    static final int COMPLETIONS = 8;

    private final ItemSearcher searcher;

    SearchController(ItemSearcher searcher) {
        this.searcher = searcher;
    }

    @GetMapping(WebPaths.SEARCH)
    String search(
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        SearchRequest search = SearchParams.parse(params);
        List<Completion> completions =
                search.query().isEmpty() ? List.of() : searcher.complete(search.query(), COMPLETIONS);
        boolean fragment = Htmx.wantsFragment(request, response);
        String typing = fragment && Htmx.triggeredBy(request, WebPaths.QUERY_INPUT_ID)
                ? TypingPrefix.lastWord(params.getFirst("q"))
                : null;
        SearchPage page = typing == null ? searcher.search(search) : searchTyped(search, typing);
        // while typing, a prefix that finds nothing is only a step on the way: the help comes once the reader stops
        ZeroResults zero = page.total() == 0 && typing == null ? ZeroResults.find(searcher, search) : null;
        SearchView view = new SearchView(page, completions, zero, datePresets(search));
        if (view.page().total() > 0 && search.page() > view.page().pageCount()) {
            return "redirect:" + view.pageUrl(view.page().pageCount()); // a page past the end: show the last one
        }
        model.addAttribute("view", view);
        if (fragment) {
            // the canonical URL: no empty form fields, no defaults, so shared links stay short and stable
            response.setHeader("HX-Push-Url", view.url());
            model.addAttribute("fragment", true); // the suggestions below the search box come along, out of band
            return "search/results";
        }
        return "search/page";
    }

    /** The date presets of the search, counted back from the archive's newest item; none for an empty archive. */
    private List<DatePresets.Preset> datePresets(SearchRequest search) throws IOException {
        // browsing the whole archive is answered from counts kept per reader: this costs one top hit
        SearchPage newest = searcher.search(SearchRequest.builder().size(1).build());
        if (newest.hits().isEmpty() || newest.histogram().isEmpty()) {
            return List.of();
        }
        return DatePresets.of(
                search,
                newest.histogram().getFirst().week().monday(),
                newest.hits().getFirst().stored().date());
    }

    /** The search with its last word still being typed: run widened, shown as typed (URL, box, notes). */
    private SearchPage searchTyped(SearchRequest typed, String lastWord) throws IOException {
        String widened =
                TypingPrefix.expand(typed.query(), lastWord, searcher.complete(lastWord, TypingPrefix.COMPLETIONS));
        if (widened.equals(typed.query())) {
            return searcher.search(typed);
        }
        SearchPage page = searcher.search(typed.toBuilder().query(widened).build());
        return new SearchPage(typed, page.total(), page.hits(), page.facets(), page.histogram(), page.notes());
    }

    @GetMapping(WebPaths.API_SEARCH)
    @ResponseBody
    SearchJson api(@RequestParam MultiValueMap<String, String> params) throws IOException {
        SearchRequest search = SearchParams.parse(params);
        int facetLimit = SearchParams.facetLimit(params);
        return SearchJson.of(searcher.search(search), facetLimit)
                .inLanguage(Messages.locale(), Messages.t("api.timeoutNotice"));
    }
}
