package de.nachlese.search.query;

/** A query string that does not follow the syntax; the message is German and shown to the reader. */
final class QuerySyntaxException extends Exception {

    QuerySyntaxException(String message) {
        super(message);
    }
}
