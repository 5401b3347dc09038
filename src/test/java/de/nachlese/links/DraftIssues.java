package de.nachlese.links;

import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Earlier issues for the draft-link tests' tiny indexes: news items numbered in order, ids from their headlines. */
final class DraftIssues {

    private DraftIssues() {}

    static Item item(String headline, String body) {
        return new Item("x", 1, ItemType.NEWS, "", headline, body, List.of(), null);
    }

    static Issue issue(LocalDate date, Item... items) {
        List<Item> numbered = new ArrayList<>();
        for (Item item : items) {
            String slug = item.headline()
                    .toLowerCase()
                    .replace("ä", "ae")
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("-$", "");
            numbered.add(new Item(
                    "test-" + IsoWeek.of(date).toString().toLowerCase() + "-" + slug,
                    numbered.size() + 1,
                    item.type(),
                    "",
                    item.headline(),
                    item.body(),
                    List.of(),
                    null));
        }
        return new Issue(
                "test-" + IsoWeek.of(date).toString().toLowerCase(),
                "Testbrief",
                "Ausgabe " + date,
                IsoWeek.of(date),
                date,
                "memory",
                Map.of(),
                numbered);
    }
}
