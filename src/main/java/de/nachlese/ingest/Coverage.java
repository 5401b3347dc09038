package de.nachlese.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where every non-blank line of one issue went. The splitter accounts for each line exactly once, whichever profile
 * it followed: into an item, into a known non-item (header, greeting, marker, ad, referral, footer, web chrome), or as a
 * leftover. Leftover lines are never dropped: they are appended to the body of the item before them (the first item
 * when none comes before), so they stay searchable, and they are listed here for the report.
 *
 * @param profile   the layout profile that split the issue ("german-weekly", "headings", a publisher's own)
 * @param fates     one fate per non-blank line of the issue, in reading order
 * @param bodyChars characters of all non-blank lines
 * @param itemChars characters of the lines the rules put into items (leftovers not counted)
 * @param leftovers lines no rule placed, with their line numbers
 * @param ads       ad and sponsor lines that were skipped, with their line numbers
 */
public record Coverage(
        String profile, List<Fate> fates, int bodyChars, int itemChars, List<Leftover> leftovers, List<Leftover> ads) {

    /** What became of one line. */
    public enum Fate {
        HEADER,
        GREETING,
        ITEM,
        MARKER,
        AD,
        REFERRAL,
        FOOTER,
        /** Web-page and e-mail chrome: "View in browser", "Share", "Subscribe". */
        CHROME,
        LEFTOVER;

        /** True for the known non-items that are skipped on purpose. */
        public boolean knownNonItem() {
            return this != ITEM && this != LEFTOVER;
        }
    }

    /** A line of the issue: its line number in the file (or its place among the non-blank lines) and its text. */
    public record Leftover(int line, String text) {
        public Leftover {
            Objects.requireNonNull(text, "text");
        }
    }

    public Coverage {
        Objects.requireNonNull(profile, "profile");
        fates = List.copyOf(fates);
        leftovers = List.copyOf(leftovers);
        ads = List.copyOf(ads);
        if (itemChars < 0 || itemChars > bodyChars) {
            throw new IllegalArgumentException("itemChars " + itemChars + " outside 0.." + bodyChars);
        }
        if (fates.stream().filter(f -> f == Fate.LEFTOVER).count() != leftovers.size()) {
            throw new IllegalArgumentException("every leftover line is listed, and only those");
        }
    }

    /** For issues that did not go through the splitter's accounting. */
    public static final Coverage UNKNOWN = new Coverage("unknown", List.of(), 0, 0, List.of(), List.of());

    /** Share of the characters that landed in items, 0..1 (1 for an issue without text). */
    public double itemShare() {
        return bodyChars == 0 ? 1.0 : (double) itemChars / bodyChars;
    }

    /** Lines per fate, for tests and the report. */
    public Map<Fate, Long> linesPerFate() {
        return fates.stream()
                .collect(Collectors.groupingBy(
                        f -> f, () -> new java.util.EnumMap<>(Fate.class), Collectors.counting()));
    }
}
