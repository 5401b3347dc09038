package de.nachlese.search;

import de.nachlese.search.query.QuerySyntaxErrors;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a query could not be read as typed, in the reader's language: the search's side of {@link
 * QueryNotes#syntaxError()}, which is German, for callers outside the search that may not reach into its query
 * package.
 */
public final class SyntaxErrors {

    private SyntaxErrors() {}

    public static Optional<String> of(String query, Locale locale) {
        return QuerySyntaxErrors.of(query, locale);
    }
}
