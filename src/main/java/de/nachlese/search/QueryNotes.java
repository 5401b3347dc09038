package de.nachlese.search;

import de.nachlese.model.Facet;
import java.util.List;

/**
 * What the search made of the query, for the reader.
 *
 * @param syntaxError       why the query could not be read as typed, or null; the search then used its plain words
 * @param suggestion        "Meinten Sie …": the query with misspelt words corrected, or null
 * @param showingSuggestion the hits are those of the suggestion, because the query as typed found nothing
 * @param recognized        names, topics, synonyms and filters the query was understood to contain
 * @param timedOut          the search ran out of its time budget: hits, total and facet counts are incomplete
 */
public record QueryNotes(
        String syntaxError,
        String suggestion,
        boolean showingSuggestion,
        List<Recognized> recognized,
        boolean timedOut) {

    public static final QueryNotes NONE = new QueryNotes(null, null, false, List.of());

    /** What the API says when a search ran out of time. */
    public static final String TIMEOUT_NOTICE =
            "Die Suche hat ihr Zeitlimit überschritten; Treffer, Trefferzahl und Facetten sind unvollständig.";

    public QueryNotes {
        recognized = List.copyOf(recognized);
        if (showingSuggestion && suggestion == null) {
            throw new IllegalArgumentException("showing the results of a suggestion needs a suggestion");
        }
    }

    public QueryNotes(String syntaxError, String suggestion, boolean showingSuggestion, List<Recognized> recognized) {
        this(syntaxError, suggestion, showingSuggestion, recognized, false);
    }

    QueryNotes withTimedOut() {
        return new QueryNotes(syntaxError, suggestion, showingSuggestion, recognized, true);
    }

    /**
     * One recognised part of the query.
     *
     * @param typed what the reader typed
     * @param facet the facet of the value, or null for a synonym
     * @param value the facet value ("Meta" for "Facebook") or the synonym ("KI" for "AI")
     */
    public record Recognized(String typed, Facet facet, String value) {}
}
