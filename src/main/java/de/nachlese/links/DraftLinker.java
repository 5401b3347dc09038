package de.nachlese.links;

import de.nachlese.analysis.Compounds;
import de.nachlese.index.IndexSchema;
import de.nachlese.ingest.IssueFormatException;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import de.nachlese.search.Hit;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.browse.IssueView;
import de.nachlese.search.related.EarlierCoverage.Suggestion;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests, for each item of a draft, the earlier archive items to link to. The draft is split by the same reader
 * and tagged by the same tagger as an archived issue, so a draft item is found exactly as it will be once published;
 * the ranking is {@link de.nachlese.search.related.EarlierCoverage}'s. This class adds what an author needs to
 * write the link: why it is suggested, which words of the draft to put it on, and whether the draft has it already.
 * It only reads the index.
 *
 * <p>Just over 300 lines: the reasons and the anchor phrase are read from the same shared words of a draft item and
 * its link, so they stay with the linking that finds those words.
 */
public final class DraftLinker {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;
    public static final int MAX_PER_THREAD = 5;
    /** The largest draft read; a newsletter issue is a few ten kilobytes. */
    public static final int MAX_DRAFT_BYTES = 1024 * 1024;

    private static final Pattern HTML_DOCUMENT = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype|html|head|body)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** How much a weak shared word ({@link DraftText#weakWord}) counts in an anchor, beside 1 for the weightiest. */
    static final double WEAK_ANCHOR_WEIGHT = 0.01;

    /** A URL of an archive item in the draft: {@code /items/{id}}, relative or absolute. */
    private static final Pattern ITEM_URL = Pattern.compile("/items/([a-z0-9][a-z0-9-]*)");

    private static final int WHY_PARTS = 3;

    private final IssueReader reader;
    private final Supplier<Tagger> tagger;
    private final ItemSearcher searcher;
    private final IndexSchema schema;
    private final String itemPath;
    private final Clock clock;

    /**
     * @param tagger   supplied on first use: the server builds its tagger lazily, as only indexing needs it otherwise
     * @param itemPath the permalink path of an item without its id, e.g. "/items/"
     */
    public DraftLinker(
            IssueReader reader,
            Supplier<Tagger> tagger,
            ItemSearcher searcher,
            IndexSchema schema,
            String itemPath,
            Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.searcher = Objects.requireNonNull(searcher, "searcher");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.itemPath = Objects.requireNonNull(itemPath, "itemPath");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A draft to link.
     *
     * @param contentType "text/html" reads the text as HTML even when it is only a fragment; anything else lets the
     *                    reader tell plain text, Markdown and HTML apart by content
     * @param before      links must be older than this; null: the draft's byline date, else today
     * @param baseUrl     what absolute permalinks start with, e.g. "https://archiv.example.org"
     */
    public record Draft(byte[] text, String contentType, LocalDate before, int limit, int perThread, String baseUrl) {
        public Draft {
            Objects.requireNonNull(text, "text");
            contentType = contentType == null ? "text/plain" : contentType.toLowerCase(Locale.ROOT);
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
            }
            if (perThread < 1 || perThread > MAX_PER_THREAD) {
                throw new IllegalArgumentException("perThread must be 1 to " + MAX_PER_THREAD + ", was " + perThread);
            }
            baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        }

        public static Draft of(String text, LocalDate before) {
            return new Draft(text.getBytes(StandardCharsets.UTF_8), "text/plain", before, DEFAULT_LIMIT, 1, "");
        }
    }

    public DraftLinks link(Draft draft) throws DraftException, IOException {
        if (draft.text().length > MAX_DRAFT_BYTES) {
            throw new DraftException(
                    "the draft has " + draft.text().length + " bytes; at most " + MAX_DRAFT_BYTES + " are read");
        }
        Issue issue = read(draft);
        LocalDate before = draft.before() != null ? draft.before() : issue.date();
        String raw = new String(draft.text(), StandardCharsets.UTF_8);
        Set<String> linked = linkedIds(raw);
        Tagger tags = tagger.get();
        List<DraftLinks.DraftItem> items = new ArrayList<>();
        for (Item untagged : issue.items()) {
            Item item = tags.tag(untagged, issue.date());
            List<DraftLinks.Link> links = new ArrayList<>();
            if (item.type() != ItemType.EARNINGS) {
                DraftText headline = new DraftText(item.headline(), schema.comparingAnalyzer(), schema.bodyField());
                DraftText body = new DraftText(item.body(), schema.comparingAnalyzer(), schema.bodyField());
                for (Suggestion s : searcher.earlierCoverage(item, before, draft.limit(), draft.perThread())) {
                    links.add(link(item, headline, body, s, linked, draft.baseUrl()));
                }
            }
            items.add(new DraftLinks.DraftItem(
                    item.headline(),
                    item.type().id(),
                    item.tags().companies(),
                    item.tags().people(),
                    item.tags().topics(),
                    links));
        }
        return new DraftLinks(before.toString(), items);
    }

    /**
     * Links the newest indexed issue as if it were a draft, before its own date, and returns how many of its items
     * got links. The first draft otherwise pays for building the tagger, the story threads and the word statistics
     * of the index, and a real draft most likely continues the stories of the newest issue.
     */
    public int warmUp() throws IOException {
        tagger.get();
        List<Hit> newest = searcher.search(SearchRequest.of("")).hits();
        if (newest.isEmpty()) {
            return 0;
        }
        List<StoredItem> items = searcher.issue(newest.get(0).stored().issueId())
                .map(IssueView::items)
                .orElse(List.of());
        int linked = 0;
        for (StoredItem stored : items) {
            if (stored.item().type() != ItemType.EARNINGS
                    && !searcher.earlierCoverage(stored.item(), stored.date(), DEFAULT_LIMIT, 1)
                            .isEmpty()) {
                linked++;
            }
        }
        return linked;
    }

    private Issue read(Draft draft) throws DraftException {
        byte[] bytes = draft.text();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new DraftException("the draft is empty");
        }
        if (draft.contentType().startsWith("text/html")
                && !HTML_DOCUMENT.matcher(text).find()) {
            // a fragment ("<p>…</p>") as editors copy it: the reader recognises HTML by its document start
            bytes = ("<!DOCTYPE html><html><body>" + text + "</body></html>").getBytes(StandardCharsets.UTF_8);
        }
        LocalDate fallback = draft.before() != null ? draft.before() : LocalDate.now(clock);
        try {
            Issue issue = reader.readDraft("draft", bytes, fallback).issue();
            if (issue.items().isEmpty()) {
                throw new DraftException("no items found in the draft");
            }
            return issue;
        } catch (IssueFormatException e) {
            throw new DraftException("no items found in the draft: " + e.getMessage());
        }
    }

    private static Set<String> linkedIds(String raw) {
        Set<String> ids = new HashSet<>();
        Matcher m = ITEM_URL.matcher(raw);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private DraftLinks.Link link(
            Item item, DraftText headline, DraftText body, Suggestion s, Set<String> linked, String baseUrl) {
        String anchor = anchor(item, s, headline, body);
        var target = s.target();
        String id = target.item().id();
        String url = itemPath + id;
        String absolute = baseUrl + url;
        String markdown =
                "[" + anchor.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + "](" + absolute + ")";
        String html = "<a href=\"" + escape(absolute) + "\">" + escape(anchor) + "</a>";
        return new DraftLinks.Link(
                id,
                url,
                target.item().headline(),
                target.week().toString(),
                target.date().toString(),
                target.item().type().id(),
                why(s, headline, body),
                anchor,
                linked.contains(id),
                markdown,
                html);
    }

    /**
     * The shared words of the headline when it has any (a link on the headline words reads best), else of the body.
     * Only content words carry an anchor ({@link DraftText#contentWord}).
     */
    private static String anchor(Item item, Suggestion s, DraftText headline, DraftText body) {
        String phrase = anchorPhrase(s.sharedWords(), headline, body);
        if (phrase != null) {
            return phrase;
        }
        for (String name : s.sharedNames()) {
            if (item.headline().contains(name)) {
                return name;
            }
        }
        return item.headline();
    }

    /**
     * The best run of shared content words, in the headline unless the body's weighs half as much again; null when
     * neither text holds a shared content word.
     *
     * @param sharedStems the stems the item shares with the target, the weightiest first
     */
    static String anchorPhrase(List<String> sharedStems, DraftText headline, DraftText body) {
        List<String> stems = sharedStems.stream()
                .filter(stem -> {
                    String word = surface(stem, headline, body);
                    return word != null && DraftText.contentWord(word);
                })
                .toList();
        Map<String, Double> weights = new HashMap<>(DraftText.rankWeights(stems));
        // a weak word may join a phrase, but leads it only when nothing stronger is shared
        weights.replaceAll((stem, w) -> DraftText.weakWord(surface(stem, headline, body)) ? w * WEAK_ANCHOR_WEIGHT : w);
        DraftText.Phrase inHeadline = headline.bestPhrase(weights);
        DraftText.Phrase inBody = body.bestPhrase(weights);
        if (inHeadline != null && (inBody == null || inHeadline.weight() * 1.5 >= inBody.weight())) {
            return inHeadline.text();
        }
        return inBody == null ? null : inBody.text();
    }

    /** "gleiche Story seit KW 4", or up to three shared names and rare words: "Nvidia, Exportkontrollen". */
    static String why(Suggestion s, DraftText headline, DraftText body) {
        if (s.sameStory()) {
            var since = s.storySince();
            boolean sameYear = since.year() == s.target().week().year();
            return "gleiche Story seit KW " + since.week() + (sameYear ? "" : "/" + since.year());
        }
        Set<String> parts = new LinkedHashSet<>();
        for (String name : s.sharedNames()) {
            if (parts.size() < WHY_PARTS) {
                parts.add(name);
            }
        }
        for (String stem : s.sharedWords()) {
            if (parts.size() >= WHY_PARTS) {
                break;
            }
            String word = surface(stem, headline, body);
            // a dictionary noun ("Konzern", "Infrastruktur") or a place ("Silicon") is shared by items on anything; a
            // name says why
            if (word != null
                    && word.length() >= 4
                    && Character.isUpperCase(word.charAt(0))
                    && !Compounds.isWord(word)
                    && !DraftText.weakWord(word)
                    && !covered(parts, word)) {
                parts.add(word);
            }
        }
        if (parts.isEmpty() && !s.sharedTopics().isEmpty()) {
            return "Thema " + s.sharedTopics().get(0);
        }
        return parts.isEmpty() ? "ähnlicher Text" : String.join(", ", parts);
    }

    private static String surface(String stem, DraftText headline, DraftText body) {
        String word = headline.surface(stem);
        return word != null ? word : body.surface(stem);
    }

    private static boolean covered(Set<String> parts, String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        return parts.stream()
                .map(p -> p.toLowerCase(Locale.GERMAN))
                .anyMatch(p -> p.contains(lower) || lower.contains(p));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
