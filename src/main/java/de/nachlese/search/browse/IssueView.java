package de.nachlese.search.browse;

import de.nachlese.model.StoredItem;
import java.util.List;

/** An issue as stored: its items in reading order. */
public record IssueView(String id, List<StoredItem> items) {

    public IssueView {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("issue " + id + " has no items");
        }
        items = List.copyOf(items);
    }

    public StoredItem first() {
        return items.getFirst();
    }
}
