package de.nachlese.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown and the plain-text parts of newsletter e-mails, which write the same way: "#" headings, "**Headline**"
 * lines, "**Lead-in.** text", rules of dashes between sections, "[text](url)" links and "text (https://…)" or
 * "text <https://…>" links. Each line keeps its links and whether it is a heading, so the
 * {@link HeadingSplitter} can read it like HTML.
 */
final class MarkdownReader {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern ATX = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-=*_~])(\\s*\\1){2,}\\s*$");
    private static final Pattern WHOLE_BOLD = Pattern.compile("^(\\*\\*|__)(.+?)\\1:?$");
    private static final Pattern BOLD_LEAD = Pattern.compile("^(\\*\\*|__)(.+?)\\1\\s*(.+)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,2}[.)])\\s+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)[^)]*\\)");
    private static final Pattern TRAILING_URL = Pattern.compile("^(.*?)\\s*[(<\\[](https?://[^)>\\]\\s]+)[)>\\]]\\s*$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");

    private MarkdownReader() {}

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        boolean paragraphStart = true;
        for (String raw : LINE_BREAK.split(text)) {
            if (RULE.matcher(raw).matches()) {
                boolean underline = !paragraphStart
                        && !lines.isEmpty()
                        && lines.get(lines.size() - 1).paragraphStart()
                        && raw.strip().charAt(0) != '*'
                        && raw.strip().charAt(0) != '_';
                if (underline) { // "Headline" over "----" or "====": a setext heading, not a rule
                    Line last = lines.remove(lines.size() - 1);
                    lines.add(new Line(
                            last.text(), last.links(), true, raw.strip().charAt(0) == '=' ? 1 : 2, 0));
                }
                paragraphStart = true;
                continue;
            }
            Line line = line(raw, paragraphStart);
            if (line == null) {
                paragraphStart = true;
                continue;
            }
            lines.add(line);
            paragraphStart = false;
        }
        return lines;
    }

    private static Line line(String raw, boolean paragraphStart) {
        String text = IMAGE.matcher(raw).replaceAll("").strip();
        int heading = 0;
        Matcher atx = ATX.matcher(text);
        if (atx.matches()) {
            heading = atx.group(1).length();
            text = atx.group(2);
        }
        boolean bullet = BULLET.matcher(text).find();
        text = BULLET.matcher(text).replaceFirst("");
        List<Link> links = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            links.add(new Link(TextNormalizer.normalize(stripEmphasis(link.group(1))), link.group(2)));
            link.appendReplacement(plain, Matcher.quoteReplacement(link.group(1)));
        }
        link.appendTail(plain);
        text = plain.toString();
        Matcher trailing = TRAILING_URL.matcher(text);
        if (links.isEmpty() && trailing.matches() && !trailing.group(1).isBlank()) {
            // "Read the study (https://…)", as plain-text e-mail parts write links
            text = trailing.group(1);
            String label = TextNormalizer.normalize(stripEmphasis(text));
            links.add(new Link(label.length() <= 80 ? label : "link", trailing.group(2)));
        }
        int boldPrefix = 0;
        Matcher whole = WHOLE_BOLD.matcher(text.strip());
        Matcher lead = BOLD_LEAD.matcher(text.strip());
        if (heading == 0 && whole.matches() && !whole.group(2).contains("**")) {
            heading = Line.BOLD;
            text = whole.group(2) + (text.strip().endsWith(":") ? ":" : "");
        } else if (heading == 0 && lead.matches()) {
            String prefix = TextNormalizer.normalize(stripEmphasis(lead.group(2)));
            text = prefix + " " + lead.group(3);
            boldPrefix = prefix.length();
        }
        String normalized = TextNormalizer.normalize(stripEmphasis(text));
        if (normalized.isEmpty()) {
            return null;
        }
        return new Line(
                normalized,
                links,
                paragraphStart || bullet || heading > 0,
                heading,
                Math.min(boldPrefix, normalized.length()));
    }

    private static String stripEmphasis(String text) {
        return EMPHASIS.matcher(text).replaceAll("$2");
    }
}
