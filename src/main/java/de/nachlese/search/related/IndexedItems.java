package de.nachlese.search.related;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Item;
import de.nachlese.model.StoredItem;
import de.nachlese.search.facet.FacetedSearcher;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * The indexed items that related items, story threads and draft links have looked at, remembered per index reader
 * by document number: the item without its body and its {@link TermVector}. The same candidates come up for item
 * after item and draft after draft, and reading one means decompressing a block of stored fields and analysing its
 * text again; the body is left out because only the vector needs it.
 */
final class IndexedItems {

    /** Bounds the heap: a few kilobytes each. */
    static final int MAX = 20_000;

    /** One remembered item. */
    record Entry(int doc, StoredItem stored, TermVector vector) {}

    private final IndexSchema schema;
    private final DocFreqs docFreqs;
    private final Map<Integer, Entry> byDoc = new ConcurrentHashMap<>();

    private IndexedItems(IndexSchema schema, DocFreqs docFreqs) {
        this.schema = schema;
        this.docFreqs = docFreqs;
    }

    /** The reader's remembered items; a fresh, unshared table for a searcher that keeps nothing per reader. */
    static IndexedItems of(IndexSearcher searcher, IndexSchema schema) {
        DocFreqs docFreqs = RelatedFinder.docFreqs(searcher);
        return searcher instanceof FacetedSearcher faceted
                ? faceted.perReader(IndexedItems.class, s -> new IndexedItems(schema, docFreqs))
                : new IndexedItems(schema, docFreqs);
    }

    /** @param stored the searcher's stored fields, taken once per request */
    Entry get(StoredFields stored, int doc) throws IOException {
        Entry entry = byDoc.get(doc);
        if (entry == null) {
            entry = entry(doc, schema.fromDocument(stored.document(doc)));
        }
        return entry;
    }

    /** The entry of an item already read in full. */
    Entry get(int doc, StoredItem full) throws IOException {
        Entry entry = byDoc.get(doc);
        return entry != null ? entry : entry(doc, full);
    }

    private Entry entry(int doc, StoredItem full) throws IOException {
        Item item = full.item();
        Item bodiless = new Item(
                item.id(),
                item.position(),
                item.type(),
                item.emoji(),
                item.headline(),
                "",
                item.sources(),
                item.tags());
        Entry entry = new Entry(
                doc,
                new StoredItem(
                        bodiless, full.issueId(), full.issueTitle(), full.publication(), full.week(), full.date()),
                TermVector.of(full, schema, docFreqs));
        if (byDoc.size() < MAX) {
            byDoc.put(doc, entry);
        }
        return entry;
    }
}
