package de.nachlese.search;

import de.nachlese.model.StoredItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An item with the words of a search marked, for its own page.
 *
 * @param headlineHtml the headline, HTML-escaped, with matches in {@code <mark>}
 * @param bodyHtml     the whole body, HTML-escaped, with matches in {@code <mark>}; paragraphs and lines as in the
 *                     body ({@code \n\n}, {@code \n})
 * @param anyMarked    whether the search matched anything in the item
 */
public record MarkedItem(StoredItem stored, String headlineHtml, String bodyHtml, boolean anyMarked) {

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    public MarkedItem {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(headlineHtml, "headlineHtml");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
    }

    /**
     * The body as paragraphs of lines, each piece well-formed HTML: a mark that runs over a line or paragraph break
     * (a phrase) is closed before it and opened again after it.
     */
    public List<List<String>> paragraphs() {
        List<List<String>> paragraphs = new ArrayList<>();
        boolean open = false;
        for (String paragraph : bodyHtml.split("\n\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\n")) {
                String piece = open ? OPEN + line : line;
                open = piece.lastIndexOf(OPEN) > piece.lastIndexOf(CLOSE);
                lines.add(open ? piece + CLOSE : piece);
            }
            paragraphs.add(List.copyOf(lines));
        }
        return List.copyOf(paragraphs);
    }
}
