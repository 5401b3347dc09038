package de.nachlese.search;

import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Issues for the hand-written indexes of the search tests. */
final class TinyIssues {

    private TinyIssues() {}

    /** An issue of that date holding the items in the given order, numbered from 1 whatever position they carry. */
    static Issue issue(LocalDate date, Item... items) {
        List<Item> numbered = new ArrayList<>();
        for (Item item : items) {
            numbered.add(new Item(
                    item.id(),
                    numbered.size() + 1,
                    item.type(),
                    item.emoji(),
                    item.headline(),
                    item.body(),
                    item.sources(),
                    item.tags()));
        }
        return new Issue(
                "test-" + date, "Testbrief", "Ausgabe " + date, IsoWeek.of(date), date, "memory", Map.of(), numbered);
    }

    /** A news item from one source, tagged with the given companies. */
    static Item news(String id, String headline, String body, String... companies) {
        return new Item(
                id,
                1,
                ItemType.NEWS,
                "",
                headline,
                body,
                List.of(new Source("Reuters", null)),
                new Tags(List.of(companies), List.of(), List.of()));
    }
}
