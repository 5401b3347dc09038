package de.nachlese.search.related;

import de.nachlese.model.StoredItem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an item connects to in the archive.
 *
 * @param earlier the most related items of older weeks that are not in the thread, newest first (nearest to the item)
 * @param later   the most related items of later weeks (follow-ups) that are not in the thread, oldest first
 * @param thread  the developing story the item belongs to, oldest first, including the item itself; just the item
 *                when it belongs to no story
 */
public record RelatedItems(StoredItem item, List<RelatedHit> earlier, List<RelatedHit> later, List<StoredItem> thread) {

    public RelatedItems {
        Objects.requireNonNull(item, "item");
        earlier = List.copyOf(earlier);
        later = List.copyOf(later);
        thread = List.copyOf(thread);
        if (thread.stream().noneMatch(s -> s.item().id().equals(item.item().id()))) {
            throw new IllegalArgumentException("the thread of " + item.item().id() + " must contain it");
        }
    }

    /**
     * One related item.
     *
     * @param similarity 0 to 1: the related item's score relative to the item's score for its own similarity query
     * @param shared     companies and people both items are tagged with
     */
    public record RelatedHit(StoredItem stored, double similarity, List<String> shared) {
        public RelatedHit {
            Objects.requireNonNull(stored, "stored");
            shared = List.copyOf(shared);
        }
    }

    public Optional<StoredItem> previous() {
        int at = indexInThread();
        return at > 0 ? Optional.of(thread.get(at - 1)) : Optional.empty();
    }

    public Optional<StoredItem> next() {
        int at = indexInThread();
        return at < thread.size() - 1 ? Optional.of(thread.get(at + 1)) : Optional.empty();
    }

    private int indexInThread() {
        for (int i = 0; i < thread.size(); i++) {
            if (thread.get(i).item().id().equals(item.item().id())) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: checked in the constructor");
    }
}
