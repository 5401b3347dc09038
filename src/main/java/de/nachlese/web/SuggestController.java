package de.nachlese.web;

import de.nachlese.search.ItemSearcher;
import de.nachlese.search.suggest.Completion;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Autocomplete for the search box: names and headlines matching what was typed so far. */
@RestController
class SuggestController {

    static final int DEFAULT_LIMIT = 8;
    static final int MAX_LIMIT = 20;

    private final ItemSearcher searcher;

    SuggestController(ItemSearcher searcher) {
        this.searcher = searcher;
    }

    /** {@code facet} is company, person or topic for a name (and {@code url} searches it), null for a headline. */
    record SuggestionJson(String label, String facet, String id, long count, String url) {
        static SuggestionJson of(Completion c) {
            return c.facet() == null
                    ? new SuggestionJson(c.label(), null, c.itemId(), c.count(), WebPaths.item(c.itemId()))
                    : new SuggestionJson(
                            c.label(),
                            c.facet().id(),
                            null,
                            c.count(),
                            org.springframework.web.util.UriComponentsBuilder.fromPath(WebPaths.SEARCH)
                                    .queryParam(c.facet().id(), c.label())
                                    .encode()
                                    .build()
                                    .toUriString());
        }
    }

    @GetMapping(WebPaths.API_SUGGEST)
    List<SuggestionJson> suggest(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT) String limit)
            throws IOException {
        int n;
        try {
            n = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("'limit' must be a whole number, was '" + limit + "'");
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw new BadRequestException("'limit' must be between 1 and " + MAX_LIMIT + ", was " + n);
        }
        if (q.length() > 100) {
            throw new BadRequestException("'q' is longer than 100 characters");
        }
        return searcher.complete(q, n).stream().map(SuggestionJson::of).toList();
    }
}
