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
public record SearchRequest(
        String query,
        Map<Facet, List<String>> filters,
        LocalDate from,
        LocalDate until,
        SortOrder sort,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    /** Deep paging costs memory and time for no reader benefit; results beyond this window are not served. */
    public static final int MAX_WINDOW = 1000;

    public static final int MAX_QUERY_CHARS = 500;
    /** Words, operators, brackets and quotes of one query; the work of parsing and searching grows with them. */
    public static final int MAX_QUERY_TOKENS = 200;
    /** Brackets inside brackets; each level is a level of the parser's recursion and of the Lucene query. */
    public static final int MAX_QUERY_DEPTH = 32;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query is longer than " + MAX_QUERY_CHARS + " characters");
        }
        checkTokens(query);
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                List<String> clean = values == null
                        ? List.of()
                        : values.stream()
                                .filter(v -> v != null && !v.isBlank())
                                .map(String::strip)
                                .distinct()
                                .toList();
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
            throw new IllegalArgumentException(
                    "page " + page + " is beyond the first " + MAX_WINDOW + " results; narrow the search instead");
        }
    }

    /**
     * The token and depth budget of a query, counted in one pass as an upper bound of what the parser will see:
     * each word, each bracket, each quote and each leading "-", "!" or "+" counts.
     */
    private static void checkTokens(String query) {
        int tokens = 0;
        int depth = 0;
        boolean inWord = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                continue;
            }
            boolean bracket = c == '(' || c == ')' || c == '"';
            if (bracket || !inWord || c == '-' || c == '!' || c == '+') {
                tokens++;
            }
            inWord = !bracket;
            depth = c == '(' ? depth + 1 : c == ')' ? Math.max(0, depth - 1) : depth;
            if (depth > MAX_QUERY_DEPTH) {
                throw new IllegalArgumentException("query nests brackets deeper than " + MAX_QUERY_DEPTH + " levels");
            }
        }
        if (tokens > MAX_QUERY_TOKENS) {
            throw new IllegalArgumentException(
                    "query has more than " + MAX_QUERY_TOKENS + " words and operators (" + tokens + ")");
        }
    }

    /** Relevance when there is something to be relevant to; otherwise newest first. */
    public static SortOrder defaultSort(String query) {
        return query == null || query.isBlank() ? SortOrder.NEWEST : SortOrder.RELEVANCE;
    }

    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    /** A request built field by field: no text, no filters, no dates, the default order, the first page of ten. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this request, for a request that differs in a few fields. */
    public Builder toBuilder() {
        return new Builder()
                .query(query)
                .filters(filters)
                .from(from)
                .until(until)
                .sort(sort)
                .page(page)
                .size(size);
    }

    /** True when facet filters or dates narrow the request beyond its words. */
    public boolean narrowed() {
        return !filters.isEmpty() || from != null || until != null;
    }

    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public SearchRequest withFilter(Facet facet, String... values) {
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, List.of(values));
        return toBuilder().filters(copy).build();
    }

    /** The fields of a request; {@link #build()} validates them as the constructor does. */
    public static final class Builder {
        private String query = "";
        private Map<Facet, List<String>> filters = Map.of();
        private LocalDate from;
        private LocalDate until;
        private SortOrder sort;
        private int page = 1;
        private int size = DEFAULT_SIZE;

        private Builder() {}

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        public Builder filters(Map<Facet, List<String>> filters) {
            this.filters = filters;
            return this;
        }

        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        public Builder until(LocalDate until) {
            this.until = until;
            return this;
        }

        /** Both ends of the date range; null for an open end. */
        public Builder dates(LocalDate from, LocalDate until) {
            return from(from).until(until);
        }

        /** @param sort null for the default order of the query ({@link #defaultSort}) */
        public Builder sort(SortOrder sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, filters, from, until, sort, page, size);
        }
    }
}
