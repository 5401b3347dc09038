package de.nachlese.web;

import de.nachlese.model.StoredItem;
import de.nachlese.search.MarkedItem;
import de.nachlese.search.browse.IssueView;
import de.nachlese.search.related.RelatedItems;
import java.util.Arrays;
import java.util.List;

/**
 * What the permalink page renders: the item and its issue.
 *
 * @param marked the item with the words of the search the reader came from marked; null without a search
 * @param query  that search, "" without one
 */
public record ItemView(StoredItem stored, IssueView issue, RelatedItems related, MarkedItem marked, String query) {

    public ItemView {
        query = query == null ? "" : query;
    }

    /** For pages that show an item without its related coverage (the issue page). */
    public ItemView(StoredItem stored, IssueView issue) {
        this(stored, issue, null, null, "");
    }

    /** True when the page marks the words of a search that matched the item. */
    public boolean highlighted() {
        return marked != null && marked.anyMarked();
    }

    /** The search the reader came from. */
    public String searchUrl() {
        return SearchParams.url(WebPaths.SEARCH, de.nachlese.search.SearchRequest.of(query));
    }

    /** True when the item belongs to a story of more than one item. */
    public boolean inThread() {
        return related != null && related.thread().size() > 1;
    }

    /** Body paragraphs, each a list of lines, so the template can escape text and add only its own markup. */
    public List<List<String>> paragraphs() {
        return Arrays.stream(stored.item().body().split("\n\n"))
                .map(p -> p.lines().toList())
                .toList();
    }

    /** A ready-made line for authors who link to this item: „Headline“, Publication, KW 5/2025 (27.01.2025), URL. */
    public String citation(String baseUrl) {
        return "„" + stored.item().headline() + "“, " + stored.publication() + ", " + Labels.week(stored.week()) + " ("
                + Labels.date(stored.date()) + "), " + baseUrl
                + WebPaths.item(stored.item().id());
    }

    /** "Beitrag 3 von 9 in KW 5/2025" */
    public String placeInIssue() {
        return Messages.t(
                "item.place",
                String.valueOf(stored.item().position()),
                String.valueOf(issue.items().size()),
                String.valueOf(stored.week().week()),
                String.valueOf(stored.week().year()));
    }
}
