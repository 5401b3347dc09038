package de.nachlese.web;

import de.nachlese.search.ItemSearcher;
import de.nachlese.search.browse.IssueDirectory;
import de.nachlese.search.browse.IssueView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class IssueController {

    private final ItemSearcher searcher;
    private final IssueDirectory issues;

    IssueController(ItemSearcher searcher, IssueDirectory issues) {
        this.searcher = searcher;
        this.issues = issues;
    }

    @GetMapping(WebPaths.ISSUES)
    String list(@RequestParam(defaultValue = "1") String page, Model model, HttpServletResponse response)
            throws IOException {
        int number = pageNumber(page);
        IssueListView view = IssueListView.of(issues.page(number, IssueListView.PAGE_SIZE), number);
        if (number > view.pageCount()) {
            throw new NotFoundException("the issue list has " + view.pageCount() + " pages, not " + number);
        }
        response.setHeader(HttpHeaders.LINK, view.linkHeader());
        model.addAttribute("view", view);
        return "issue/list";
    }

    private static int pageNumber(String page) {
        int max = IssueDirectory.MAX_PAGED_ISSUES / IssueListView.PAGE_SIZE;
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range is
        }
        throw new BadRequestException("'page' must be a whole number from 1 to " + max + ", was '" + page + "'");
    }

    @GetMapping(WebPaths.ISSUES + "/{id}")
    String issue(@PathVariable String id, Model model) throws IOException {
        IssueView issue = find(id);
        model.addAttribute(
                "view",
                new IssuePageView(
                        issue,
                        issues.previous(issue).orElse(null),
                        issues.next(issue).orElse(null)));
        return "issue/page";
    }

    @GetMapping(WebPaths.API_ISSUES + "{id}")
    @ResponseBody
    IssueJson api(@PathVariable String id) throws IOException {
        return IssueJson.of(find(id));
    }

    private IssueView find(String id) throws IOException {
        return searcher.issue(id).orElseThrow(() -> new NotFoundException("no issue with id '" + id + "'"));
    }
}
