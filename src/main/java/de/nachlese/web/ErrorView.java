package de.nachlese.web;

/**
 * What the error page shows: a heading and explanation in the reader's language chosen by the status, and for a bad
 * request the detail of what was wrong with it.
 *
 * @param message the detail of a 400, or null
 */
public record ErrorView(int status, String message) {

    public String headingKey() {
        return switch (status) {
            case 404 -> "error.notFound";
            case 400 -> "error.badRequest";
            default -> "error.failed";
        };
    }

    public String explanationKey() {
        return switch (status) {
            case 404 -> "error.notFound.text";
            case 400 -> "error.badRequest.text";
            default -> "error.failed.text";
        };
    }
}
