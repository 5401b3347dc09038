package de.nachlese.search;

import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
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
}
