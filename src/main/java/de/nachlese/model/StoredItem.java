package de.nachlese.model;

import java.time.LocalDate;
import java.util.Objects;

/** An item as the index holds it: the item itself plus the issue facts every reader view needs. */
public record StoredItem(
        Item item, String issueId, String issueTitle, String publication, IsoWeek week, LocalDate date) {

    public StoredItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(date, "date");
    }
}
