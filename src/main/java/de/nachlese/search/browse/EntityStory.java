package de.nachlese.search.browse;

import de.nachlese.model.StoredItem;
import java.util.List;
import java.util.Objects;

/**
 * A company, person or topic told as a story: where the archive first and last mentions it, the lead stories about
 * it, and the story threads it runs through.
 *
 * @param first   the oldest item that mentions it
 * @param latest  the newest item that mentions it
 * @param leads   the lead stories (the first item of an issue) that mention it, newest first
 * @param threads the story threads among its items, the longest first, then the most recent
 */
public record EntityStory(
        EntityProfile profile, StoredItem first, StoredItem latest, List<StoredItem> leads, List<StoryThread> threads) {

    public EntityStory {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(latest, "latest");
        leads = List.copyOf(leads);
        threads = List.copyOf(threads);
        if (latest.date().isBefore(first.date())) {
            throw new IllegalArgumentException("the latest mention is older than the first");
        }
    }
}
