package de.nachlese.ingest;

import de.nachlese.ingest.Coverage.Fate;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The generic profile ("headings"): any HTML or Markdown newsletter whose items start with a heading (h2–h6, a
 * wholly bold line) or a bold lead-in ("<b>Headline.</b> text"), as Substack, Ghost, beehiiv, Buttondown, Mailchimp
 * and Kit issues do. A heading with no text under it labels a section and is no item; text before the first heading
 * is the greeting when it is short, and a longer introduction stays searchable as leftover lines at the start of the
 * first item; "View in browser" and "Share" lines are web chrome; a footer line ("Unsubscribe", "Abmelden", "©") ends
 * the issue. A heading that starts with one of the reading profile's section labels ("📊 Chart der Woche: …",
 * "Podcast-Tipp: …") gives its item the label's type and the rest as headline; a heading that is only the label
 * types the item of the heading right after it. Every line's fate is in the issue's {@link Coverage}, as for the
 * weekly profile. Title, publication and date come from the container (Subject, From, the export's row, the page's
 * meta tags) and else from the text ({@link TextDates}).
 *
 * <p>About 350 lines: the heading rules, the section labels and the line accounting of one profile belong together,
 * as in {@link IssueSplitter}; dates are read by {@link TextDates}.
 */
final class HeadingSplitter {

    static final String PROFILE = "headings";
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_ID_SLUG_CHARS = 60;
    /**
     * Text before the first heading up to this length is a greeting ("Good morning! Here is what moved this week.",
     * 40 to 120 characters in the fixtures); beyond it, it is an introduction worth finding, kept as leftover lines
     * at the start of the first item.
     */
    private static final int MAX_GREETING_CHARS = 300;

    private static final List<String> FOOTER_STARTS = List.of(
            "unsubscribe",
            "you are receiving",
            "you're receiving",
            "you received this",
            "update your preferences",
            "manage your subscription",
            "abmelden",
            "abbestellen",
            "du erhältst diese",
            "sie erhalten diese",
            "newsletter abbestellen",
            "©",
            "copyright");
    private static final Set<String> NOISE = Set.of(
            "view in browser",
            "view online",
            "read online",
            "read in app",
            "im browser ansehen",
            "im browser lesen",
            "share",
            "subscribe",
            "subscribe now",
            "teilen",
            "abonnieren",
            "forward to a friend",
            "weiterleiten");
    private static final Pattern HEADLINE_END = Pattern.compile("[\\s.:–—-]+$");

    /** The section labels of the profile the issue is read with; none for the bare generic profile. */
    private final LineRules rules;

    HeadingSplitter() {
        this(null);
    }

    /** @param profile whose section labels type a heading's item ("Chart der Woche" → chart); null for none */
    HeadingSplitter(FormatProfile profile) {
        this.rules = profile == null ? null : new LineRules(profile);
    }

    /** Reads a body's text into lines the way this profile needs them (headings kept) and splits it. */
    ParsedIssue read(Body body, String text, IssueHints hints) throws IssueFormatException {
        List<String> warnings = new ArrayList<>();
        List<Line> lines;
        if (body.html()) {
            HtmlReader.Page page = HtmlReader.page(text, "", hints);
            lines = page.lines();
            hints = page.hints();
        } else {
            lines = MarkdownReader.lines(text);
        }
        ParsedIssue parsed = split(lines, body.origin(), body.format().id(), hints);
        warnings.addAll(parsed.warnings());
        return new ParsedIssue(parsed.issue(), warnings, parsed.coverage());
    }

    ParsedIssue split(List<Line> lines, String origin, String format, IssueHints hints) throws IssueFormatException {
        if (lines.isEmpty()) {
            throw new IssueFormatException("the file holds no text");
        }
        List<String> warnings = new ArrayList<>();
        Fate[] fates = new Fate[lines.size()];
        int i = 0;
        String title = hints.title();
        Line first = lines.get(0);
        if (first.heading() == 1 || title == null || sameText(first.text(), title)) {
            title = title == null ? first.text() : title;
            fates[0] = Fate.HEADER;
            i = 1;
        }
        String publication = hints.publication();
        if (publication == null) {
            publication = title;
            warnings.add("no publication name in the container; used the title \"" + title + "\"");
        }
        String publicationSlug = Slugs.slug(publication, MAX_ID_SLUG_CHARS);
        if (publicationSlug.isEmpty()) {
            throw new IssueFormatException(
                    "the publication \"" + publication + "\" holds no letter or digit to name the issue by");
        }
        LocalDate date = hints.date();
        if (date == null) {
            date = TextDates.first(lines.stream().map(Line::text).collect(Collectors.joining("\n")))
                    .orElseThrow(() -> new IssueFormatException(
                            "no publication date: none in the container and none in the text"));
            warnings.add("no date in the container, used the first date in the text: " + date);
        }
        if (!IsoWeek.supports(date)) {
            throw new IssueFormatException(
                    "publication date " + date + " is outside the years " + IsoWeek.MIN_YEAR + "–" + IsoWeek.MAX_YEAR);
        }
        List<Draft> drafts = readItems(lines, i, title, fates, warnings);
        if (drafts.isEmpty()) {
            throw new IssueFormatException(
                    "no items found: no heading (h2–h6, a bold line) or bold lead-in with text under it");
        }
        IsoWeek week = IsoWeek.of(date);
        String issueId = publicationSlug + "-" + week.toString().toLowerCase(Locale.ROOT);
        List<Item> items = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Draft draft : drafts) {
            Emoji.Split split = Emoji.split(draft.headline);
            String emoji = split.emoji();
            String headline = split.rest().isBlank() ? draft.headline : split.rest();
            ItemType type = draft.sectionType == null ? ItemType.NEWS : draft.sectionType;
            LineRules.Section section = rules == null ? null : rules.section(draft.headline);
            if (section != null) {
                type = section.type();
                emoji = section.emoji();
                headline = section.rest().isEmpty() ? section.label() : section.rest();
            }
            String slug = Slugs.slug(headline, MAX_ID_SLUG_CHARS);
            String id = uniqueId(issueId + "-" + (slug.isEmpty() ? "item-" + (items.size() + 1) : slug), used);
            items.add(new Item(
                    id, items.size() + 1, type, emoji, headline, draft.body.toString(), draft.sources(), Tags.NONE));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", format);
        metadata.put("profile", PROFILE);
        if (!hints.tags().isEmpty()) {
            metadata.put("tags", String.join(", ", hints.tags()));
        }
        Coverage coverage = coverage(lines, fates);
        if (!coverage.leftovers().isEmpty()) {
            warnings.add(coverage.leftovers().size() + " lines before the first heading are too long for a greeting "
                    + "and were kept at the start of the first item");
        }
        return new ParsedIssue(
                new Issue(issueId, publication, title, week, date, origin, metadata, items), warnings, coverage);
    }

    /**
     * Collects the items from line i on and gives every line its fate: a heading or bold lead-in starts an item and
     * the lines under it belong to it; a heading with nothing under it labels a section (a marker); text before the
     * first heading is the greeting; "View in browser" and "Share" lines are web chrome; a footer line ends the issue.
     */
    private List<Draft> readItems(List<Line> lines, int i, String title, Fate[] fates, List<String> warnings) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        List<Integer> intro = new ArrayList<>();
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String lower = line.text().toLowerCase(Locale.ROOT);
            if (FOOTER_STARTS.stream().anyMatch(lower::startsWith)
                    || (lower.length() < 160 && (lower.contains("unsubscribe") || lower.contains("abmelden")))) {
                Arrays.fill(fates, i, lines.size(), Fate.FOOTER);
                break;
            }
            if (line.heading() == 1 && sameText(line.text(), title)) {
                fates[i] = Fate.HEADER;
                continue;
            }
            if (NOISE.contains(HEADLINE_END.matcher(lower).replaceAll(""))) {
                fates[i] = Fate.CHROME;
                continue;
            }
            fates[i] = Fate.ITEM;
            if (line.heading() >= 1 && line.text().length() <= MAX_HEADLINE_CHARS) {
                current = new Draft(HEADLINE_END.matcher(line.text()).replaceAll(""), i);
                current.addLinks(line);
                drafts.add(current);
            } else if (line.paragraphStart()
                    && line.boldPrefix() > 0
                    && line.boldPrefix() <= MAX_HEADLINE_CHARS
                    && line.boldPrefix() < line.text().length()
                    && !HEADLINE_END
                            .matcher(line.text().substring(0, line.boldPrefix()))
                            .replaceAll("")
                            .isBlank()) {
                current = new Draft(
                        HEADLINE_END
                                .matcher(line.text().substring(0, line.boldPrefix()))
                                .replaceAll(""),
                        i);
                current.append(Line.of(line.text().substring(line.boldPrefix()).strip(), true));
                current.addLinks(line);
                drafts.add(current);
            } else if (current != null) {
                current.append(line);
                current.addLinks(line);
            } else {
                fates[i] = Fate.GREETING;
                intro.add(i);
            }
        }
        for (int d = 0; d < drafts.size(); d++) {
            Draft draft = drafts.get(d);
            if (draft.body.isEmpty()) {
                fates[draft.line] = Fate.MARKER; // a heading with nothing under it labels a section
                LineRules.Section section = rules == null ? null : rules.section(draft.headline);
                if (section != null && section.rest().isEmpty() && d + 1 < drafts.size()) {
                    // "Chart der Woche" over the chart's own headline: the label names the type of the item below
                    drafts.get(d + 1).sectionType = section.type();
                }
            }
        }
        drafts.removeIf(d -> d.body.isEmpty());
        keepLongIntro(lines, intro, drafts, fates, warnings);
        return drafts;
    }

    private static void keepLongIntro(
            List<Line> lines, List<Integer> intro, List<Draft> drafts, Fate[] fates, List<String> warnings) {
        if (intro.isEmpty()) {
            return;
        }
        int chars = intro.stream().mapToInt(i -> lines.get(i).text().length()).sum();
        if (chars <= MAX_GREETING_CHARS || drafts.isEmpty()) {
            warnings.add(intro.size() + (intro.size() == 1 ? " line" : " lines")
                    + " before the first heading read as the greeting, not as an item");
            return;
        }
        StringBuilder early = new StringBuilder();
        for (int i : intro) {
            fates[i] = Fate.LEFTOVER;
            early.append(lines.get(i).text()).append("\n\n");
        }
        drafts.get(0).body.insert(0, early);
    }

    /** Where every line went; {@link #readItems} gives each line a fate, so a line without one is a bug here. */
    private static Coverage coverage(List<Line> lines, Fate[] fates) {
        int bodyChars = 0;
        int itemChars = 0;
        List<Coverage.Leftover> leftovers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            bodyChars += line.text().length();
            if (fates[i] == null) {
                throw new IllegalStateException("line " + (i + 1) + " has no fate: " + line.text());
            }
            if (fates[i] == Fate.ITEM) {
                itemChars += line.text().length();
            } else if (fates[i] == Fate.LEFTOVER) {
                leftovers.add(new Coverage.Leftover(line.number() > 0 ? line.number() : i + 1, line.text()));
            }
        }
        return new Coverage(PROFILE, Arrays.asList(fates), bodyChars, itemChars, leftovers, List.of());
    }

    private static boolean sameText(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static String uniqueId(String base, Set<String> used) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** An item while its lines are being collected. */
    private static final class Draft {
        final String headline;
        /** Index of the line that opened it. */
        final int line;

        final StringBuilder body = new StringBuilder();
        final Map<String, String> links = new LinkedHashMap<>();
        /** The type a label-only heading right above gives it; null when none does. */
        ItemType sectionType;

        Draft(String headline, int line) {
            this.headline = headline;
            this.line = line;
        }

        void append(Line line) {
            if (!body.isEmpty()) {
                body.append(line.paragraphStart() ? "\n\n" : "\n");
            }
            body.append(line.text());
        }

        void addLinks(Line line) {
            for (Link link : line.links()) {
                String outlet = link.text().isBlank() || link.text().length() > 60 ? host(link.url()) : link.text();
                if (outlet != null && !outlet.isBlank()) {
                    links.putIfAbsent(link.url(), outlet);
                }
            }
        }

        List<Source> sources() {
            return links.entrySet().stream()
                    .map(e -> new Source(e.getValue(), e.getKey()))
                    .toList();
        }

        private static String host(String url) {
            try {
                return URI.create(url).getHost();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
