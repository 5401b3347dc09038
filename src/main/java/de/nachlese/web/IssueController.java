package de.nachlese.web;

import de.nachlese.search.ItemSearcher;
import de.nachlese.search.browse.IssueDirectory;
import de.nachlese.search.browse.IssueView;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    String list(Model model) throws IOException {
        model.addAttribute("view", IssueListView.of(issues.all()));
        return "issue/list";
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
