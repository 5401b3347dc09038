package de.nachlese.search;

import java.util.Locale;

/** How results are ordered. */
public enum SortOrder {
    RELEVANCE,
    NEWEST,
    OLDEST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SortOrder fromId(String id) {
        for (SortOrder order : values()) {
            if (order.id().equals(id)) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown sort '" + id + "', expected relevance, newest or oldest");
    }
}
