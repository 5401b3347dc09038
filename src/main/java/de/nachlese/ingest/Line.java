package de.nachlese.ingest;

import java.util.List;

/**
 * One normalised line of an issue, the common currency of all readers: plain text and HTML both become lines,
 * and {@link IssueSplitter} only ever sees lines.
 *
 * @param paragraphStart true when a blank line (text) or a new block element (HTML) came before it
 * @param number         1-based line number in the input file, or 0 when the reader has none (HTML blocks)
 */
record Line(String text, List<Link> links, boolean paragraphStart, int number) {

    Line {
        links = List.copyOf(links);
    }

    Line(String text, List<Link> links, boolean paragraphStart) {
        this(text, links, paragraphStart, 0);
    }

    static Line of(String text, boolean paragraphStart) {
        return new Line(text, List.of(), paragraphStart, 0);
    }
}
