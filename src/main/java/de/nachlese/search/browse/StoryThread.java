package de.nachlese.search.browse;

import de.nachlese.model.StoredItem;
import java.util.List;

/** A developing story that mentions an entity: its items oldest first, at least two. */
public record StoryThread(List<StoredItem> items) {

    public StoryThread {
        items = List.copyOf(items);
        if (items.size() < 2) {
            throw new IllegalArgumentException("a story thread has at least two items, got " + items.size());
        }
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i).date().isBefore(items.get(i - 1).date())) {
                throw new IllegalArgumentException("story thread items must be oldest first");
            }
        }
    }

    public StoredItem first() {
        return items.getFirst();
    }

    public StoredItem last() {
        return items.getLast();
    }

    public int size() {
        return items.size();
    }
}
