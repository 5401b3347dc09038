package de.nachlese.web;

import java.util.List;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of the earnings table.
 *
 * @param rows   the rows of this page, by date
 * @param total  rows of all pages
 * @param number 1-based
 * @param params the request's parameters without {@code page}, kept in the pager and feed links
 */
public record EarningsPage(List<EarningsRow> rows, int total, int number, MultiValueMap<String, String> params) {

    static final int SIZE = 50;

    public EarningsPage {
        rows = List.copyOf(rows);
    }

    static EarningsPage of(List<EarningsRow> all, MultiValueMap<String, String> params) {
        MultiValueMap<String, String> rest = new LinkedMultiValueMap<>(params);
        String page = rest.getFirst("page");
        rest.remove("page");
        int number;
        try {
            number = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("'page' must be a whole number, was '" + page + "'");
        }
        if (number < 1) {
            throw new BadRequestException("'page' must be 1 or more, was " + number);
        }
        int from = Math.min(all.size(), (number - 1) * SIZE);
        return new EarningsPage(all.subList(from, Math.min(all.size(), from + SIZE)), all.size(), number, rest);
    }

    public int pageCount() {
        return Math.max(1, (total + SIZE - 1) / SIZE);
    }

    public String pageUrl(int page) {
        UriComponentsBuilder url =
                UriComponentsBuilder.fromPath(WebPaths.EARNINGS).queryParams(params);
        if (page != 1) {
            url.queryParam("page", page);
        }
        return url.encode().build().toUriString();
    }

    public String icsUrl() {
        return UriComponentsBuilder.fromPath(WebPaths.EARNINGS_ICS)
                .queryParams(params)
                .encode()
                .build()
                .toUriString();
    }

    public String jsonUrl() {
        return UriComponentsBuilder.fromPath(WebPaths.API_EARNINGS)
                .queryParams(params)
                .encode()
                .build()
                .toUriString();
    }
}
