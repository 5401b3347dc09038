package de.nachlese.search;

import de.nachlese.model.Facet;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One search: free text, facet filters (values within a facet are OR, facets are AND), a date range and a page.
 * Invalid values are refused here, so every caller gets the same clear message.
 *
 * @param query free text; blank means "everything", which is then shown newest first
 * @param page  1-based
 */
public record SearchRequest(String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate until,
                            SortOrder sort, int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    /** Deep paging costs memory and time for no reader benefit; results beyond this window are not served. */
    public static final int MAX_WINDOW = 1000;
    public static final int MAX_QUERY_CHARS = 500;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query is longer than " + MAX_QUERY_CHARS + " characters");
        }
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                List<String> clean = values == null ? List.of()
                        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
                if (!clean.isEmpty()) {
                    copy.put(facet, clean);
                }
            });
        }
        filters = Map.copyOf(copy);
        if (from != null && until != null && from.isAfter(until)) {
            throw new IllegalArgumentException("'from' (" + from + ") is after 'until' (" + until + ")");
        }
        if (sort == null) {
            sort = defaultSort(query);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + page + " is beyond the first " + MAX_WINDOW + " results; narrow the search instead");
        }
    }

    /** Relevance when there is something to be relevant to; otherwise newest first. */
    public static SortOrder defaultSort(String query) {
        return query == null || query.isBlank() ? SortOrder.NEWEST : SortOrder.RELEVANCE;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, null, 1, DEFAULT_SIZE);
    }

    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public SearchRequest withFilter(Facet facet, String... values) {
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, List.of(values));
        return new SearchRequest(query, copy, from, until, sort, page, size);
    }
}
