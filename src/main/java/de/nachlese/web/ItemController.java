package de.nachlese.web;

import de.nachlese.index.StoredItem;
import de.nachlese.search.IssueView;
import de.nachlese.search.ItemSearcher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;

@Controller
class ItemController {

    private final ItemSearcher searcher;

    ItemController(ItemSearcher searcher) {
        this.searcher = searcher;
    }

    @GetMapping(WebPaths.ITEMS + "{id}")
    String item(@PathVariable String id, Model model) throws IOException {
        StoredItem item = find(id);
        IssueView issue = searcher.issue(item.issueId()).orElseThrow();
        model.addAttribute("view", new ItemView(item, issue, searcher.related(id).orElse(null)));
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return "item/page";
    }

    @GetMapping(WebPaths.API_ITEMS + "{id}")
    @ResponseBody
    ItemJson api(@PathVariable String id) throws IOException {
        return ItemJson.of(find(id));
    }

    @GetMapping(WebPaths.API_ITEMS + "{id}" + WebPaths.API_RELATED_SUFFIX)
    @ResponseBody
    RelatedJson related(@PathVariable String id) throws IOException {
        return RelatedJson.of(searcher.related(id).orElseThrow(() -> new NotFoundException("no item with id '" + id + "'")));
    }

    private StoredItem find(String id) throws IOException {
        return searcher.item(id).orElseThrow(() -> new NotFoundException("no item with id '" + id + "'"));
    }
}
