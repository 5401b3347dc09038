package de.nachlese.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * HTML issues (saved web pages, the HTML part of e-mails): the visible text of the issue as {@link Line}s, with the
 * links each line holds. Navigation, forms, scripts, styles, page footers and images (tracking pixels) are dropped
 * before reading, so only the newsletter itself reaches the splitter.
 */
final class HtmlReader {

    private static final Evaluator NOISE = QueryParser.parse("script, style, noscript, template, nav, form, footer, header > nav, iframe, "
            + "img, svg, picture, video, audio, button, input, select, textarea, [hidden], [aria-hidden=true], "
            + "[style*=display:none], [style*=display: none]");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul");

    private HtmlReader() {
    }

    static List<Line> lines(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        doc.select(NOISE).remove();
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, doc.body());
        collector.flush(true);
        return collector.lines;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final class Collector implements NodeVisitor {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Link> links = new ArrayList<>();
        private boolean paragraphPending = true;

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
            }
        }

        /** Ends the current line; {@code paragraphEnds} when a block element ends or starts. */
        void flush(boolean paragraphEnds) {
            String normalized = TextNormalizer.normalize(text.toString());
            if (!normalized.isEmpty()) {
                lines.add(new Line(normalized, links, paragraphPending));
                paragraphPending = false;
            }
            text.setLength(0);
            links.clear();
            if (paragraphEnds) {
                paragraphPending = true;
            }
        }
    }
}
