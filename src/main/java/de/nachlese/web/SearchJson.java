package de.nachlese.web;

import de.nachlese.index.Facet;
import de.nachlese.index.StoredItem;
import de.nachlese.model.Source;
import de.nachlese.search.FacetValue;
import de.nachlese.search.Hit;
import de.nachlese.search.QueryNotes;
import de.nachlese.search.SearchPage;
import de.nachlese.search.WeekCount;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of /api/search, and of {@code nachlese search --json}, which prints exactly the same. Field names
 * are part of the public contract.
 *
 * @param syntaxError  why the query could not be read as typed (then its plain words were searched), or null
 * @param didYouMean   the query with misspelt words corrected, or null
 * @param showingResultsFor the query whose hits are shown when it differs from {@code query} (the correction), or null
 * @param understood   names, topics, synonyms and filters recognised in the query
 * @param histogram    hits per week of the whole result set, oldest first, empty weeks included
 * @param timedOut     the search ran out of its time budget ({@code nachlese.search-timeout}): hits, total, facets
 *                     and histogram are what was found until then
 * @param timeoutNotice a sentence saying so when {@code timedOut}, else null
 */
public record SearchJson(String query, long total, int page, int size, String syntaxError, String didYouMean,
                  String showingResultsFor, List<UnderstoodJson> understood, List<HitJson> hits,
                  Map<String, List<FacetValue>> facets, List<WeekJson> histogram, boolean timedOut,
                  String timeoutNotice) {

    /** {@code facet} is null for a synonym. */
    record UnderstoodJson(String typed, String facet, String value) {
        static UnderstoodJson of(QueryNotes.Recognized r) {
            return new UnderstoodJson(r.typed(), r.facet() == null ? null : r.facet().id(), r.value());
        }
    }

    record WeekJson(String week, long count) {
        static WeekJson of(WeekCount w) {
            return new WeekJson(w.week().toString(), w.count());
        }
    }

    public record HitJson(String id, String headline, String type, String emoji, String week, String date, String issueTitle,
                   String snippet, List<String> companies, List<String> people, List<String> topics,
                   List<Source> sources, String url) {

        static HitJson of(Hit hit) {
            StoredItem s = hit.stored();
            return new HitJson(s.item().id(), s.item().headline(), s.item().type().id(), s.item().emoji(),
                    s.week().toString(), s.date().toString(), s.issueTitle(), hit.snippetHtml(),
                    s.item().tags().companies(), s.item().tags().people(), s.item().tags().topics(),
                    s.item().sources(), WebPaths.item(s.item().id()));
        }
    }

    public static SearchJson of(SearchPage page) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.id(), page.facet(facet));
        }
        QueryNotes notes = page.notes();
        return new SearchJson(page.request().query(), page.total(), page.request().page(), page.request().size(),
                notes.syntaxError(), notes.suggestion(), notes.showingSuggestion() ? notes.suggestion() : null,
                notes.recognized().stream().map(UnderstoodJson::of).toList(),
                page.hits().stream().map(HitJson::of).toList(), facets,
                page.histogram().stream().map(WeekJson::of).toList(), notes.timedOut(),
                notes.timedOut() ? QueryNotes.TIMEOUT_NOTICE : null);
    }
}
