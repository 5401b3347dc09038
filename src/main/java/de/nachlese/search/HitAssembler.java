package de.nachlese.search;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.StoredItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns one page of matching documents into hits: each item is read from the stored fields once, and its headline
 * and snippet are marked where the query matched (escaped plain text where it did not, or when browsing).
 */
final class HitAssembler {

    private final IndexSchema schema;

    HitAssembler(IndexSchema schema) {
        this.schema = schema;
    }

    /** @param browsing no text was searched: no marks, each snippet is the start of the body */
    List<Hit> hits(IndexSearcher searcher, Query text, boolean browsing, ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] docIds = new int[docs.length];
        StoredItem[] items = new StoredItem[docs.length];
        for (int i = 0; i < docs.length; i++) {
            docIds[i] = docs[i].doc;
            items[i] = schema.storedItem(stored, docs[i].doc);
        }
        String[] headlines = new String[docs.length];
        String[] snippets = new String[docs.length];
        if (!browsing && docs.length > 0) {
            Map<Integer, CharSequence[]> texts = new HashMap<>();
            for (int i = 0; i < docs.length; i++) {
                texts.put(docIds[i], new CharSequence[] {
                    items[i].item().headline(), items[i].item().body()
                });
            }
            Map<String, String[]> marked = Snippets.highlight(
                    searcher, schema.analyzer(), schema.headlineField(), schema.bodyField(), text, docIds, texts);
            headlines = marked.get(schema.headlineField());
            snippets = marked.get(schema.bodyField());
        }
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            StoredItem item = items[i];
            String headline = headlines[i] != null
                    ? headlines[i]
                    : Html.escape(item.item().headline());
            String snippet = snippets[i] != null
                    ? snippets[i].strip()
                    : Html.escape(Snippets.abbreviate(item.item().body()));
            hits.add(new Hit(item, headline, snippet));
        }
        return hits;
    }

    /**
     * The item of {@code doc} with the words of {@code text} marked in its headline and whole body; escaped plain
     * text where nothing matches.
     */
    MarkedItem marked(IndexSearcher searcher, Query text, int doc) throws IOException {
        StoredItem item = schema.storedItem(searcher.storedFields(), doc);
        String[] marked = Snippets.highlightWhole(
                searcher, schema.analyzer(), schema.headlineField(), schema.bodyField(), text, doc, new CharSequence[] {
                    item.item().headline(), item.item().body()
                });
        return new MarkedItem(
                item,
                marked[0] != null ? marked[0] : Html.escape(item.item().headline()),
                marked[1] != null ? marked[1] : Html.escape(item.item().body()),
                marked[0] != null || marked[1] != null);
    }
}
