package de.nachlese.web;

import de.nachlese.search.EntityDirectory;
import de.nachlese.search.EntityProfile;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;

@Controller
class EntityController {

    static final int LATEST_ITEMS = 10;

    private final EntityDirectory entities;
    private final ItemSearcher searcher;

    EntityController(EntityDirectory entities, ItemSearcher searcher) {
        this.entities = entities;
        this.searcher = searcher;
    }

    @GetMapping("/{kind:companies|people|topics}")
    String index(@PathVariable String kind, Model model) throws IOException {
        EntityRoute route = route(kind);
        model.addAttribute("view", EntityIndexView.of(route, entities.all(route.facet())));
        return "entity/index";
    }

    @GetMapping("/{kind:companies|people|topics}/{name}")
    String entity(@PathVariable String kind, @PathVariable String name, Model model) throws IOException {
        EntityRoute route = route(kind);
        EntityProfile profile = entities.profile(route.facet(), name)
                .orElseThrow(() -> new NotFoundException("no " + route.facet().id() + " '" + name + "' in the archive"));
        SearchRequest latest = SearchRequest.of("").withFilter(route.facet(), name);
        var page = searcher.search(new SearchRequest("", latest.filters(), null, null, SortOrder.NEWEST, 1, LATEST_ITEMS));
        model.addAttribute("view", new EntityPageView(route, profile, page));
        return "entity/page";
    }

    private static EntityRoute route(String kind) {
        return EntityRoute.of(kind).orElseThrow(() -> new NotFoundException("no such index: " + kind));
    }
}
