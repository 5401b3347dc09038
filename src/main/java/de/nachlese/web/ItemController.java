package de.nachlese.web;

import de.nachlese.model.StoredItem;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.MarkedItem;
import de.nachlese.search.browse.IssueView;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class ItemController {

    private final ItemSearcher searcher;
    private final TrustedHosts hosts;

    ItemController(ItemSearcher searcher, TrustedHosts hosts) {
        this.searcher = searcher;
        this.hosts = hosts;
    }

    @GetMapping(WebPaths.ITEMS + "{id}")
    String item(@PathVariable String id, @RequestParam(defaultValue = "") String q, Model model) throws IOException {
        StoredItem item = find(id, newId -> WebPaths.item(newId, q));
        IssueView issue = searcher.issue(item.issueId()).orElseThrow();
        MarkedItem marked = q.isBlank() ? null : searcher.marked(id, q).orElse(null);
        model.addAttribute(
                "view", new ItemView(item, issue, searcher.related(id).orElse(null), marked, q.strip()));
        model.addAttribute("baseUrl", hosts.baseUrl());
        return "item/page";
    }

    @GetMapping(WebPaths.API_ITEMS + "{id}")
    @ResponseBody
    ItemJson api(@PathVariable String id) throws IOException {
        return ItemJson.of(find(id, newId -> WebPaths.API_ITEMS + newId));
    }

    @GetMapping(WebPaths.API_ITEMS + "{id}" + WebPaths.API_RELATED_SUFFIX)
    @ResponseBody
    RelatedJson related(@PathVariable String id) throws IOException {
        return RelatedJson.of(
                searcher.related(id).orElseThrow(() -> new NotFoundException("no item with id '" + id + "'")));
    }

    /** The item, or a permanent redirect when the id is a former one (its headline was edited since). */
    private StoredItem find(String id, Function<String, String> urlOf) throws IOException {
        Optional<StoredItem> item = searcher.item(id);
        if (item.isPresent()) {
            return item.get();
        }
        Optional<String> moved = searcher.currentId(id);
        if (moved.isPresent()) {
            throw new MovedPermanentlyException(urlOf.apply(moved.get()));
        }
        throw new NotFoundException("no item with id '" + id + "'");
    }
}
