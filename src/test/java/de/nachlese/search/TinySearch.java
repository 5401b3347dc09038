package de.nachlese.search;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.Issue;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A hand-written in-memory index and its searcher, for the search tests that assert exact ids. */
final class TinySearch implements AutoCloseable {

    private final ItemIndexer indexer;
    private final ItemSearcher searcher;

    /** The issues written in the given order and committed once. */
    TinySearch(List<Issue> issues) throws IOException {
        IndexSchema schema = new IndexSchema();
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        for (Issue issue : issues) {
            indexer.upsert(issue);
        }
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    ItemSearcher searcher() {
        return searcher;
    }

    /** The first page of 20 hits of a plain query. */
    SearchPage search(String query) throws IOException {
        return searcher.search(new SearchRequest(query, Map.of(), null, null, null, 1, 20));
    }

    List<String> ids(String query) throws IOException {
        return ids(search(query));
    }

    /** The ids of one page of a plain query, pages of {@code size} hits. */
    List<String> ids(String query, int page, int size) throws IOException {
        return ids(searcher.search(new SearchRequest(query, Map.of(), null, null, null, page, size)));
    }

    static List<String> ids(SearchPage page) {
        return page.hits().stream().map(hit -> hit.stored().item().id()).toList();
    }

    @Override
    public void close() throws IOException {
        searcher.close();
        indexer.close();
    }
}
