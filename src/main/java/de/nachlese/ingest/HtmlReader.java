package de.nachlese.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * HTML issues (saved web pages, the HTML part of e-mails, posts of platform exports): the visible text of the issue
 * as {@link Line}s, with the links each line holds, which lines are headings (h1–h6, wholly bold blocks) and which
 * start with a bold lead-in. Navigation, forms, scripts, styles, page footers and images (tracking pixels) are
 * dropped before reading, so only the newsletter itself reaches the splitter. Layout tables (as Mailchimp, Kit and
 * beehiiv e-mails nest them) read as blocks: every cell is a paragraph of its own.
 */
final class HtmlReader {

    private static final Evaluator NOISE =
            QueryParser.parse("script, style, noscript, template, nav, form, footer, header > nav, iframe, "
                    + "img, svg, picture, video, audio, button, input, select, textarea, [hidden], [aria-hidden=true], "
                    + "[style*=display:none], [style*=display: none]");
    /** Where publishing platforms put a post's own text on a web page, ahead of their subscribe and comment chrome. */
    private static final Evaluator POST_CONTENT =
            QueryParser.parse(".available-content, .body.markup, .gh-content, .post-content, .post-body, article");

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "center",
            "dd",
            "details",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");
    private static final Set<String> BOLD_TAGS = Set.of("strong", "b");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A web page's post text and what its meta tags say about it. */
    record Page(IssueHints hints, List<Line> lines) {}

    private HtmlReader() {}

    static List<Line> lines(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        return collect(doc, doc.body());
    }

    /**
     * The post's own text when the page marks it (Substack, Ghost and most blogs do), else the whole body; the title,
     * site name and publication date from the page's meta tags where {@code container} does not know them.
     */
    static Page page(String html, String baseUri, IssueHints container) {
        Document doc = Jsoup.parse(html, baseUri);
        String title = firstNonBlank(container.title(), meta(doc, "og:title"), doc.title());
        String publication =
                firstNonBlank(container.publication(), meta(doc, "og:site_name"), meta(doc, "application-name"));
        LocalDate date = container.date();
        String dateSource = container.dateSource();
        if (date == null) {
            String published = firstNonBlank(
                    meta(doc, "article:published_time"),
                    doc.select("time[datetime]").attr("datetime"));
            date = published == null ? null : ExportReader.date(published, new ArrayList<>());
            dateSource = "page's publication date";
        }
        Element content = doc.selectFirst(POST_CONTENT);
        List<Line> lines = collect(doc, content == null ? doc.body() : content);
        return new Page(new IssueHints(title, publication, date, dateSource, container.tags()), lines);
    }

    private static List<Line> collect(Document doc, Element root) {
        doc.select(NOISE).remove();
        Collector collector = new Collector();
        // the post's element may itself have been noise (an article inside a form): then the whole body is read
        NodeTraversor.traverse(collector, root.parent() != null || root == doc.body() ? root : doc.body());
        collector.flush(true);
        return collector.lines;
    }

    private static String meta(Document doc, String property) {
        Element meta = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static final class Collector implements NodeVisitor {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Link> links = new ArrayList<>();
        private boolean paragraphPending = true;
        private int heading;
        private Element bold;
        private int boldEnd = -1;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(WHITESPACE.matcher(textNode.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    flush(false);
                } else if (BLOCKS.contains(tag)) {
                    flush(true);
                    heading = headingLevel(tag);
                } else if (BOLD_TAGS.contains(tag)
                        && bold == null
                        && boldEnd < 0
                        && text.toString().isBlank()) {
                    bold = element;
                } else if (tag.equals("a") && element.hasAttr("href")) {
                    String url = element.absUrl("href");
                    if (url.startsWith("http://") || url.startsWith("https://")) {
                        links.add(new Link(TextNormalizer.normalize(element.text()), url));
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush(true);
                heading = 0;
            } else if (node == bold) {
                boldEnd = text.length();
                bold = null;
            }
        }

        private static int headingLevel(String tag) {
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))
                    ? tag.charAt(1) - '0'
                    : 0;
        }

        /** Ends the current line; {@code paragraphEnds} when a block element ends or starts. */
        void flush(boolean paragraphEnds) {
            String normalized = TextNormalizer.normalize(text.toString());
            if (!normalized.isEmpty()) {
                int level = heading;
                int boldPrefix = 0;
                String boldText = bold != null
                        ? normalized
                        : boldEnd >= 0 ? TextNormalizer.normalize(text.substring(0, boldEnd)) : "";
                if (boldText.equals(normalized) && level == 0) {
                    level = Line.BOLD;
                } else if (!boldText.isEmpty() && normalized.startsWith(boldText) && level == 0) {
                    boldPrefix = boldText.length();
                }
                lines.add(new Line(normalized, links, paragraphPending, level, boldPrefix));
                paragraphPending = false;
            }
            text.setLength(0);
            links.clear();
            boldEnd = -1;
            if (paragraphEnds) {
                paragraphPending = true;
            }
        }
    }
}
