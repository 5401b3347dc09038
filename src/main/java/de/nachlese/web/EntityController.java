package de.nachlese.web;

import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import de.nachlese.search.browse.EntityDirectory;
import de.nachlese.search.browse.EntityProfile;
import de.nachlese.search.browse.EntityStory;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class EntityController {

    static final int LATEST_ITEMS = 10;
    static final int ITEMS_PER_PAGE = 10;

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
    String entity(
            @PathVariable String kind,
            @PathVariable String name,
            @RequestParam(defaultValue = "1") int page,
            Model model)
            throws IOException {
        EntityRoute route = route(kind);
        EntityStory story = entities.story(route.facet(), name).orElseThrow(() -> unknown(route, name));
        EntityPageView view = new EntityPageView(route, story, items(route, name, page));
        if (page > view.items().pageCount()) {
            return "redirect:" + view.pageUrl(view.items().pageCount()); // a page past the end: show the last one
        }
        model.addAttribute("view", view);
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

    /** Thrown for a name the archive does not know: a redirect for another spelling of a known one, else a 404. */
    private RuntimeException unknown(EntityRoute route, String name) {
        try {
            profile(route, name);
        } catch (MovedPermanentlyException | NotFoundException answer) {
            return answer;
        } catch (IOException e) {
            return new java.io.UncheckedIOException(e);
        }
        return new IllegalStateException("a profile without a story: " + name);
    }

    /** One page of all the entity's items, newest first; pages past the end are held at the last reachable one. */
    private SearchPage items(EntityRoute route, String name, int page) throws IOException {
        int reachable = Math.clamp(page, 1, SearchRequest.MAX_WINDOW / ITEMS_PER_PAGE);
        SearchRequest filter = SearchRequest.of("").withFilter(route.facet(), name);
        return searcher.search(filter.toBuilder()
                .sort(SortOrder.NEWEST)
                .size(ITEMS_PER_PAGE)
                .page(reachable)
                .build());
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
