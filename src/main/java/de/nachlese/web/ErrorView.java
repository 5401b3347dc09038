package de.nachlese.web;

/** What the error page shows. */
public record ErrorView(int status, String message) {
}
