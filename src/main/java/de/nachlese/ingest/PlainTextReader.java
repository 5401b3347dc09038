package de.nachlese.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Plain-text issues: one {@link Line} per non-blank line; blank lines mark paragraphs. */
final class PlainTextReader {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private PlainTextReader() {}

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        boolean paragraphStart = true;
        int number = 0;
        for (String raw : LINE_BREAK.split(text)) {
            number++;
            String normalized = TextNormalizer.normalize(raw);
            if (normalized.isEmpty()) {
                paragraphStart = true;
                continue;
            }
            lines.add(new Line(normalized, List.of(), paragraphStart, number));
            paragraphStart = false;
        }
        return lines;
    }
}
