package de.nachlese.index;

import de.nachlese.ingest.Archive;
import de.nachlese.ingest.ArchiveFile;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.IngestProblem;
import de.nachlese.ingest.IngestReport;
import de.nachlese.ingest.IssueDeduplicator;
import de.nachlese.ingest.SingleFileArchive;
import de.nachlese.model.Issue;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Keeps an index in step with archives, file by file. Each item remembers its source file with the file's content
 * hash, so a run reads only new and changed files, replaces the items of an edited file, removes the items of a
 * file that has gone from its archive, and writes nothing at all when nothing changed. Files indexed from other
 * places (another folder, the command line) are left alone. When the schema or the tagging data changed, every
 * known file is indexed afresh. A long sync commits on its way, as its {@link CommitPolicy} says, so that a crash
 * loses only the files read since the last commit.
 *
 * <p>Over 300 lines: the sync's steps (plan, read, write, commit, retire) stay in one class so that their order,
 * which crash safety depends on, reads top to bottom, and every commit carries the errors remembered per file
 * ({@link FileErrorMemory}) with the items they belong to; the plan itself is {@link SyncPlan}.
 */
public final class ArchiveIndexer {

    static final String FINGERPRINT_KEY = "nachlese.fingerprint";
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ArchiveReader reader;
    private final Tagger tagger;
    private final ItemIndexer indexer;
    private final CommitPolicy commitPolicy;
    private final int workers;
    /** Unreadable files by version, so a watched archive does not re-read (and re-report) them on every change. */
    private final Map<String, String> failedVersions = new HashMap<>();
    /** What the index holds per source file, looked up in the index as a sync needs it. */
    private final TrackedFiles tracked;

    public ArchiveIndexer(ArchiveReader reader, Tagger tagger, ItemIndexer indexer) {
        this(reader, tagger, indexer, CommitPolicy.DEFAULT, Runtime.getRuntime().availableProcessors());
    }

    public ArchiveIndexer(ArchiveReader reader, Tagger tagger, ItemIndexer indexer, CommitPolicy commitPolicy) {
        this(reader, tagger, indexer, commitPolicy, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param commitPolicy when a long sync commits on its way
     * @param workers      threads that read, tag and write files while this one splits them into issues
     */
    public ArchiveIndexer(
            ArchiveReader reader, Tagger tagger, ItemIndexer indexer, CommitPolicy commitPolicy, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        this.reader = reader;
        this.tagger = tagger;
        this.indexer = indexer;
        this.commitPolicy = commitPolicy;
        this.workers = workers;
        this.tracked = new TrackedFiles(indexer.schema());
    }

    /** Hears about progress, e.g. to draw a progress bar. */
    public interface Listener {
        Listener NONE = new Listener() {};

        default void filesListed(int files) {}

        /** Called once per listed file, read or not. */
        default void fileDone(ArchiveFile file) {}

        /**
         * Called after each commit: everything written so far is durable.
         *
         * @param itemsWritten items written in this sync so far
         * @param last         whether this is the sync's final commit
         */
        default void committed(int itemsWritten, boolean last) {}
    }

    /** Brings the index in step with the archives: plans what changed, then reads and writes just that. */
    public synchronized SyncReport sync(List<? extends Archive> archives, SyncOptions options) throws IOException {
        try {
            return syncOnce(archives, options);
        } catch (LookupFailed e) {
            rollBack(e.getCause());
            throw e.getCause();
        } catch (AlreadyClosedException e) {
            // One worker's write failed for good (a full disk in a flush or merge) and Lucene closed the writer; a
            // worker queued before it may then be the first to report, with only "this IndexWriter is closed". The
            // caller is owed the cause: Lucene passes it along, else it is read before the rollback replaces the
            // writer (another worker may already have replaced it, so the exception's own cause comes first).
            Throwable cause = ioCause(e);
            if (cause == null) {
                cause = indexer.failure();
            }
            rollBack(e);
            if (!(cause instanceof IOException io)) {
                throw e;
            }
            IOException failure = new IOException("the index writer failed: " + io.getMessage(), io);
            failure.addSuppressed(e);
            throw failure;
        } catch (IOException | RuntimeException e) {
            rollBack(e);
            throw e;
        }
    }

    /** The first I/O failure among a throwable's causes, or null. */
    private static IOException ioCause(Throwable thrown) {
        for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * After a failed run: the writer may hold part of it, even part of a file, so back to the last commit; and
     * believe only the index next time.
     */
    private void rollBack(Exception failure) {
        tracked.forget();
        try {
            indexer.discardUncommitted();
        } catch (IOException | RuntimeException rollback) {
            failure.addSuppressed(rollback);
        }
    }

    private SyncReport syncOnce(List<? extends Archive> archives, SyncOptions options) throws IOException {
        long startNanos = System.nanoTime();
        long startCpuNanos = CPU.getCurrentThreadCpuTime();
        String fingerprint = "v" + IndexSchema.VERSION + ":" + tagger.fingerprint();
        List<Archive> all = new ArrayList<>(archives);
        TrackedFiles.Snapshot known = tracked.snapshot(indexer);
        try {
            boolean rebuild = known.items() > 0
                    && indexer.commitData(FINGERPRINT_KEY)
                            .filter(fingerprint::equals)
                            .isEmpty();
            if (rebuild) {
                all.addAll(formerArchives(known.paths(path -> true), archives));
                known.close();
                indexer.deleteAll();
                tracked.forget();
                failedVersions.clear();
                known = tracked.snapshot(indexer);
            }
            SyncPlan.Listing listing = SyncPlan.Listing.of(all);
            options.listener().filesListed(listing.files().size());
            SyncPlan plan = SyncPlan.of(
                    listing,
                    known,
                    file -> !options.retryFailures() && file.version().equals(failedVersions.get(file.origin())));
            plan.untouched().forEach(options.listener()::fileDone);
            FileErrorMemory memory = rebuild
                    ? new FileErrorMemory()
                    : FileErrorMemory.decode(indexer.commitData(FileErrorMemory.COMMIT_KEY));
            Run run = new Run(rebuild, fingerprint, memory, options, startNanos, startCpuNanos);
            return apply(plan, listing, known, run);
        } finally {
            known.close();
        }
    }

    /** What one sync is about, besides its plan. */
    private record Run(
            boolean rebuild,
            String fingerprint,
            FileErrorMemory memory,
            SyncOptions options,
            long startNanos,
            long startCpuNanos) {

        /** What every commit stores besides the items, so that it always matches them. */
        Map<String, String> commitData() {
            return Map.of(FINGERPRINT_KEY, fingerprint, FileErrorMemory.COMMIT_KEY, memory.encode());
        }
    }

    private SyncReport apply(SyncPlan plan, SyncPlan.Listing listing, TrackedFiles.Snapshot known, Run run)
            throws IOException {
        // Into an empty index every admitted issue is new (the deduplicator admits an id once): nothing to replace.
        boolean emptyIndex = indexer.isEmpty();
        IngestReport.Builder read = IngestReport.Builder.countingOnly();
        listing.errors().forEach(read::error);
        int unchanged = plan.unchanged();
        FileErrorMemory memory = run.memory();
        Map<String, FileErrors> errorsByFile = new HashMap<>();
        plan.untouched().forEach(file -> memory.unread(file).ifPresent(e -> errorsByFile.put(file.origin(), e)));
        // The issues the index holds and keeps count as known, except those of files read again (until one turns
        // out unchanged) and of removed files; they are looked up as needed, not loaded up front.
        Set<String> notKept = new HashSet<>();
        plan.remove().forEach(state -> notKept.add(state.source().path()));
        plan.read().forEach(f -> notKept.add(f.file().origin()));
        IssueDeduplicator dedup = new IssueDeduplicator(id -> {
            try {
                return known.issue(id, notKept::contains);
            } catch (IOException e) {
                throw new LookupFailed(e);
            }
        });

        int itemsRemoved = 0;
        for (TrackedFiles.FileState gone : plan.remove()) {
            itemsRemoved += gone.items();
            indexer.deleteSourceFile(gone.source().path());
            tracked.rewritten(gone.source().path());
        }
        Listener listener = run.options().listener();
        long writeNanos = 0;
        CommitPoints points = new CommitPoints();
        List<ArchiveFile> toRead =
                plan.read().stream().map(SyncPlan.FileToRead::file).toList();
        IndexingPipeline pipeline = new IndexingPipeline(toRead, reader, tagger, workers);
        try {
            for (SyncPlan.FileToRead next : plan.read()) {
                ArchiveFile file = next.file();
                if (!run.rebuild() && commitPolicy.due(points.itemsSinceCommit, points.millisSinceCommit())) {
                    // a barrier between two files: every item queued so far is written and none of a later file
                    // yet, so a commit holds every item of a file or none; never in a rebuild (CommitPolicy)
                    pipeline.write(none -> {
                        run.options().beforeCommit().accept(true);
                        indexer.commitProgress(run.commitData());
                        points.committed();
                        listener.committed(points.itemsWritten, false);
                    });
                }
                ArchiveReader.ReadFile result = pipeline.nextRead();
                TrackedFiles.FileState state = next.before();
                listener.fileDone(file);
                int errorsBefore = read.errorCount();
                if (state != null && state.source().contentHash().equals(result.contentHash())) {
                    unchanged++; // touched, not changed: the items are still right, the errors too
                    notKept.remove(file.origin());
                    tracked.touched(new SourceFile(file.origin(), result.contentHash(), file.version()));
                    result.result().problems().forEach(read::error);
                    remember(file, read.errorsFrom(errorsBefore), memory, errorsByFile);
                    continue;
                }
                if (result.result().issues().isEmpty()
                        && !result.result().problems().isEmpty()) {
                    failedVersions.put(file.origin(), file.version());
                    if (state != null) {
                        read.warning(new IngestProblem(
                                file.origin(),
                                "kept the " + state.items()
                                        + " items of its previous version, since the new one cannot be read"));
                        notKept.remove(file.origin());
                    }
                    read.add(result.result(), dedup);
                    remember(file, read.errorsFrom(errorsBefore), memory, errorsByFile);
                    continue;
                }
                failedVersions.remove(file.origin());
                List<Issue> admitted = read.add(result.result(), dedup);
                remember(file, read.errorsFrom(errorsBefore), memory, errorsByFile);
                if (state != null) {
                    pipeline.write(none -> indexer.deleteSourceFile(file.origin()));
                    itemsRemoved += state.items();
                }
                tracked.rewritten(file.origin());
                SourceFile source = new SourceFile(file.origin(), result.contentHash(), file.version());
                for (Issue issue : admitted) {
                    // counted when queued: the next commit is a barrier, so by then every queued item is written
                    points.written(issue.items().size());
                    pipeline.tagThenWrite(issue, tagged -> indexer.upsert(tagged, source, emptyIndex));
                }
            }
            pipeline.finish();
        } finally {
            pipeline.close();
        }
        Set<String> listed = new HashSet<>();
        listing.files().forEach(file -> listed.add(file.origin()));
        memory.forgetGone(listed, listing.archives());
        boolean commit = run.rebuild()
                || indexer.hasUncommittedChanges()
                || !run.commitData().equals(committedData());
        if (commit) {
            if (indexer.hasUncommittedChanges()) {
                run.options().beforeCommit().accept(true);
            }
            long commitStart = System.nanoTime();
            indexer.commit(run.commitData());
            writeNanos += System.nanoTime() - commitStart;
            listener.committed(points.itemsWritten, true);
        }
        return new SyncReport(
                read.build(listing.files().size()),
                unchanged,
                plan.remove().size(),
                itemsRemoved,
                run.rebuild(),
                commit,
                reportedErrors(listing, errorsByFile),
                (System.nanoTime() - run.startNanos()) / 1_000_000,
                new SyncReport.Timing(
                        pipeline.readNanos() / 1_000_000,
                        pipeline.tagNanos() / 1_000_000,
                        (pipeline.writeNanos() + writeNanos) / 1_000_000,
                        (CPU.getCurrentThreadCpuTime() - run.startCpuNanos() + pipeline.workerCpuNanos()) / 1_000_000));
    }

    /** The file's errors of this run, remembered in the index until it changes, and reported. */
    private static void remember(
            ArchiveFile file, List<IngestProblem> errors, FileErrorMemory memory, Map<String, FileErrors> report) {
        memory.read(file, errors);
        if (errors.isEmpty()) {
            report.remove(file.origin());
        } else {
            report.put(file.origin(), FileErrors.of(file.origin(), file.version(), errors));
        }
    }

    /** Archives that could not be listed, then the files with errors (read now or remembered), in listing order. */
    private static List<FileErrors> reportedErrors(SyncPlan.Listing listing, Map<String, FileErrors> byFile) {
        List<FileErrors> all = new ArrayList<>();
        listing.errors().forEach(e -> all.add(FileErrors.of(e.origin(), "", List.of(e))));
        for (ArchiveFile file : listing.files()) {
            FileErrors errors = byFile.get(file.origin());
            if (errors != null) {
                all.add(errors);
            }
        }
        return all;
    }

    private Map<String, String> committedData() {
        return Map.of(
                FINGERPRINT_KEY,
                indexer.commitData(FINGERPRINT_KEY).orElse(""),
                FileErrorMemory.COMMIT_KEY,
                indexer.commitData(FileErrorMemory.COMMIT_KEY).orElse(""));
    }

    /** A callback that may fail with an IOException, e.g. refreshing a searcher. */
    @FunctionalInterface
    public interface IOConsumer {
        void accept(boolean changed) throws IOException;
    }

    /** The archives that held files indexed before a rebuild, so that those files are indexed again. */
    private static List<Archive> formerArchives(List<String> paths, List<? extends Archive> given) {
        List<Archive> former = new ArrayList<>();
        boolean demo = false;
        for (String path : paths) {
            if (given.stream().anyMatch(a -> a.contains(path))) {
                continue;
            }
            if (BundledArchive.DEMO.contains(path)) {
                demo = true;
            } else if (!path.startsWith("classpath:") && Files.isRegularFile(Path.of(path))) {
                former.add(new SingleFileArchive(Path.of(path)));
            }
        }
        if (demo) {
            former.add(BundledArchive.DEMO);
        }
        return former;
    }

    /** A failed lookup in the index, carried out of the deduplicator, which cannot throw an IOException. */
    private static final class LookupFailed extends RuntimeException {
        LookupFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
