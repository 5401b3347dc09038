package de.nachlese.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * RSS 2.0 and Atom feeds with the full text of each issue (RSS {@code content:encoded}, Atom {@code content}).
 * The XML parser refuses DOCTYPEs and external entities, so a hostile feed cannot read local files or the network.
 */
final class FeedReader {

    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final Pattern FEED_ROOT = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>)?\\s*(<!--.*?-->\\s*)*(<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>\\s*)?"
                    + "(<!--.*?-->\\s*)*<(rss|feed|rdf:RDF)[\\s>]",
            Pattern.DOTALL);
    private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml\\s");

    private FeedReader() {}

    static boolean looksLikeFeed(String head) {
        return FEED_ROOT.matcher(head).find();
    }

    /** XML that is not a feed (and not XHTML, which the caller checks first) is no issue at all. */
    static boolean looksLikeXml(String head) {
        return XML_DECLARATION.matcher(head).find();
    }

    static void read(String origin, byte[] bytes, List<Body> bodies, List<IngestProblem> problems)
            throws IssueFormatException {
        Document doc = parse(bytes);
        Element root = doc.getDocumentElement();
        if (root.getLocalName().equals("rss")) {
            readRss(origin, root, bodies, problems);
        } else if (root.getLocalName().equals("feed") && ATOM_NS.equals(root.getNamespaceURI())) {
            readAtom(origin, root, bodies, problems);
        } else {
            throw new IssueFormatException("XML root <" + root.getTagName() + "> is neither RSS 2.0 nor Atom");
        }
    }

    private static void readRss(String origin, Element rss, List<Body> bodies, List<IngestProblem> problems) {
        Element channel = child(rss, null, "channel");
        if (channel == null) {
            problems.add(new IngestProblem(origin, "RSS without a <channel>"));
            return;
        }
        String publication = text(child(channel, null, "title"));
        List<Element> items = children(channel, null, "item");
        if (items.isEmpty()) {
            problems.add(new IngestProblem(origin, "the feed has no <item>"));
        }
        for (int n = 0; n < items.size(); n++) {
            Element item = items.get(n);
            String entryOrigin = origin + "#" + (n + 1);
            List<String> warnings = new ArrayList<>();
            String content = text(child(item, CONTENT_NS, "encoded"));
            if (content == null || content.isBlank()) {
                content = text(child(item, null, "description"));
                if (content == null || content.isBlank()) {
                    problems.add(new IngestProblem(entryOrigin, "feed item without content:encoded or description"));
                    continue;
                }
                warnings.add("no content:encoded, read the <description> instead (feeds often shorten it)");
            }
            LocalDate date = rfc1123(text(child(item, null, "pubDate")), warnings);
            IssueHints hints =
                    new IssueHints(text(child(item, null, "title")), publication, date, "feed item's pubDate");
            bodies.add(new Body(entryOrigin, Format.RSS, true, content, hints, warnings));
        }
    }

    private static void readAtom(String origin, Element feed, List<Body> bodies, List<IngestProblem> problems) {
        String publication = text(child(feed, ATOM_NS, "title"));
        List<Element> entries = children(feed, ATOM_NS, "entry");
        if (entries.isEmpty()) {
            problems.add(new IngestProblem(origin, "the feed has no <entry>"));
        }
        for (int n = 0; n < entries.size(); n++) {
            Element entry = entries.get(n);
            String entryOrigin = origin + "#" + (n + 1);
            List<String> warnings = new ArrayList<>();
            Element content = child(entry, ATOM_NS, "content");
            if (content == null) {
                content = child(entry, ATOM_NS, "summary");
                if (content != null) {
                    warnings.add("no <content>, read the <summary> instead");
                }
            }
            if (content == null || content.getTextContent().isBlank()) {
                problems.add(new IngestProblem(entryOrigin, "Atom entry without <content> or <summary>"));
                continue;
            }
            String type = content.getAttribute("type");
            boolean html = !type.equals("text");
            String text = type.equals("xhtml") ? innerXml(content) : content.getTextContent();
            String published = text(child(entry, ATOM_NS, "published"));
            String dateSource = "Atom entry's published date";
            if (published == null) {
                published = text(child(entry, ATOM_NS, "updated"));
                dateSource = "Atom entry's updated date";
            }
            LocalDate date = iso(published, warnings);
            IssueHints hints = new IssueHints(text(child(entry, ATOM_NS, "title")), publication, date, dateSource);
            bodies.add(new Body(entryOrigin, Format.ATOM, html, text, hints, warnings));
        }
    }

    static DocumentBuilder secureBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // no DOCTYPE at all: this alone stops XXE and entity expansion ("billion laughs")
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }

    private static Document parse(byte[] bytes) throws IssueFormatException {
        try {
            return secureBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new IssueFormatException("feed declares a DOCTYPE; refused, because DOCTYPEs and external "
                        + "entities (XXE) are disabled");
            }
            throw new IssueFormatException("broken XML feed: " + message);
        } catch (IOException e) {
            throw new IssueFormatException("cannot read the feed: " + e.getMessage());
        }
    }

    private static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e
                    && localName.equals(e.getLocalName())
                    && (namespace == null
                            ? e.getNamespaceURI() == null || e.getNamespaceURI().isEmpty()
                            : namespace.equals(e.getNamespaceURI()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }

    /** Atom xhtml content: the markup inside the wrapping div, serialised back to text for the HTML reader. */
    private static String innerXml(Element content) {
        StringBuilder out = new StringBuilder();
        NodeList nodes = content.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.append(serialize(nodes.item(i)));
        }
        return out.toString();
    }

    private static String serialize(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            return node.getTextContent().replace("&", "&amp;").replace("<", "&lt;");
        }
        if (!(node instanceof Element e)) {
            return "";
        }
        StringBuilder out = new StringBuilder("<").append(e.getLocalName());
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            out.append(' ')
                    .append(a.getNodeName())
                    .append("=\"")
                    .append(a.getNodeValue().replace("&", "&amp;").replace("\"", "&quot;"))
                    .append('"');
        }
        out.append('>');
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.append(serialize(nodes.item(i)));
        }
        return out.append("</").append(e.getLocalName()).append('>').toString();
    }

    private static LocalDate rfc1123(String value, List<String> warnings) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replaceAll("\\s+", " "), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate();
        } catch (DateTimeParseException e) {
            warnings.add("unreadable pubDate \"" + value + "\"");
            return null;
        }
    }

    private static LocalDate iso(String value, List<String> warnings) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(
                        value.strip().substring(0, Math.min(10, value.strip().length())));
            } catch (DateTimeParseException again) {
                warnings.add("unreadable date \"" + value + "\"");
                return null;
            }
        }
    }
}
