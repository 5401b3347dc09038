package de.nachlese.ingest;

import de.nachlese.ingest.Coverage.Fate;
import de.nachlese.ingest.Coverage.Leftover;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the lines of one issue into its items. Every reader (plain text, HTML) produces {@link Line}s, so this is the
 * one place where the structure of a newsletter is understood:
 * <pre>
 *   header                title, publication and byline ({@link HeaderReader})
 *   preamble              greeting and thanks paragraphs (👋, ❤️), intro text before the first item
 *   lead                  headline, then paragraphs up to the more-news marker
 *   news                  "emoji Headline: body" + a sources line ("🔗 Outlet | Outlet", "Quelle: …")
 *   sections              "[emoji] Label (1/2): Headline", body, sources or calendar lines
 *   headings              "❓ Frage: …", "❓ A question?" or "2. A heading" on its own, then body paragraphs
 *   ads, referrals        skipped as known non-items, reported
 *   footer                from a footer marker on
 * </pre>
 * Every line is accounted for in a {@link Coverage}: a line no rule places is a leftover, appended to the item
 * before it so it stays searchable, and reported.
 * <p>
 * Over 300 lines because the run over the lines ({@code Pass}) and its accounting must see the same state; the line
 * recognisers live in {@link LineRules} and the header in {@link HeaderReader}.
 */
final class IssueSplitter {

    private static final int MAX_ID_SLUG_CHARS = 60;

    private final LineRules rules;

    IssueSplitter(FormatProfile profile) {
        this.rules = new LineRules(profile);
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
        HeaderReader.Header header = HeaderReader.read(lines, hints, warnings);
        header.metadata().put("format", format);
        if (!hints.tags().isEmpty()) {
            header.metadata().put("tags", String.join(", ", hints.tags()));
        }
        Pass pass = new Pass(lines, warnings);
        pass.mark(0, header.endIndex(), Fate.HEADER);
        int i = skipPreamble(lines, header.endIndex());
        pass.mark(header.endIndex(), i, Fate.GREETING);
        if (i >= lines.size()) {
            throw new IssueFormatException("no lead story after the greeting");
        }
        pass.run(i);
        if (pass.drafts.isEmpty()) {
            throw new IssueFormatException("no items found: no lead story and no \"emoji Headline: text\" lines");
        }
        pass.attachEarlyLeftovers();

        String publicationSlug = Slugs.slug(header.publication(), MAX_ID_SLUG_CHARS);
        if (publicationSlug.isEmpty()) {
            // found by IngestFuzzTest: a publication line of only punctuation gave an id starting with "-"
            throw new IssueFormatException("the publication line \"" + abbreviate(header.publication())
                    + "\" holds no letter or digit to name the issue by");
        }
        String issueId = publicationSlug + "-" + header.week().toString().toLowerCase(Locale.ROOT);
        List<Item> items = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Draft draft : pass.drafts) {
            String id = uniqueId(issueId + "-" + Slugs.slug(draft.headline, MAX_ID_SLUG_CHARS), usedIds);
            items.add(new Item(
                    id,
                    items.size() + 1,
                    draft.type,
                    draft.emoji,
                    draft.headline,
                    draft.body.toString(),
                    draft.sources,
                    Tags.NONE));
        }
        Issue issue = new Issue(
                issueId,
                header.publication(),
                header.title(),
                header.week(),
                header.date(),
                origin,
                header.metadata(),
                items);
        Coverage coverage = pass.coverage();
        if (!coverage.leftovers().isEmpty()) {
            warnings.add(
                    coverage.leftovers().size() + " lines matched no rule and were kept with the item before them");
        }
        return new ParsedIssue(issue, warnings, coverage);
    }

    private int skipPreamble(List<Line> lines, int i) {
        while (i < lines.size()) {
            Emoji.Split split = Emoji.split(lines.get(i).text());
            if (!split.hasEmoji() || !rules.profile().preambleEmojis().contains(Emoji.bare(split.emoji()))) {
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

    /** One run over the lines after the preamble, with the fate of every line. */
    private final class Pass {
        final List<Line> lines;
        final List<String> warnings;
        final Fate[] fates;
        final List<Draft> drafts = new ArrayList<>();
        final List<Line> earlyLeftovers = new ArrayList<>();
        Draft current;

        Pass(List<Line> lines, List<String> warnings) {
            this.lines = lines;
            this.warnings = warnings;
            this.fates = new Fate[lines.size()];
        }

        void mark(int from, int to, Fate fate) {
            Arrays.fill(fates, from, Math.min(to, fates.length), fate);
        }

        void run(int i) {
            while (i < lines.size()) {
                i = step(i);
            }
        }

        /** Places the line at i (and any it takes along) and returns the index of the next unplaced line. */
        private int step(int i) {
            Line line = lines.get(i);
            String text = line.text();
            if (rules.isFooter(text)) {
                mark(i, lines.size(), Fate.FOOTER);
                return lines.size();
            }
            if (line.paragraphStart() && (rules.isAd(text) || rules.isReferral(text))) {
                return skipBlock(i, rules.isAd(text) ? Fate.AD : Fate.REFERRAL);
            }
            if (rules.isMoreNews(text)) {
                fates[i] = Fate.MARKER;
                close();
                return i + 1;
            }
            String prefix = rules.sourcePrefix(text);
            if (prefix != null) {
                if (current == null) {
                    return leftover(i);
                }
                current.sources.addAll(rules.sources(line, prefix));
                current.closed = true;
                fates[i] = Fate.ITEM;
                return i + 1;
            }
            if (current != null && current.type == ItemType.EARNINGS && !current.closed && rules.isCalendar(text)) {
                return append(i);
            }
            int started = start(i);
            if (started > i) {
                return started;
            }
            if (current != null
                    && !current.closed
                    && !(current.type == ItemType.EARNINGS && line.paragraphStart() && !current.body.isEmpty())) {
                return append(i);
            }
            if (drafts.isEmpty()) {
                fates[i] = Fate.GREETING; // intro text before the first item
                return i + 1;
            }
            return leftover(i);
        }

        /** Starts an item at i if a rule says so; returns the next index, or i when nothing starts here. */
        private int start(int i) {
            Line line = lines.get(i);
            String text = line.text();
            LineRules.Section section = rules.section(text);
            if (section != null) {
                return startSection(i, section);
            }
            String question = rules.question(text);
            if (question != null) {
                return open(i, new Draft(ItemType.NEWS, Emoji.split(text).emoji(), question), i + 1);
            }
            String[] news = rules.news(text);
            boolean alone = line.paragraphStart() && standsAlone(i);
            if (news != null && !(alone && (drafts.isEmpty() || rules.heading(text) != null))) {
                Draft draft = new Draft(ItemType.NEWS, Emoji.split(text).emoji(), news[0]);
                appendBody(draft, Line.of(news[1], false), line);
                return open(i, draft, i + 1);
            }
            if (!alone) {
                return i;
            }
            if (drafts.isEmpty()
                    && text.length() <= LineRules.MAX_HEADLINE_CHARS
                    && !Emoji.split(lines.get(i + 1).text()).hasEmoji()) {
                Emoji.Split split = Emoji.split(text);
                if (!split.rest().isBlank()) {
                    return open(i, new Draft(ItemType.LEAD, split.emoji(), split.rest()), i + 1);
                }
            }
            String[] heading = rules.heading(text);
            if (heading != null) {
                return open(
                        i, new Draft(drafts.isEmpty() ? ItemType.LEAD : ItemType.NEWS, heading[0], heading[1]), i + 1);
            }
            return i;
        }

        /** A line on its own, followed by a paragraph of body text: a headline, not a paragraph. */
        private boolean standsAlone(int i) {
            if (i + 1 >= lines.size() || !lines.get(i + 1).paragraphStart()) {
                return false;
            }
            String next = lines.get(i + 1).text();
            return rules.sourcePrefix(next) == null
                    && rules.section(next) == null
                    && rules.news(next) == null
                    && !rules.isFooter(next)
                    && !rules.isMoreNews(next);
        }

        private int startSection(int i, LineRules.Section section) {
            String headline = section.rest();
            Draft draft;
            int next = i + 1;
            if (section.type() == ItemType.EARNINGS && (headline.contains(",") || headline.isEmpty())) {
                // "Diese Woche berichten: Apple, Amazon" holds the calendar on its label line
                draft = new Draft(section.type(), section.emoji(), section.label());
                if (!headline.isEmpty()) {
                    draft.body.append(headline);
                }
            } else if (headline.isEmpty()
                    && next < lines.size()
                    && rules.section(lines.get(next).text()) == null
                    && rules.sourcePrefix(lines.get(next).text()) == null
                    && lines.get(next).text().length() <= LineRules.MAX_HEADLINE_CHARS
                    && !rules.isFooter(lines.get(next).text())) {
                // "📈 Chart der Woche (1/2)" on its own line: the headline is the next line
                draft = new Draft(
                        section.type(), section.emoji(), lines.get(next).text());
                fates[next] = Fate.ITEM;
                next++;
            } else {
                draft = new Draft(section.type(), section.emoji(), headline.isEmpty() ? section.label() : headline);
            }
            return open(i, draft, next);
        }

        private int open(int i, Draft draft, int next) {
            if (drafts.isEmpty() && draft.type != ItemType.LEAD) {
                warnings.add("no lead story: the issue starts with its short news");
            }
            if (current != null && current.type == ItemType.LEAD && !current.closed) {
                warnings.add("no \"Das sind die weiteren News der Woche\" line; the lead ends at \""
                        + abbreviate(lines.get(i).text()) + "\"");
            }
            drafts.add(draft);
            current = draft;
            fates[i] = Fate.ITEM;
            return next;
        }

        private int append(int i) {
            appendBody(current, lines.get(i), lines.get(i));
            fates[i] = Fate.ITEM;
            return i + 1;
        }

        private void appendBody(Draft draft, Line text, Line original) {
            List<Source> inline = rules.inlineSources(text);
            draft.sources.addAll(inline);
            draft.append(
                    inline.isEmpty()
                            ? text
                            : Line.of(rules.withoutInlineSource(text.text()), original.paragraphStart()));
        }

        private int leftover(int i) {
            fates[i] = Fate.LEFTOVER;
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (last == null) {
                earlyLeftovers.add(lines.get(i));
            } else {
                last.append(lines.get(i));
            }
            return i + 1;
        }

        /**
         * An ad, sponsor or referral block: the marker's paragraph; after a marker standing alone also what it
         * announces, up to and including a sources line, however much that looks like a news item.
         */
        private int skipBlock(int i, Fate fate) {
            boolean markerOnly = rules.isMarkerOnly(lines.get(i).text());
            int next = endOfParagraph(lines, i);
            if (markerOnly) {
                while (next < lines.size()
                        && rules.sourcePrefix(lines.get(next - 1).text()) == null) {
                    String text = lines.get(next).text();
                    if (next > i + 1
                            && lines.get(next).paragraphStart()
                            && (startsItem(next)
                                    || rules.isFooter(text)
                                    || rules.isMoreNews(text)
                                    || rules.isAd(text)
                                    || rules.isReferral(text))) {
                        break;
                    }
                    next = rules.sourcePrefix(text) != null ? next + 1 : endOfParagraph(lines, next);
                }
            } else if (next < lines.size() && rules.sourcePrefix(lines.get(next).text()) != null) {
                next++;
            }
            mark(i, next, fate);
            return next;
        }

        /** Whether an item would start at i, without starting it. */
        private boolean startsItem(int i) {
            String text = lines.get(i).text();
            return rules.section(text) != null
                    || rules.question(text) != null
                    || rules.news(text) != null
                    || (standsAlone(i) && rules.heading(text) != null);
        }

        private void close() {
            if (current != null) {
                current.closed = true;
            }
        }

        void attachEarlyLeftovers() {
            if (earlyLeftovers.isEmpty()) {
                return;
            }
            Draft first = drafts.get(0);
            StringBuilder early = new StringBuilder();
            earlyLeftovers.forEach(l -> early.append(l.text()).append("\n\n"));
            first.body.insert(0, early);
        }

        Coverage coverage() {
            int bodyChars = 0;
            int itemChars = 0;
            List<Leftover> leftovers = new ArrayList<>();
            List<Leftover> ads = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (fates[i] == null) {
                    fates[i] = Fate.LEFTOVER; // a path above forgot a line: still accounted, never silent
                    drafts.get(drafts.size() - 1).append(line);
                }
                int number = line.number() > 0 ? line.number() : i + 1;
                bodyChars += line.text().length();
                switch (fates[i]) {
                    case ITEM -> itemChars += line.text().length();
                    case LEFTOVER -> leftovers.add(new Leftover(number, line.text()));
                    case AD -> ads.add(new Leftover(number, line.text()));
                    default -> {}
                }
            }
            return new Coverage(rules.profile().name(), Arrays.asList(fates), bodyChars, itemChars, leftovers, ads);
        }
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
