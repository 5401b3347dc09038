package de.nachlese.tagging;

/** The kinds of named entity the gazetteer knows. */
public enum EntityKind {
    COMPANY, PERSON
}
