package de.nachlese.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One issue of a newsletter with its items in reading order.
 *
 * @param id       stable id from publication and week, e.g. "wochenwerk-tech-2025-w05"
 * @param origin   where it was read from: a file path, a classpath location or a URL
 * @param metadata what else the format gives (author, edition, ...)
 */
public record Issue(
        String id,
        String publication,
        String title,
        IsoWeek week,
        LocalDate date,
        String origin,
        Map<String, String> metadata,
        List<Item> items) {

    public Issue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(date, "date");
        if (publication == null || publication.isBlank()) {
            throw new IllegalArgumentException("issue " + id + " has no publication name");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("issue " + id + " has no title");
        }
        if (!IsoWeek.of(date).equals(week)) {
            throw new IllegalArgumentException("issue " + id + ": date " + date + " is not in week " + week);
        }
        origin = origin == null ? "" : origin;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        items = items == null ? List.of() : List.copyOf(items);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.position() != i + 1) {
                throw new IllegalArgumentException("issue " + id + ": item " + item.id() + " is at position " + (i + 1)
                        + " but says " + item.position());
            }
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("issue " + id + ": duplicate item id " + item.id());
            }
        }
    }

    public Issue withItems(UnaryOperator<Item> change) {
        return new Issue(
                id,
                publication,
                title,
                week,
                date,
                origin,
                metadata,
                items.stream().map(change).toList());
    }
}
