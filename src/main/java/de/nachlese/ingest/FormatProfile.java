package de.nachlese.ingest;

import de.nachlese.model.ItemType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one newsletter format looks like, as data, so that another newsletter needs a new profile rather than a new
 * splitter. The splitter is strict about these markers and tolerant about whitespace, emoji and character noise.
 *
 * @param preambleEmojis   emojis that open greeting and thank-you paragraphs before the lead (compared without
 *                         variation selectors)
 * @param moreNewsMarker   the line that ends the lead story and opens the short news
 * @param sectionLabels    labels before a colon that start a typed section, e.g. "Chart der Woche" → chart
 * @param sourcesMarker    the emoji that opens a line of cited outlets
 * @param outletSeparators how outlets on that line are separated
 * @param calendarLine     a line of the earnings calendar
 * @param footerStarts     line beginnings that start the footer, whatever came before
 */
public record FormatProfile(String name, Set<String> preambleEmojis, Pattern moreNewsMarker,
                            Map<String, ItemType> sectionLabels, String sourcesMarker, Pattern outletSeparators,
                            Pattern calendarLine, List<String> footerStarts) {

    public FormatProfile {
        preambleEmojis = Set.copyOf(preambleEmojis);
        sectionLabels = Map.copyOf(sectionLabels);
        footerStarts = List.copyOf(footerStarts);
    }

    /** German weekly tech newsletters in the style of the Doppelgänger Update and the bundled demo. */
    public static final FormatProfile GERMAN_WEEKLY = new FormatProfile(
            "german-weekly",
            Set.of("👋", "❤"),
            Pattern.compile("^Das sind die (weiteren|übrigen) News der Woche:?$", Pattern.CASE_INSENSITIVE),
            Map.of("chart der woche", ItemType.CHART,
                    "hörenswert", ItemType.LISTEN,
                    "earnings season", ItemType.EARNINGS,
                    "earnings der woche", ItemType.EARNINGS,
                    "quartalszahlen der woche", ItemType.EARNINGS),
            "🔗",
            Pattern.compile("\\s*[|·•]\\s*"),
            Pattern.compile("^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\\s+"
                    + GermanDates.DAY_MONTH + "\\s*:.*$"),
            List.of("Dieser Newsletter wird", "Danke für Deine Zeit", "Danke für deine Zeit", "Danke fürs Lesen",
                    "📮", "Oder nutze diesen Link"));
}
