package de.nachlese.ingest;

import de.nachlese.model.ItemType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one newsletter format looks like, as data, so that another newsletter needs a new profile rather than a new
 * splitter. The splitter is strict about these markers and tolerant about whitespace, emoji, counters such as
 * "(1/2)" and character noise. A publisher writes a profile as a file ({@link LayoutProfileFile}); the bundled German
 * weekly profile is such a file.
 *
 * @param preambleEmojis   emojis that open greeting and thank-you paragraphs before the lead (compared without
 *                         variation selectors)
 * @param moreNewsMarker   the line that ends the lead story and opens the short news
 * @param sectionLabels    labels that start a typed section, lower case, e.g. "chart der woche" → chart
 * @param sourcesMarker    the emoji that opens a line of cited outlets
 * @param outletSeparators how outlets on a sources line are separated
 * @param calendarLine     a line of the earnings calendar
 * @param footerStarts     line beginnings that start the footer, whatever came before
 * @param sourcePrefixes   every beginning of a sources line ("🔗", "Quelle:"), the sources marker included
 * @param inlineSource     a cited outlet at the end of a body line, "(via Golem)"; group 1 holds the outlets
 * @param questionLabels   labels whose text is the item's headline, e.g. "frage" in "❓ Frage: Wie …?"
 * @param adMarkers        beginnings of an ad or sponsor block, skipped and reported, never an item
 * @param referralMarkers  beginnings of a referral, job board or house block, skipped as a known non-item
 */
public record FormatProfile(
        String name,
        Set<String> preambleEmojis,
        Pattern moreNewsMarker,
        Map<String, ItemType> sectionLabels,
        String sourcesMarker,
        Pattern outletSeparators,
        Pattern calendarLine,
        List<String> footerStarts,
        List<String> sourcePrefixes,
        Pattern inlineSource,
        List<String> questionLabels,
        List<String> adMarkers,
        List<String> referralMarkers) {

    private static final Pattern NEVER = Pattern.compile("(?!)");

    public FormatProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a layout profile needs a name");
        }
        preambleEmojis = Set.copyOf(preambleEmojis);
        sectionLabels = Map.copyOf(sectionLabels);
        footerStarts = List.copyOf(footerStarts);
        sourcePrefixes = sourcePrefixes.contains(sourcesMarker)
                ? List.copyOf(sourcePrefixes)
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(sourcesMarker), sourcePrefixes.stream())
                        .toList();
        inlineSource = inlineSource == null ? NEVER : inlineSource;
        questionLabels = List.copyOf(questionLabels);
        adMarkers = List.copyOf(adMarkers);
        referralMarkers = List.copyOf(referralMarkers);
        sectionLabels.keySet().forEach(label -> {
            if (!label.equals(label.strip().toLowerCase(java.util.Locale.GERMAN)) || label.isEmpty()) {
                throw new IllegalArgumentException("section labels are stripped lower case: \"" + label + "\"");
            }
        });
    }

    /** A profile with only the original markers: one sources marker, no ads, questions or inline sources. */
    public FormatProfile(
            String name,
            Set<String> preambleEmojis,
            Pattern moreNewsMarker,
            Map<String, ItemType> sectionLabels,
            String sourcesMarker,
            Pattern outletSeparators,
            Pattern calendarLine,
            List<String> footerStarts) {
        this(
                name,
                preambleEmojis,
                moreNewsMarker,
                sectionLabels,
                sourcesMarker,
                outletSeparators,
                calendarLine,
                footerStarts,
                List.of(sourcesMarker),
                NEVER,
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * German weekly tech newsletters in the style of the Doppelgänger Update and the bundled demo, with the rubric
     * names, source forms and ad markers such newsletters drifted through over the years. Read from
     * {@code german-weekly.profile} on the class path.
     */
    public static final FormatProfile GERMAN_WEEKLY = LayoutProfileFile.bundled("german-weekly.profile");
}
