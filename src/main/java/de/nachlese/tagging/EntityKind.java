package de.nachlese.tagging;

import java.util.Locale;

/** The kinds of named entity the gazetteer knows. Products and projects are recognised but never tagged as companies. */
public enum EntityKind {
    COMPANY,
    PERSON,
    PRODUCT;

    /** The kind's name in data files: company, person, product. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EntityKind fromId(String id) {
        for (EntityKind kind : values()) {
            if (kind.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown entity kind '" + id + "', expected company, person or product");
    }
}
