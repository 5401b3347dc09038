package de.nachlese.web;

import de.nachlese.model.EarningsEntry;
import de.nachlese.model.Facet;
import de.nachlese.model.TextChars;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The earnings calendars of all issues as one calendar: JSON for programs, ICS for calendar apps. Takes the search
 * parameters, so {@code ?company=SAP} or {@code ?from=2025-04-01} narrow it. Without {@code from} and {@code until}
 * it covers a window of {@link #DEFAULT_WINDOW_MONTHS} months: an archive of decades would otherwise answer megabytes
 * at once. A {@code Link: rel="prev"} header names the window before.
 */
@RestController
class EarningsController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The default window: report dates from this many months before the newest calendar's issue on. */
    static final int DEFAULT_WINDOW_MONTHS = 12;

    private final ItemSearcher searcher;

    private final TrustedHosts hosts;

    EarningsController(ItemSearcher searcher, TrustedHosts hosts) {
        this.searcher = searcher;
        this.hosts = hosts;
    }

    /** One report date; {@code item} is the permalink of the calendar it was announced in. */
    record EarningsJson(String company, String date, String timing, String item) {}

    @GetMapping(WebPaths.API_EARNINGS)
    ResponseEntity<List<EarningsJson>> json(@RequestParam MultiValueMap<String, String> params) throws IOException {
        Calendar calendar = entries(params);
        return withLinks(ResponseEntity.ok(), WebPaths.API_EARNINGS, params, calendar.window())
                .body(calendar.entries().stream()
                        .map(e -> new EarningsJson(
                                e.entry().company(),
                                e.entry().date().toString(),
                                e.entry().timing().name(),
                                WebPaths.item(e.itemId())))
                        .toList());
    }

    /** The report dates of one calendar answer; {@code from} and {@code until} are null where it is open. */
    record Window(LocalDate from, LocalDate until) {}

    private record Calendar(List<EarningsRow> entries, Window window) {}

    /** {@code Link: <…?from=…&until=…>; rel="prev"}: the window of the same length before this one. */
    private static ResponseEntity.BodyBuilder withLinks(
            ResponseEntity.BodyBuilder response, String path, MultiValueMap<String, String> params, Window window) {
        if (window.from() == null) {
            return response;
        }
        LocalDate prevUntil = window.from().minusDays(1);
        LocalDate prevFrom = window.until() == null
                ? window.from().minusMonths(DEFAULT_WINDOW_MONTHS)
                : window.from().minusDays(ChronoUnit.DAYS.between(window.from(), window.until()) + 1);
        String prev = UriComponentsBuilder.fromPath(path)
                .queryParams(params)
                .replaceQueryParam("from", prevFrom)
                .replaceQueryParam("until", prevUntil)
                .encode()
                .build()
                .toUriString();
        return response.header(HttpHeaders.LINK, "<" + prev + ">; rel=\"prev\"");
    }

    @GetMapping(WebPaths.EARNINGS_ICS)
    ResponseEntity<String> ics(@RequestParam MultiValueMap<String, String> params) throws IOException {
        String base = hosts.baseUrl();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Nachlese//Earnings//DE");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(Messages.t("earnings.calendar")));
        Calendar calendar = entries(params);
        for (EarningsRow dated : calendar.entries()) {
            EarningsEntry entry = dated.entry();
            String date = entry.date().format(ICS_DATE);
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + text(entry.company().replaceAll("[^A-Za-z0-9]", "") + "-" + date + "@nachlese"));
            line(ics, "DTSTAMP:" + date + "T000000Z");
            line(ics, "DTSTART;VALUE=DATE:" + date);
            line(ics, "DTEND;VALUE=DATE:" + entry.date().plusDays(1).format(ICS_DATE));
            line(
                    ics,
                    "SUMMARY:"
                            + text(Messages.t(
                                    "earnings.summary",
                                    entry.company(),
                                    Messages.t("earnings." + entry.timing().name()))));
            line(ics, "URL:" + base + WebPaths.item(dated.itemId()));
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return withLinks(ResponseEntity.ok(), WebPaths.EARNINGS_ICS, params, calendar.window())
                .contentType(CALENDAR)
                .body(ics.toString());
    }

    /** Every calendar entry of the matching earnings items in the window, by date. */
    private Calendar entries(MultiValueMap<String, String> params) throws IOException {
        SearchRequest asked = SearchParams.parse(params);
        Window window = window(searcher, asked);
        return new Calendar(EarningsRow.all(searcher, asked, window.from(), window.until()), window);
    }

    /** The asked window, or by default the months before the newest matching calendar's issue, and all after. */
    static Window window(ItemSearcher searcher, SearchRequest asked) throws IOException {
        Map<Facet, List<String>> filters = EarningsRow.calendarFilters(asked);
        if (asked.from() != null || asked.until() != null) {
            return new Window(asked.from(), asked.until());
        }
        SearchPage newest = searcher.search(SearchRequest.builder()
                .query(asked.query())
                .filters(filters)
                .sort(SortOrder.NEWEST)
                .size(1)
                .build());
        if (newest.hits().isEmpty()) {
            return new Window(null, null);
        }
        return new Window(newest.hits().getFirst().stored().date().minusMonths(DEFAULT_WINDOW_MONTHS), null);
    }

    /**
     * RFC 5545 text: backslash, comma, semicolon and newline escaped; control characters (TEXT excludes them) and
     * the code points {@link TextChars} forbids dropped.
     */
    private static String text(String value) {
        return TextChars.clean(value)
                .replace("\r", "")
                .replace("\t", " ")
                .replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }

    /** RFC 5545 lines end in CRLF and fold at 75 octets; our lines stay short, but folding keeps long names valid. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        StringBuilder current = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 74) {
                ics.append(current).append("\r\n ");
                current.setLength(0);
                octets = 0;
            }
            current.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append(current).append("\r\n");
    }
}
