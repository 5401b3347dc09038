package de.nachlese.model;

import java.util.Locale;

/** The facet dimensions. The lower-case id is the URL parameter, the JSON key and the facet dimension. */
public enum Facet {
    COMPANY,
    PERSON,
    TOPIC,
    TYPE,
    SOURCE,
    WEEK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for dimensions an item can hold several values of. */
    public boolean multiValued() {
        return this == COMPANY || this == PERSON || this == TOPIC || this == SOURCE;
    }
}
