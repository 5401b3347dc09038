package de.nachlese.ingest;

import java.util.List;

/**
 * One normalised line of an issue, the common currency of all readers: plain text and HTML both become lines,
 * and the splitters only ever see lines.
 *
 * @param paragraphStart true when a blank line (text) or a new block element (HTML) came before it
 * @param heading        0 for running text, 1–6 for a heading of that level (h1–h6, "#" to "######"),
 *                       {@link #BOLD} for a block that is bold from start to end ("**Headline**")
 * @param boldPrefix     how many leading characters of {@code text} are bold (a bold lead-in), 0 if none
 * @param number         1-based line number in the input file, or 0 when the reader has none (HTML blocks)
 */
record Line(String text, List<Link> links, boolean paragraphStart, int heading, int boldPrefix, int number) {

    static final int BOLD = 7;

    Line {
        links = List.copyOf(links);
        if (heading < 0 || heading > BOLD || boldPrefix < 0 || boldPrefix > text.length()) {
            throw new IllegalArgumentException("heading " + heading + ", bold prefix " + boldPrefix + " for: " + text);
        }
    }

    /** A line of marked-up input (HTML, Markdown), which has no line numbers of its own. */
    Line(String text, List<Link> links, boolean paragraphStart, int heading, int boldPrefix) {
        this(text, links, paragraphStart, heading, boldPrefix, 0);
    }

    /** A line of plain text, numbered as in its file. */
    Line(String text, List<Link> links, boolean paragraphStart, int number) {
        this(text, links, paragraphStart, 0, 0, number);
    }

    Line(String text, List<Link> links, boolean paragraphStart) {
        this(text, links, paragraphStart, 0, 0, 0);
    }

    static Line of(String text, boolean paragraphStart) {
        return new Line(text, List.of(), paragraphStart);
    }
}
