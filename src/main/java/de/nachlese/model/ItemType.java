package de.nachlese.model;

import java.util.Locale;

/** What kind of news item an issue section holds. The lower-case name is what the index, URLs and JSON use. */
public enum ItemType {
    LEAD,
    NEWS,
    CHART,
    LISTEN,
    EARNINGS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower-case id; throws IllegalArgumentException with the allowed values otherwise. */
    public static ItemType fromId(String id) {
        for (ItemType type : values()) {
            if (type.id().equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "unknown item type '" + id + "', expected one of lead, news, chart, listen, earnings");
    }
}
