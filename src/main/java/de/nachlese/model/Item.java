package de.nachlese.model;

import java.util.List;
import java.util.Objects;

/**
 * One news item of an issue: the lead story, a short news item, the chart, the podcast tip or the earnings calendar.
 *
 * @param id       stable id, derived from the issue and the headline, never from the file it came from
 * @param position 1-based place in the issue
 * @param emoji    the emoji the item starts with, or "" when it has none
 */
public record Item(
        String id,
        int position,
        ItemType type,
        String emoji,
        String headline,
        String body,
        List<Source> sources,
        Tags tags) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (!slug(id)) {
            throw new IllegalArgumentException("item id must be a lower-case slug: " + id);
        }
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1: " + position);
        }
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("item " + id + " has no headline");
        }
        headline = headline.strip();
        emoji = emoji == null ? "" : emoji.strip();
        body = body == null ? "" : body.strip();
        sources = sources == null ? List.of() : List.copyOf(sources);
        tags = tags == null ? Tags.NONE : tags;
    }

    /**
     * "[a-z0-9][a-z0-9-]*" without a regular expression: every hit of a search page builds its item again from the
     * stored fields, and the matcher was a quarter of that.
     */
    private static boolean slug(String id) {
        if (id.isEmpty() || id.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public Item withTags(Tags newTags) {
        return new Item(id, position, type, emoji, headline, body, sources, newTags);
    }

    public Item withSources(List<Source> newSources) {
        return new Item(id, position, type, emoji, headline, body, newSources, tags);
    }
}
