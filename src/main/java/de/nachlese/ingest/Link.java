package de.nachlese.ingest;

/** A hyperlink found in an input line: its visible text and absolute URL. */
record Link(String text, String url) {}
