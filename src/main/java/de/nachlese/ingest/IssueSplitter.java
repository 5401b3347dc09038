package de.nachlese.ingest;

import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits the lines of one issue into its items. Every reader (plain text, HTML) produces {@link Line}s, so this is the
 * one place where the structure of a newsletter is understood:
 * <pre>
 *   title line            "KW5 - Train, Baby, Train!"
 *   publication line      "Doppelgänger Update (BETA)"
 *   byline                "Von Name · 27. Januar 2025"
 *   preamble              greeting and thanks paragraphs (👋, ❤️)
 *   lead                  emoji + headline, then paragraphs up to the more-news marker
 *   news                  "emoji Headline: body" + "🔗 Outlet | Outlet"
 *   sections              "[emoji] Label: Headline", body, 🔗 line or calendar lines
 *   footer                anything after the last item, or a footer marker
 * </pre>
 */
final class IssueSplitter {

    private static final Pattern WEEK_TITLE = Pattern.compile("^KW\\s*(\\d{1,2})\\s*[-–—:|]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^Von\\s+(.+?)\\s*[·|•–—-]\\s*(.*\\d{4})\\s*$");
    private static final Pattern EDITION = Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)$");
    private static final int MAX_HEADER_LINES = 6;
    private static final int MAX_NEWS_HEADLINE_CHARS = 200;
    private static final int MAX_ID_SLUG_CHARS = 60;

    private final FormatProfile profile;

    IssueSplitter(FormatProfile profile) {
        this.profile = profile;
    }

    /** @param format how the input was written ("text", "html"), kept in the issue's metadata */
    ParsedIssue split(List<Line> lines, String origin, String format) throws IssueFormatException {
        return split(lines, origin, format, IssueHints.NONE);
    }

    /**
     * @param format how the input was written ("text", "html", "eml", ...), kept in the issue's metadata
     * @param hints  what the container knows (e.g. an e-mail's Date header), used where the text is silent
     */
    ParsedIssue split(List<Line> lines, String origin, String format, IssueHints hints) throws IssueFormatException {
        if (lines.isEmpty()) {
            throw new IssueFormatException("the file holds no text");
        }
        List<String> warnings = new ArrayList<>();
        Header header = readHeader(lines, hints, warnings);
        header.metadata().put("format", format);
        int i = skipPreamble(lines, header.endIndex());
        if (i >= lines.size()) {
            throw new IssueFormatException("no lead story after the greeting");
        }
        List<Draft> drafts = new ArrayList<>();
        i = readLead(lines, i, drafts, warnings);
        readSections(lines, i, drafts, warnings);
        if (drafts.isEmpty()) {
            throw new IssueFormatException("no items found: no lead story and no \"emoji Headline: text\" lines");
        }

        String publicationSlug = Slugs.slug(header.publication(), MAX_ID_SLUG_CHARS);
        if (publicationSlug.isEmpty()) {
            // found by IngestFuzzTest: a publication line of only punctuation gave an id starting with "-"
            throw new IssueFormatException("the publication line \"" + abbreviate(header.publication())
                    + "\" holds no letter or digit to name the issue by");
        }
        String issueId = publicationSlug + "-" + header.week().toString().toLowerCase(Locale.ROOT);
        List<Item> items = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Draft draft : drafts) {
            String id = uniqueId(issueId + "-" + Slugs.slug(draft.headline, MAX_ID_SLUG_CHARS), usedIds);
            items.add(new Item(id, items.size() + 1, draft.type, draft.emoji, draft.headline, draft.body.toString(),
                    draft.sources, Tags.NONE));
        }
        Issue issue = new Issue(issueId, header.publication(), header.title(), header.week(), header.date(), origin,
                header.metadata(), items);
        return new ParsedIssue(issue, warnings);
    }

    private record Header(String title, String publication, LocalDate date, IsoWeek week, Map<String, String> metadata,
                          int endIndex) {
    }

    private Header readHeader(List<Line> lines, IssueHints hints, List<String> warnings) throws IssueFormatException {
        Map<String, String> metadata = new LinkedHashMap<>();
        String title = lines.get(0).text();
        Integer weekHint = null;
        Matcher weekTitle = WEEK_TITLE.matcher(title);
        if (weekTitle.matches()) {
            weekHint = Integer.parseInt(weekTitle.group(1));
            title = weekTitle.group(2).strip();
            metadata.put("weekLabel", "KW" + weekHint);
        }
        String publication = null;
        LocalDate date = null;
        int end = 1;
        while (end < lines.size() && end <= MAX_HEADER_LINES && !Emoji.split(lines.get(end).text()).hasEmoji()) {
            String text = lines.get(end).text();
            Matcher byline = BYLINE.matcher(text);
            if (date == null && byline.matches() && GermanDates.find(byline.group(2)).isPresent()) {
                metadata.put("author", byline.group(1).strip());
                date = GermanDates.find(byline.group(2)).get();
            } else if (publication == null) {
                publication = text;
            }
            end++;
        }
        if (publication == null) {
            throw new IssueFormatException("no publication line after the title line \"" + lines.get(0).text() + "\"");
        }
        Matcher edition = EDITION.matcher(publication);
        if (edition.matches()) {
            publication = edition.group(1);
            metadata.put("edition", edition.group(2));
        }
        if (date == null && hints.date() != null) {
            date = hints.date();
            warnings.add("no byline date, used the " + hints.dateSource() + ": " + date);
        }
        if (date == null) {
            String all = lines.stream().map(Line::text).collect(Collectors.joining("\n"));
            Optional<LocalDate> found = GermanDates.find(all);
            if (found.isEmpty()) {
                throw new IssueFormatException("no publication date: neither a byline \"Von … · 27. Januar 2025\" nor any date in the text");
            }
            date = found.get();
            warnings.add("no byline date, used the first date in the text: " + date);
        }
        if (!IsoWeek.supports(date)) {
            // found by IngestFuzzTest: "10. März 4050" in a byline made IsoWeek throw instead of refusing the file
            throw new IssueFormatException("publication date " + date + " is outside the years " + IsoWeek.MIN_YEAR
                    + "–" + IsoWeek.MAX_YEAR);
        }
        IsoWeek week = IsoWeek.of(date);
        if (weekHint != null && weekHint != week.week()) {
            warnings.add("title says KW" + weekHint + " but the date " + date + " is in " + week + "; the date wins");
        }
        return new Header(title, publication, date, week, metadata, end);
    }

    private int skipPreamble(List<Line> lines, int i) {
        while (i < lines.size()) {
            Emoji.Split split = Emoji.split(lines.get(i).text());
            if (!split.hasEmoji() || !profile.preambleEmojis().contains(Emoji.bare(split.emoji()))) {
                return i;
            }
            i = endOfParagraph(lines, i);
        }
        return i;
    }

    private static int endOfParagraph(List<Line> lines, int i) {
        int next = i + 1;
        while (next < lines.size() && !lines.get(next).paragraphStart()) {
            next++;
        }
        return next;
    }

    private int readLead(List<Line> lines, int i, List<Draft> drafts, List<String> warnings) {
        Emoji.Split headline = Emoji.split(lines.get(i).text());
        // a line of only an emoji is no headline (found by IngestFuzzTest: it made an item without a headline)
        if (sectionStart(lines.get(i).text()) != null || !isLeadHeadline(lines, i) || headline.rest().isBlank()) {
            warnings.add("no lead story: the issue starts with its short news");
            return i;
        }
        Draft lead = new Draft(ItemType.LEAD, headline.emoji(), headline.rest());
        drafts.add(lead);
        i++;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (profile.moreNewsMarker().matcher(line.text()).matches()) {
                return i + 1;
            }
            if (isFooter(line.text())) {
                return i;
            }
            if (line.paragraphStart() && (sectionStart(line.text()) != null || newsStart(line.text()) != null)) {
                warnings.add("no \"Das sind die weiteren News der Woche\" line; the lead ends at \"" + abbreviate(line.text()) + "\"");
                return i;
            }
            lead.append(line);
            i++;
        }
        return i;
    }

    /**
     * A lead headline stands alone: one line, followed by a paragraph of body text. A headline may hold ": "
     * ("Stargate UAE: OpenAI baut …"), so that alone does not make it a news item; a news item carries its body on
     * the same line and is followed by its 🔗 line or the next item.
     */
    private boolean isLeadHeadline(List<Line> lines, int i) {
        if (i + 1 >= lines.size() || !lines.get(i + 1).paragraphStart()) {
            return false;
        }
        String next = lines.get(i + 1).text();
        return !next.startsWith(profile.sourcesMarker()) && !Emoji.split(next).hasEmoji()
                && lines.get(i).text().length() <= MAX_NEWS_HEADLINE_CHARS;
    }

    private void readSections(List<Line> lines, int i, List<Draft> drafts, List<String> warnings) {
        Draft current = null;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            if (isFooter(text)) {
                return;
            }
            Draft started = sectionStart(text);
            if (started == null) {
                started = newsStart(text);
            }
            if (started != null) {
                current = started;
                drafts.add(current);
            } else if (text.startsWith(profile.sourcesMarker())) {
                if (current == null) {
                    warnings.add("sources line without an item: \"" + abbreviate(text) + "\"");
                } else {
                    current.sources.addAll(parseSources(line));
                    current.closed = true;
                }
            } else if (current != null && current.type == ItemType.EARNINGS) {
                if (!profile.calendarLine().matcher(text).matches()) {
                    return; // the calendar is the last section; what follows is the footer
                }
                current.append(line);
            } else if (current != null && !current.closed) {
                current.append(line);
            } else if (profile.moreNewsMarker().matcher(text).matches()) {
                continue;
            } else {
                return; // text after a finished item that starts nothing new: the footer
            }
        }
    }

    /** "[emoji] Chart der Woche: Headline" → a typed section, or null. */
    private Draft sectionStart(String text) {
        Emoji.Split split = Emoji.split(text);
        int colon = split.rest().indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String label = split.rest().substring(0, colon).strip().toLowerCase(Locale.GERMAN);
        ItemType type = profile.sectionLabels().get(label);
        if (type == null) {
            return null;
        }
        String headline = split.rest().substring(colon + 1).strip();
        return new Draft(type, split.emoji(), headline.isEmpty() ? split.rest().substring(0, colon).strip() : headline);
    }

    /** "emoji Headline: body" → a news item, or null. */
    private Draft newsStart(String text) {
        Emoji.Split split = Emoji.split(text);
        if (!split.hasEmoji() || text.startsWith(profile.sourcesMarker())) {
            return null;
        }
        int colon = split.rest().indexOf(": ");
        if (colon <= 0 || colon > MAX_NEWS_HEADLINE_CHARS || split.rest().substring(0, colon).isBlank()) {
            return null;
        }
        Draft draft = new Draft(ItemType.NEWS, split.emoji(), split.rest().substring(0, colon));
        draft.body.append(split.rest().substring(colon + 2).strip());
        return draft;
    }

    private boolean isFooter(String text) {
        return profile.footerStarts().stream().anyMatch(text::startsWith);
    }

    private List<Source> parseSources(Line line) {
        String rest = line.text().substring(profile.sourcesMarker().length()).strip();
        List<Source> sources = new ArrayList<>();
        for (String outlet : profile.outletSeparators().split(rest)) {
            if (outlet.isBlank()) {
                continue;
            }
            String url = line.links().stream()
                    .filter(link -> link.text().strip().equalsIgnoreCase(outlet.strip()))
                    .map(Link::url)
                    .findFirst().orElse(null);
            sources.add(new Source(outlet, url));
        }
        return sources;
    }

    private static String uniqueId(String base, Set<String> used) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** An item while its lines are being collected. */
    private static final class Draft {
        final ItemType type;
        final String emoji;
        final String headline;
        final StringBuilder body = new StringBuilder();
        final List<Source> sources = new ArrayList<>();
        boolean closed;

        Draft(ItemType type, String emoji, String headline) {
            this.type = type;
            this.emoji = emoji;
            this.headline = headline;
        }

        void append(Line line) {
            if (!body.isEmpty()) {
                body.append(line.paragraphStart() ? "\n\n" : "\n");
            }
            body.append(line.text());
        }
    }
}
