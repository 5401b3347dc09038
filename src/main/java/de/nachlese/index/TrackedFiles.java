package de.nachlese.index;

import de.nachlese.ingest.IssueDeduplicator;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What the index holds per source file, for {@link ArchiveIndexer}: looked up in the index itself when a sync asks,
 * rather than learnt by reading every document and held in memory. A sync works on a {@link Snapshot}, a reader
 * opened when it begins (it sees uncommitted changes too, and none that the sync itself makes), so each answer is
 * the state before the sync, as the sync's decisions need it. The index is the only record, so there is nothing to
 * get out of step after a crash: the next process sees the last commit, as the index does.
 *
 * <p>The one thing kept in memory is the new version (size, modification time) of files that were touched but whose
 * content is unchanged: their items stay as they are, so the index still carries the old version, and without this a
 * watched archive would hash such a file again on every sync. Safe because this process holds the index's only
 * writer.
 */
final class TrackedFiles {

    /** What the index holds of one file: where its items came from, and how many items there are. */
    record FileState(SourceFile source, int items) {}

    private final IndexSchema schema;
    /** Files touched without a change: path to the file with its latest version, valid while the hash matches. */
    private final Map<String, SourceFile> touched = new HashMap<>();

    TrackedFiles(IndexSchema schema) {
        this.schema = schema;
    }

    /** The state of the index as the writer holds it now, for one sync; close it when the sync ends. */
    Snapshot snapshot(ItemIndexer indexer) throws IOException {
        return new Snapshot(indexer.snapshot());
    }

    /** A file was read again but its content is the same: its items stay, under the file's new version. */
    void touched(SourceFile source) {
        touched.put(source.path(), source);
    }

    /** The file's items were deleted or replaced, so the index holds its current version (or nothing). */
    void rewritten(String path) {
        touched.remove(path);
    }

    /** After a rebuild or a failed sync: only the index is to be believed. */
    void forget() {
        touched.clear();
    }

    /** The index as it was when a sync began. Used by one thread at a time. */
    final class Snapshot implements Closeable, SyncPlan.Tracked {

        private final DirectoryReader reader;
        private final List<Leaf> leaves = new ArrayList<>();

        private Snapshot(DirectoryReader reader) throws IOException {
            this.reader = reader;
            for (LeafReaderContext context : reader.leaves()) {
                leaves.add(new Leaf(context));
            }
        }

        /** Items in the index, whether or not their file is known. */
        long items() {
            return reader.numDocs();
        }

        /** What the index holds of the file, or empty when it holds none of its items. */
        @Override
        public Optional<FileState> get(String path) throws IOException {
            BytesRef term = new BytesRef(path);
            SourceFile source = null;
            int items = 0;
            for (Leaf leaf : leaves) {
                PostingsEnum docs = leaf.sourceFile(term);
                if (docs == null) {
                    continue;
                }
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (leaf.live(doc)) {
                        items++;
                        if (source == null) {
                            source = schema.tracked(leaf.stored.document(doc, schema.trackingFields()))
                                    .source();
                        }
                    }
                }
            }
            if (source == null) {
                return Optional.empty();
            }
            SourceFile latest = touched.get(path);
            if (latest != null && latest.contentHash().equals(source.contentHash())) {
                source = latest;
            }
            return Optional.of(new FileState(source, items));
        }

        /**
         * The files the index holds items of, among those the filter accepts, in index order (the order in which
         * they were first written).
         */
        @Override
        public List<String> paths(Predicate<String> filter) throws IOException {
            Map<String, Long> firstDoc = new HashMap<>();
            for (Leaf leaf : leaves) {
                Terms all = leaf.reader.terms(schema.sourceFileField());
                if (all == null) {
                    continue;
                }
                TermsEnum terms = all.iterator();
                PostingsEnum docs = null;
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    String path = term.utf8ToString();
                    if (!filter.test(path)) {
                        continue;
                    }
                    docs = terms.postings(docs, PostingsEnum.NONE);
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        if (leaf.live(doc)) {
                            firstDoc.merge(path, (long) leaf.docBase + doc, Math::min);
                            break;
                        }
                    }
                }
            }
            return firstDoc.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .toList();
        }

        /**
         * An issue the index holds, as the deduplicator knows it (title and origin), from the first file in index
         * order that {@code skip} does not exclude; items written before files were tracked are not counted.
         */
        Optional<IssueDeduplicator.Known> issue(String issueId, Predicate<String> skip) throws IOException {
            BytesRef term = new BytesRef(issueId);
            for (Leaf leaf : leaves) {
                PostingsEnum docs = leaf.issue(term);
                if (docs == null) {
                    continue;
                }
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (leaf.live(doc)) {
                        TrackedItem item = schema.tracked(leaf.stored.document(doc, schema.trackingFields()));
                        String path = item.source().path();
                        if (path != null && !skip.test(path)) {
                            return Optional.of(new IssueDeduplicator.Known(item.issueTitle(), item.origin()));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }

        private final class Leaf {
            final LeafReader reader;
            final int docBase;
            final Bits liveDocs;
            final StoredFields stored;
            final TermsEnum sourceFiles;
            final TermsEnum issues;
            PostingsEnum reuse;

            Leaf(LeafReaderContext context) throws IOException {
                LeafReader leaf = context.reader();
                reader = leaf;
                docBase = context.docBase;
                liveDocs = leaf.getLiveDocs();
                stored = leaf.storedFields();
                sourceFiles = iterator(leaf.terms(schema.sourceFileField()));
                issues = iterator(leaf.terms(schema.issueIdField()));
            }

            boolean live(int doc) {
                return liveDocs == null || liveDocs.get(doc);
            }

            PostingsEnum sourceFile(BytesRef path) throws IOException {
                return postings(sourceFiles, path);
            }

            PostingsEnum issue(BytesRef issueId) throws IOException {
                return postings(issues, issueId);
            }

            private PostingsEnum postings(TermsEnum terms, BytesRef term) throws IOException {
                if (terms == null || !terms.seekExact(term)) {
                    return null;
                }
                reuse = terms.postings(reuse, PostingsEnum.NONE);
                return reuse;
            }

            private static TermsEnum iterator(Terms terms) throws IOException {
                return terms == null ? null : terms.iterator();
            }
        }
    }
}
