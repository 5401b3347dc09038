package de.nachlese.web;

import de.nachlese.links.DraftLinks;
import java.util.stream.Collectors;

/**
 * What the links page shows: the form as it was filled in, and the links for the draft or why there are none.
 *
 * @param links null before a draft was sent, or when it could not be read ({@code error} says why)
 */
public record LinksView(String text, String before, String limit, DraftLinks links, String error) {

    public LinksView {
        text = text == null ? "" : text;
        before = before == null ? "" : before;
        limit = limit == null ? "" : limit;
    }

    static LinksView empty() {
        return new LinksView("", "", "", null, null);
    }

    /** Every link as Markdown, one a line: what "copy all as Markdown" copies. */
    public String allMarkdown() {
        return links == null
                ? ""
                : links.allLinks().stream().map(DraftLinks.Link::markdown).collect(Collectors.joining("\n"));
    }

    public String allHtml() {
        return links == null
                ? ""
                : links.allLinks().stream().map(DraftLinks.Link::html).collect(Collectors.joining("\n"));
    }

    public int linkCount() {
        return links == null ? 0 : links.allLinks().size();
    }
}
