package de.nachlese.web;

import de.nachlese.model.Facet;
import de.nachlese.model.Source;
import de.nachlese.model.StoredItem;
import de.nachlese.search.FacetValue;
import de.nachlese.search.Hit;
import de.nachlese.search.QueryNotes;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SyntaxErrors;
import de.nachlese.search.WeekCount;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON body of /api/search, and of {@code nachlese search --json}, which prints exactly the same. Field names
 * are part of the public contract.
 *
 * @param syntaxError  why the query could not be read as typed (then its plain words were searched), or null
 * @param didYouMean   the query with misspelt words corrected, or null
 * @param showingResultsFor the query whose hits are shown when it differs from {@code query} (the correction), or null
 * @param understood   names, topics, synonyms and filters recognised in the query
 * @param facets       per facet, its values with the most hits, at most {@code facetLimit} of them (ties by value)
 *                     plus every selected value, in the facet's order: by count, weeks oldest first
 * @param moreFacetValues per facet, how many of its values the result has beyond those listed in {@code facets}
 * @param histogram    hits per week of the whole result set, oldest first, empty weeks included
 * @param timedOut     the search ran out of its time budget ({@code nachlese.search-timeout}): hits, total, facets
 *                     and histogram are what was found until then
 * @param timeoutNotice a sentence saying so when {@code timedOut}, else null
 * @param relaxed      no item (or too few) contained every word, so the hits contain all words but one (one of two),
 *                     those with more of the words first
 * @param missingWords the words, as typed, that the first hit lacks; empty unless {@code relaxed}
 */
public record SearchJson(
        String query,
        long total,
        int page,
        int size,
        String syntaxError,
        String didYouMean,
        String showingResultsFor,
        List<UnderstoodJson> understood,
        List<HitJson> hits,
        Map<String, List<FacetValue>> facets,
        Map<String, Integer> moreFacetValues,
        List<WeekJson> histogram,
        boolean timedOut,
        String timeoutNotice,
        boolean relaxed,
        List<String> missingWords) {

    /** Values listed per facet unless the request asks for another number ({@code facetLimit}). */
    public static final int DEFAULT_FACET_LIMIT = 10;
    /** The most a request may ask for: more than any facet of a real archive has, weeks of twenty years included. */
    public static final int MAX_FACET_LIMIT = 10_000;

    /** {@code facet} is null for a synonym. */
    record UnderstoodJson(String typed, String facet, String value) {
        static UnderstoodJson of(QueryNotes.Recognized r) {
            return new UnderstoodJson(
                    r.typed(), r.facet() == null ? null : r.facet().id(), r.value());
        }
    }

    record WeekJson(String week, long count) {
        static WeekJson of(WeekCount w) {
            return new WeekJson(w.week().toString(), w.count());
        }
    }

    public record HitJson(
            String id,
            String headline,
            String type,
            String emoji,
            String week,
            String date,
            String issueTitle,
            String snippet,
            List<String> companies,
            List<String> people,
            List<String> topics,
            List<Source> sources,
            String url) {

        static HitJson of(Hit hit) {
            StoredItem s = hit.stored();
            return new HitJson(
                    s.item().id(),
                    s.item().headline(),
                    s.item().type().id(),
                    s.item().emoji(),
                    s.week().toString(),
                    s.date().toString(),
                    s.issueTitle(),
                    hit.snippetHtml(),
                    s.item().tags().companies(),
                    s.item().tags().people(),
                    s.item().tags().topics(),
                    s.item().sources(),
                    WebPaths.item(s.item().id()));
        }
    }

    /** @param facetLimit values listed per facet besides the selected ones, 0 to {@link #MAX_FACET_LIMIT} */
    public static SearchJson of(SearchPage page, int facetLimit) {
        checkFacetLimit(facetLimit, "facetLimit");
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        Map<String, Integer> more = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<FacetValue> all = page.facet(facet);
            List<FacetValue> listed = limited(all, facetLimit);
            facets.put(facet.id(), listed);
            more.put(facet.id(), all.size() - listed.size());
        }
        QueryNotes notes = page.notes();
        return new SearchJson(
                page.request().query(),
                page.total(),
                page.request().page(),
                page.request().size(),
                notes.syntaxError(),
                notes.suggestion(),
                notes.showingSuggestion() ? notes.suggestion() : null,
                notes.recognized().stream().map(UnderstoodJson::of).toList(),
                page.hits().stream().map(HitJson::of).toList(),
                facets,
                more,
                page.histogram().stream().map(WeekJson::of).toList(),
                notes.timedOut(),
                notes.timedOut() ? QueryNotes.TIMEOUT_NOTICE : null,
                notes.relaxed(),
                notes.missingWords());
    }

    /**
     * The same answer with its sentences in the reader's language: the search notes them in German, the language of
     * the archive (and of the command line's {@code --json}).
     */
    SearchJson inLanguage(Locale locale, String localTimeoutNotice) {
        String localSyntaxError =
                syntaxError == null ? null : SyntaxErrors.of(query, locale).orElse(syntaxError);
        return new SearchJson(
                query,
                total,
                page,
                size,
                localSyntaxError,
                didYouMean,
                showingResultsFor,
                understood,
                hits,
                facets,
                moreFacetValues,
                histogram,
                timedOut,
                timedOut ? localTimeoutNotice : null,
                relaxed,
                missingWords);
    }

    /**
     * @param name how the caller's user wrote the setting, for the message
     * @throws IllegalArgumentException if the limit is outside 0 to {@link #MAX_FACET_LIMIT}
     */
    public static int checkFacetLimit(int limit, String name) {
        if (limit < 0 || limit > MAX_FACET_LIMIT) {
            throw new IllegalArgumentException(name + " must be between 0 and " + MAX_FACET_LIMIT + ", was " + limit);
        }
        return limit;
    }

    /** The {@code limit} values with the most hits and every selected one, in their order in {@code values}. */
    static List<FacetValue> limited(List<FacetValue> values, int limit) {
        if (values.size() <= limit) {
            return values;
        }
        Set<FacetValue> kept = new HashSet<>(values.stream()
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value))
                .limit(limit)
                .toList());
        return values.stream().filter(v -> v.selected() || kept.contains(v)).toList();
    }
}
