package de.nachlese.web;

import de.nachlese.model.Facet;
import de.nachlese.model.TextChars;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The URL form of a search, shared by the HTML pages and the JSON API: parsing query parameters into a
 * {@link SearchRequest}, and writing a request back into a URL. Bad values become {@link BadRequestException}s.
 */
final class SearchParams {

    private SearchParams() {}

    static SearchRequest parse(MultiValueMap<String, String> params) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.get(facet.id());
            if (values != null) {
                filters.put(facet, values.stream().map(TextChars::clean).toList());
            }
        }
        try {
            // code points XML and HTML forbid are dropped here, where the web's input enters, so that no page, feed or
            // calendar echoes one back
            return SearchRequest.builder()
                    .query(TextChars.clean(params.getFirst("q")))
                    .filters(filters)
                    .dates(date(params, "from"), date(params, "until"))
                    .sort(sort(params.getFirst("sort")))
                    .page(number(params, "page", 1))
                    .size(number(params, "size", SearchRequest.DEFAULT_SIZE))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** {@code facetLimit} of the JSON API: values listed per facet, {@link SearchJson#DEFAULT_FACET_LIMIT} if absent. */
    static int facetLimit(MultiValueMap<String, String> params) {
        try {
            return SearchJson.checkFacetLimit(
                    number(params, "facetLimit", SearchJson.DEFAULT_FACET_LIMIT), "'facetLimit'");
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static SortOrder sort(String value) {
        return value == null || value.isBlank() ? null : SortOrder.fromId(value);
    }

    private static LocalDate date(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be an ISO date like 2025-03-01, was '" + value + "'");
        }
    }

    private static int number(MultiValueMap<String, String> params, String name, int fallback) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("'" + name + "' must be a whole number, was '" + value + "'");
        }
    }

    /** The URL of the request, leaving out defaults so that shared links stay short. */
    static String url(String path, SearchRequest request) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (!request.query().isEmpty()) {
            url.queryParam("q", request.query());
        }
        for (Facet facet : Facet.values()) {
            for (String value : request.selected(facet)) {
                url.queryParam(facet.id(), value);
            }
        }
        if (request.from() != null) {
            url.queryParam("from", request.from());
        }
        if (request.until() != null) {
            url.queryParam("until", request.until());
        }
        if (request.sort() != SearchRequest.defaultSort(request.query())) {
            url.queryParam("sort", request.sort().id());
        }
        if (request.page() != 1) {
            url.queryParam("page", request.page());
        }
        if (request.size() != SearchRequest.DEFAULT_SIZE) {
            url.queryParam("size", request.size());
        }
        return url.encode().build().toUriString();
    }
}
