package de.nachlese.index;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/** Walks every document of an index reader that is not deleted, in index order, reading its stored fields. */
public final class LiveDocuments {

    /** Receives one document; may fail with an IOException, e.g. when it writes the document out. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Document doc) throws IOException;
    }

    private LiveDocuments() {}

    /** Every stored field of every live document; returns how many there were. */
    public static long forEach(IndexReader reader, Visitor visitor) throws IOException {
        return forEach(reader, null, visitor);
    }

    /**
     * @param fields the stored fields to read (fewer fields, less decoding), or null for all of them
     * @return how many documents were visited
     */
    public static long forEach(IndexReader reader, Set<String> fields, Visitor visitor) throws IOException {
        long visited = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    visitor.visit(fields == null ? stored.document(doc) : stored.document(doc, fields));
                    visited++;
                }
            }
        }
        return visited;
    }
}
