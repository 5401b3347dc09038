package de.nachlese.web;

import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The earnings calendars of all issues as one table, paged, with the links to the same dates as ICS and JSON. */
@Controller
class EarningsPageController {

    private final ItemSearcher searcher;

    EarningsPageController(ItemSearcher searcher) {
        this.searcher = searcher;
    }

    @GetMapping(WebPaths.EARNINGS)
    String page(@RequestParam MultiValueMap<String, String> params, Model model) throws IOException {
        // the same dates as /api/earnings and the ICS feed: by default the last 12 months of calendars, so that an
        // archive of decades is not read from its oldest calendar on
        SearchRequest asked = SearchParams.parse(params);
        EarningsController.Window window = EarningsController.window(searcher, asked);
        List<EarningsRow> rows = EarningsRow.all(searcher, asked, window.from(), window.until());
        EarningsPage page = EarningsPage.of(rows, params);
        if (page.number() > page.pageCount()) {
            return "redirect:" + page.pageUrl(page.pageCount());
        }
        model.addAttribute("page", page);
        return "earnings/page";
    }
}
