package de.nachlese.web;

import de.nachlese.model.EarningsEntry;
import de.nachlese.model.TextChars;
import de.nachlese.search.ItemSearcher;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The earnings calendars of all issues as one calendar: JSON for programs, ICS for calendar apps. Takes the search
 * parameters, so {@code ?company=SAP} or {@code ?from=2025-04-01} narrow it.
 */
@RestController
class EarningsController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final ItemSearcher searcher;
    private final TrustedHosts hosts;

    EarningsController(ItemSearcher searcher, TrustedHosts hosts) {
        this.searcher = searcher;
        this.hosts = hosts;
    }

    /** One report date; {@code item} is the permalink of the calendar it was announced in. */
    record EarningsJson(String company, String date, String timing, String item) {}

    @GetMapping(WebPaths.API_EARNINGS)
    List<EarningsJson> json(@RequestParam MultiValueMap<String, String> params) throws IOException {
        return entries(params).stream()
                .map(e -> new EarningsJson(
                        e.entry().company(),
                        e.entry().date().toString(),
                        e.entry().timing().name(),
                        WebPaths.item(e.itemId())))
                .toList();
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
        for (EarningsRow dated : entries(params)) {
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
        return ResponseEntity.ok().contentType(CALENDAR).body(ics.toString());
    }

    private List<EarningsRow> entries(MultiValueMap<String, String> params) throws IOException {
        return EarningsRow.all(searcher, params);
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
