package de.nachlese.search.query;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a query cannot be read as typed, in the reader's language. The search itself notes the reason in German
 * ({@code QueryNotes.syntaxError}); a web answer asks here again for the reader's language, which costs one more
 * parse, linear in the query's length.
 */
public final class QuerySyntaxErrors {

    private QuerySyntaxErrors() {}

    /** The reason the query is malformed, in the given language (German unless English is asked for). */
    public static Optional<String> of(String query, Locale locale) {
        try {
            QuerySyntax.parse(query);
            return Optional.empty();
        } catch (QuerySyntaxException e) {
            return Optional.of(e.message(locale));
        }
    }
}
