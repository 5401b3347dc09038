package de.nachlese.index;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The write side: owns the single IndexWriter of an index folder. Items are written by their stable id, so indexing
 * the same issue again replaces its items instead of adding copies.
 *
 * <p>A new index folder gets an empty first commit, so the folder always holds an index that opens. When writing
 * fails for good (a full disk, an I/O error), Lucene closes the writer and the folder keeps its last commit; the
 * next call opens a fresh writer on that commit, so a long-running server recovers once the cause is gone.
 */
public final class ItemIndexer implements Closeable {

    private final IndexSchema schema;
    private final Directory directory;
    private volatile IndexWriter writer;
    /** Counts the writers opened; a searcher bound to an earlier one must be reopened. */
    private volatile int writerGeneration;
    /** Items of files deleted since the last commit, by issue and position; see {@link #deleteSourceFile}. */
    private final Map<String, RetiredItem> retired = new HashMap<>();
    /**
     * Writes asked of the writer, and how many of them the last commit held. Lucene's own
     * {@code hasUncommittedChanges} also turns true when a background merge finishes after a commit, which would make
     * a sync with nothing to do commit again (and say it changed the index) depending on timing.
     */
    private final AtomicLong writes = new AtomicLong();

    private volatile long writesCommitted;

    /** The lock-owner note this writer left in its folder, removed on close; null when it left none. */
    private LockOwner note;

    private Path noteDir;

    private ItemIndexer(IndexSchema schema, Directory directory) throws IOException {
        this.schema = schema;
        this.directory = directory;
        this.writer = newWriter();
        if (!DirectoryReader.indexExists(directory)) {
            writer.commit();
        }
    }

    private IndexWriter newWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(schema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        return new IndexWriter(directory, config);
    }

    /**
     * The writer, or a new one on the last commit when the previous one was closed by a failure. What the failed
     * writer held uncommitted is gone, and so are the ids remembered for it.
     */
    private synchronized IndexWriter writer() throws IOException {
        IndexWriter current = writer;
        if (current.isOpen() || current.getTragicException() == null) {
            return current; // closed without a failure means closed on purpose: let the call fail as usual
        }
        retired.clear();
        writer = newWriter();
        writerGeneration++;
        writesCommitted = writes.get();
        return writer;
    }

    /**
     * Drops everything written since the last commit, e.g. after a sync failed half-way: its workers may have left
     * part of a file in the writer (Lucene discards only the batch of documents that hit the error), which must
     * never be committed later. A new writer opens on the last commit; a searcher bound to the old one reopens.
     */
    synchronized void discardUncommitted() throws IOException {
        IndexWriter current = writer;
        if (!current.isOpen() && current.getTragicException() == null) {
            return; // closed on purpose
        }
        retired.clear();
        if (current.isOpen()) {
            current.rollback();
        }
        writer = newWriter();
        writerGeneration++;
        writesCommitted = writes.get();
    }

    /** Why the last writer failed for good, or null; the next write opens a new writer. */
    public Throwable failure() {
        IndexWriter current = writer;
        return current.isOpen() ? null : current.getTragicException();
    }

    /** Changes whenever a new writer replaced a failed one. */
    public int writerGeneration() {
        return writerGeneration;
    }

    public static ItemIndexer open(Path indexDir, IndexSchema schema) throws IOException {
        return open(indexDir, schema, null);
    }

    /**
     * Opens the index folder for writing and notes who holds it ({@link LockOwner}), so that a second writer is
     * told what to stop or wait for.
     *
     * @param holder what this process is, or null to leave no note
     * @throws IndexLockedException when another writer holds the folder
     */
    public static ItemIndexer open(Path indexDir, IndexSchema schema, LockOwner.Kind holder) throws IOException {
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        ItemIndexer indexer;
        try {
            indexer = new ItemIndexer(schema, directory);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(indexDir, LockOwner.of(indexDir), e);
        }
        if (holder != null) {
            LockOwner owner = LockOwner.self(holder);
            try {
                owner.write(indexDir);
                indexer.note = owner;
                indexer.noteDir = indexDir;
            } catch (IOException e) {
                // only a courtesy to a later writer; the index itself is open and locked
            }
        }
        return indexer;
    }

    /** For tests: an index that lives in the given directory, e.g. a ByteBuffersDirectory. */
    public static ItemIndexer open(Directory directory, IndexSchema schema) throws IOException {
        return new ItemIndexer(schema, directory);
    }

    /** Adds or replaces all items of the issue, and removes items the issue no longer has. */
    public void upsert(Issue issue) throws IOException {
        upsert(issue, new SourceFile(issue.origin(), "", ""));
    }

    /** Like {@link #upsert(Issue)}, remembering the file the issue was read from. */
    void upsert(Issue issue, SourceFile source) throws IOException {
        upsert(issue, source, false);
    }

    /**
     * @param newIssue the index holds no item of this issue, so there are no stale items to delete: a query delete
     *                 per issue is the costliest part of bulk indexing into an empty index, since every flush applies
     *                 it to every segment
     */
    void upsert(Issue issue, SourceFile source, boolean newIssue) throws IOException {
        IndexWriter writer = writer();
        writes.incrementAndGet();
        BooleanQuery.Builder stale =
                new BooleanQuery.Builder().add(schema.issueQuery(issue.id()), BooleanClause.Occur.FILTER);
        for (Item item : issue.items()) {
            Document doc = schema.toDocument(issue, item, source);
            RetiredItem before = retired.get(RetiredItem.slot(issue.id(), item.position()));
            if (before != null && !before.ids().contains(item.id())) {
                schema.addFormerIds(doc, before.ids());
            }
            writer.updateDocument(
                    schema.idTerm(item.id()), schema.facetsConfig().build(doc));
            stale.add(new TermQuery(schema.idTerm(item.id())), BooleanClause.Occur.MUST_NOT);
        }
        if (!newIssue) {
            writer.deleteDocuments(stale.build());
        }
    }

    /** Whether the index holds no document at all, not even a deleted one or one not yet committed. */
    boolean isEmpty() throws IOException {
        return writer().getDocStats().maxDoc == 0;
    }

    /**
     * Removes every item read from the given file, remembering their ids until the next commit, so that the file's
     * new version can carry them as former ids where a headline edit changed an id.
     */
    void deleteSourceFile(String path) throws IOException {
        IndexWriter writer = writer();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(new TermQuery(schema.sourceFileTerm(path)), Integer.MAX_VALUE - 1);
            StoredFields stored = reader.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                RetiredItem item = schema.retired(stored.document(hit.doc, schema.retireFields()));
                retired.put(item.slot(), item);
            }
        }
        writes.incrementAndGet();
        writer.deleteDocuments(schema.sourceFileTerm(path));
    }

    /**
     * A reader of everything written so far, committed or not, that does not change as writing goes on: for looking
     * up what the index holds. The caller closes it.
     */
    DirectoryReader snapshot() throws IOException {
        return DirectoryReader.open(writer());
    }

    IndexSchema schema() {
        return schema;
    }

    /** Whether anything was written since the last commit (a merge that finished since does not count). */
    boolean hasUncommittedChanges() {
        return writes.get() != writesCommitted;
    }

    public void deleteAll() throws IOException {
        IndexWriter writer = writer();
        writes.incrementAndGet();
        writer.deleteAll();
    }

    /** Makes everything written so far durable, together with the given commit metadata. */
    public void commit(Map<String, String> commitData) throws IOException {
        commitProgress(commitData);
        retired.clear();
    }

    /**
     * A commit in the middle of a sync: durable like {@link #commit}, but the ids of deleted files are kept, since
     * a file read later in the same sync may be the new version (or new place) of one of them.
     */
    void commitProgress(Map<String, String> commitData) throws IOException {
        IndexWriter writer = writer();
        long held = writes.get();
        writer.setLiveCommitData(new HashMap<>(commitData).entrySet());
        writer.commit();
        writesCommitted = held;
    }

    /** A value stored with the last commit, such as the fingerprint of the archive it holds. */
    public Optional<String> commitData(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> entry : data) {
            if (entry.getKey().equals(key)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** A near-real-time searcher manager that sees this writer's changes after each refresh. */
    public SearcherManager newSearcherManager(SearcherFactory factory) throws IOException {
        return new SearcherManager(writer(), factory);
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
            if (note != null) {
                note.remove(noteDir);
            }
        }
    }
}
