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
 * @param relaxed           no or too few items contain every word, so the hits are those that contain all words but
 *                          one (one of two), those with more of the words first
 * @param missingWords      the words, as typed, that the first hit lacks ("ohne: Rekord"); empty unless relaxed
 */
public record QueryNotes(
        String syntaxError,
        String suggestion,
        boolean showingSuggestion,
        List<Recognized> recognized,
        boolean timedOut,
        boolean relaxed,
        List<String> missingWords) {

    public static final QueryNotes NONE = new QueryNotes(null, null, false, List.of());

    /** What the API says when a search ran out of time. */
    public static final String TIMEOUT_NOTICE =
            "Die Suche hat ihr Zeitlimit überschritten; Treffer, Trefferzahl und Facetten sind unvollständig.";

    public QueryNotes {
        recognized = List.copyOf(recognized);
        missingWords = List.copyOf(missingWords);
        if (!relaxed && !missingWords.isEmpty()) {
            throw new IllegalArgumentException("only a relaxed search leaves words out: " + missingWords);
        }
        if (showingSuggestion && suggestion == null) {
            throw new IllegalArgumentException("showing the results of a suggestion needs a suggestion");
        }
    }

    public QueryNotes(String syntaxError, String suggestion, boolean showingSuggestion, List<Recognized> recognized) {
        this(syntaxError, suggestion, showingSuggestion, recognized, false);
    }

    public QueryNotes(
            String syntaxError,
            String suggestion,
            boolean showingSuggestion,
            List<Recognized> recognized,
            boolean timedOut) {
        this(syntaxError, suggestion, showingSuggestion, recognized, timedOut, false, List.of());
    }

    QueryNotes withTimedOut() {
        return new QueryNotes(syntaxError, suggestion, showingSuggestion, recognized, true, relaxed, missingWords);
    }

    QueryNotes withRelaxed(List<String> missing) {
        return new QueryNotes(syntaxError, suggestion, showingSuggestion, recognized, timedOut, true, missing);
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
