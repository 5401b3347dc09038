package de.nachlese.web;

import de.nachlese.model.Facet;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.suggest.ClosestNames;
import de.nachlese.search.suggest.Completion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a search that found nothing offers instead: broader searches that do find something (each filter dropped,
 * each word dropped), with their counts, and the archive's names closest to the typed words. Only computed for a
 * page without hits, where the extra searches cost less than a reader who gives up.
 *
 * @param broader searches with one restriction fewer that find items, in the order filters, dates, words
 * @param names   companies, people and topics whose names start like or are spelt close to a typed word
 */
public record ZeroResults(List<Broader> broader, List<Completion> names) {

    /** Names offered at most. */
    static final int NAMES = 8;
    /** Queries with more words than this are not taken apart word by word. */
    static final int MAX_WORDS = 6;

    public ZeroResults {
        broader = List.copyOf(broader);
        names = List.copyOf(names);
    }

    /** One broader search: {@code label} says what it leaves out. */
    public record Broader(String label, String url, long total) {}

    static ZeroResults find(ItemSearcher searcher, SearchRequest request) throws IOException {
        List<Broader> broader = new ArrayList<>();
        for (Map.Entry<Facet, List<String>> filter : request.filters().entrySet()) {
            for (String value : filter.getValue()) {
                String label = Labels.facet(filter.getKey()) + ": " + Labels.facetValue(filter.getKey(), value);
                add(broader, searcher, label, without(request, filter.getKey(), value));
            }
        }
        if (request.from() != null || request.until() != null) {
            add(
                    broader,
                    searcher,
                    Messages.t("search.dateRange"),
                    request.toBuilder().dates(null, null).build());
        }
        List<String> words = plainWords(request.query());
        if (words.size() > 1) {
            for (int i = 0; i < words.size(); i++) {
                List<String> rest = new ArrayList<>(words);
                String dropped = rest.remove(i);
                add(
                        broader,
                        searcher,
                        "„" + dropped + "“",
                        request.toBuilder().query(String.join(" ", rest)).build());
            }
        }
        return new ZeroResults(broader, ClosestNames.of(searcher, request.query(), NAMES));
    }

    private static void add(List<Broader> broader, ItemSearcher searcher, String label, SearchRequest wider)
            throws IOException {
        SearchRequest firstPage = wider.toBuilder().page(1).size(1).build();
        long total = searcher.search(firstPage).total();
        if (total > 0) {
            broader.add(new Broader(
                    label,
                    SearchParams.url(
                            WebPaths.SEARCH,
                            wider.toBuilder().page(1).sort(null).build()),
                    total));
        }
    }

    private static SearchRequest without(SearchRequest request, Facet facet, String value) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(request.filters());
        filters.put(
                facet,
                request.selected(facet).stream().filter(v -> !v.equals(value)).toList());
        return request.toBuilder().filters(filters).build();
    }

    /** The words of a query without syntax (quotes, brackets, operators, filters); empty for one with syntax. */
    public static List<String> plainWords(String query) {
        List<String> words = List.of(query.strip().split("\\s+"));
        boolean plain = words.size() <= MAX_WORDS
                && words.stream()
                        .allMatch(w -> w.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}.&'’-]*")
                                && !w.matches("OR|ODER|AND|UND|NOT|NICHT"));
        return plain ? words : List.of();
    }

    public boolean isEmpty() {
        return broader.isEmpty() && names.isEmpty();
    }

    /** The entity page of a name. */
    public static String nameUrl(Completion name) {
        return EntityRoute.of(name.facet()).orElseThrow().url(name.label());
    }
}
