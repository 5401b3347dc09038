package de.nachlese.ingest;

import java.util.List;

/**
 * One normalised line of an issue, the common currency of all readers: plain text and HTML both become lines,
 * and {@link IssueSplitter} only ever sees lines.
 *
 * @param paragraphStart true when a blank line (text) or a new block element (HTML) came before it
 */
record Line(String text, List<Link> links, boolean paragraphStart) {

    Line {
        links = List.copyOf(links);
    }

    static Line of(String text, boolean paragraphStart) {
        return new Line(text, List.of(), paragraphStart);
    }
}
