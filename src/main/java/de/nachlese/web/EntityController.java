package de.nachlese.web;

import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import de.nachlese.search.browse.EntityDirectory;
import de.nachlese.search.browse.EntityProfile;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

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
        EntityProfile profile = profile(route, name);
        model.addAttribute("view", new EntityPageView(route, profile, latest(route, name)));
        return "entity/page";
    }

    @GetMapping("/api/{kind:companies|people|topics}/{name}")
    @ResponseBody
    EntityJson api(@PathVariable String kind, @PathVariable String name) throws IOException {
        EntityRoute route = route(kind);
        return EntityJson.of(route, profile(route, name), latest(route, name));
    }

    /** A name in another spelling ("nvidia", "elon musk") is redirected to its canonical page; only unknown names 404. */
    private EntityProfile profile(EntityRoute route, String name) throws IOException {
        var profile = entities.profile(route.facet(), name);
        if (profile.isPresent()) {
            return profile.get();
        }
        String key = de.nachlese.search.Normalized.key(name);
        for (var value : entities.all(route.facet())) {
            if (de.nachlese.search.Normalized.key(value.value()).equals(key)) {
                throw new MovedPermanentlyException(route.url(value.value()));
            }
        }
        throw new NotFoundException("no " + route.facet().id() + " '" + name + "' in the archive");
    }

    private SearchPage latest(EntityRoute route, String name) throws IOException {
        SearchRequest filter = SearchRequest.of("").withFilter(route.facet(), name);
        return searcher.search(
                filter.toBuilder().sort(SortOrder.NEWEST).size(LATEST_ITEMS).build());
    }

    private static EntityRoute route(String kind) {
        return EntityRoute.of(kind).orElseThrow(() -> new NotFoundException("no such index: " + kind));
    }
}
