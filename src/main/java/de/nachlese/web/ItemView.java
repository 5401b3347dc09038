package de.nachlese.web;

import de.nachlese.index.StoredItem;
import de.nachlese.search.IssueView;

import java.util.Arrays;
import java.util.List;

/** What the permalink page renders: the item and its issue. */
public record ItemView(StoredItem stored, IssueView issue) {

    /** Body paragraphs, each a list of lines, so the template can escape text and add only its own markup. */
    public List<List<String>> paragraphs() {
        return Arrays.stream(stored.item().body().split("\n\n"))
                .map(p -> p.lines().toList())
                .toList();
    }

    /** "Meldung 3 von 9 in KW 5" */
    public String placeInIssue() {
        return "Beitrag " + stored.item().position() + " von " + issue.items().size() + " in KW " + stored.week().week()
                + "/" + stored.week().year();
    }
}
