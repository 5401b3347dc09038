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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps an index in step with archives, file by file. Each item remembers its source file with the file's content
 * hash, so a run reads only new and changed files, replaces the items of an edited file, removes the items of a
 * file that has gone from its archive, and writes nothing at all when nothing changed. Files indexed from other
 * places (another folder, the command line) are left alone. When the schema or the tagging data changed, every
 * known file is indexed afresh.
 */
public final class ArchiveIndexer {

    static final String FINGERPRINT_KEY = "nachlese.fingerprint";

    private final ArchiveReader reader;
    private final Tagger tagger;
    private final ItemIndexer indexer;
    /** Unreadable files by version, so a watched archive does not re-read (and re-report) them on every change. */
    private final Map<String, String> failedVersions = new HashMap<>();

    public ArchiveIndexer(ArchiveReader reader, Tagger tagger, ItemIndexer indexer) {
        this.reader = reader;
        this.tagger = tagger;
        this.indexer = indexer;
    }

    /** Hears about progress, e.g. to draw a progress bar. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void filesListed(int files) {
        }

        /** Called once per listed file, read or not. */
        default void fileDone(ArchiveFile file) {
        }
    }

    public SyncReport sync(Archive archive) throws IOException {
        return sync(List.of(archive), Listener.NONE, false);
    }

    /**
     * @param retryFailures read unreadable files again even when unchanged, so that their errors are reported again
     *                      (a command-line run), rather than once per process (a watched archive)
     */
    public synchronized SyncReport sync(List<Archive> archives, Listener listener, boolean retryFailures) throws IOException {
        long startNanos = System.nanoTime();
        String fingerprint = "v" + IndexSchema.VERSION + ":" + tagger.fingerprint();
        List<TrackedItem> trackedItems = indexer.trackedItems();
        Map<String, FileState> tracked = fileStates(trackedItems);
        List<Archive> all = new ArrayList<>(archives);
        boolean rebuild = !trackedItems.isEmpty() && indexer.commitData(FINGERPRINT_KEY).filter(fingerprint::equals).isEmpty();
        if (rebuild) {
            all.addAll(formerArchives(tracked.keySet(), archives));
            indexer.deleteAll();
            tracked = Map.of();
            failedVersions.clear();
        }
        IngestReport.Builder read = new IngestReport.Builder();
        List<ArchiveFile> files = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        List<Archive> listedArchives = new ArrayList<>();
        for (Archive archive : all) {
            try {
                for (ArchiveFile file : archive.files()) {
                    if (listed.add(file.origin())) {
                        files.add(file);
                    }
                }
                listedArchives.add(archive);
            } catch (IOException e) {
                read.error(new IngestProblem(archive.description(), "cannot list: " + e.getMessage()));
            }
        }
        listener.filesListed(files.size());

        List<String> removed = tracked.keySet().stream()
                .filter(path -> !listed.contains(path) && listedArchives.stream().anyMatch(a -> a.contains(path)))
                .toList();
        List<ArchiveFile> toRead = new ArrayList<>();
        IssueDeduplicator dedup = new IssueDeduplicator();
        int unchanged = 0;
        for (ArchiveFile file : files) {
            FileState state = tracked.get(file.origin());
            if (state != null && state.source.version().equals(file.version())) {
                unchanged++;
                listener.fileDone(file);
            } else if (!retryFailures && file.version().equals(failedVersions.get(file.origin()))) {
                listener.fileDone(file);
            } else {
                toRead.add(file);
            }
        }
        Set<String> rereading = new LinkedHashSet<>();
        toRead.forEach(f -> rereading.add(f.origin()));
        tracked.forEach((path, state) -> {
            if (!rereading.contains(path) && !removed.contains(path)) {
                state.issues.forEach((id, known) -> dedup.know(id, known.title(), known.origin()));
            }
        });

        int itemsRemoved = 0;
        for (String path : removed) {
            indexer.deleteSourceFile(path);
            itemsRemoved += tracked.get(path).items;
        }
        long readNanos = 0;
        long tagNanos = 0;
        long writeNanos = 0;
        for (ArchiveFile file : toRead) {
            long t0 = System.nanoTime();
            ArchiveReader.ReadFile result = reader.readFile(file);
            readNanos += System.nanoTime() - t0;
            FileState state = tracked.get(file.origin());
            listener.fileDone(file);
            if (state != null && state.source.contentHash().equals(result.contentHash())) {
                unchanged++; // touched, not changed: the items are still right
                state.issues.forEach((id, known) -> dedup.know(id, known.title(), known.origin()));
                continue;
            }
            if (result.result().issues().isEmpty() && !result.result().problems().isEmpty()) {
                failedVersions.put(file.origin(), file.version());
                if (state != null) {
                    read.warning(new IngestProblem(file.origin(), "kept the " + state.items
                            + " items of its previous version, since the new one cannot be read"));
                    state.issues.forEach((id, known) -> dedup.know(id, known.title(), known.origin()));
                }
                read.add(result.result(), dedup);
                continue;
            }
            failedVersions.remove(file.origin());
            List<Issue> admitted = read.add(result.result(), dedup);
            if (state != null) {
                indexer.deleteSourceFile(file.origin());
                itemsRemoved += state.items;
            }
            SourceFile source = new SourceFile(file.origin(), result.contentHash(), file.version());
            for (Issue issue : admitted) {
                long t1 = System.nanoTime();
                Issue tagged = tagger.tag(issue);
                long t2 = System.nanoTime();
                indexer.upsert(tagged, source);
                tagNanos += t2 - t1;
                writeNanos += System.nanoTime() - t2;
            }
        }
        boolean commit = rebuild || indexer.hasUncommittedChanges()
                || indexer.commitData(FINGERPRINT_KEY).filter(fingerprint::equals).isEmpty();
        if (commit) {
            long t3 = System.nanoTime();
            indexer.commit(Map.of(FINGERPRINT_KEY, fingerprint));
            writeNanos += System.nanoTime() - t3;
        }
        return new SyncReport(read.build(files.size()), unchanged, removed.size(), itemsRemoved, rebuild, commit,
                (System.nanoTime() - startNanos) / 1_000_000,
                new SyncReport.Timing(readNanos / 1_000_000, tagNanos / 1_000_000, writeNanos / 1_000_000));
    }

    /** The archives that held files indexed before a rebuild, so that those files are indexed again. */
    private static List<Archive> formerArchives(Set<String> paths, List<Archive> given) {
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

    private record KnownIssue(String title, String origin) {
    }

    private static final class FileState {
        final SourceFile source;
        final Map<String, KnownIssue> issues = new LinkedHashMap<>();
        int items;

        FileState(SourceFile source) {
            this.source = source;
        }
    }

    private static Map<String, FileState> fileStates(List<TrackedItem> items) {
        Map<String, FileState> states = new LinkedHashMap<>();
        for (TrackedItem item : items) {
            if (item.source().path() == null) {
                continue; // written before files were tracked; the version check rebuilds such an index
            }
            FileState state = states.computeIfAbsent(item.source().path(), p -> new FileState(item.source()));
            state.items++;
            state.issues.putIfAbsent(item.issueId(), new KnownIssue(item.issueTitle(), item.origin()));
        }
        return states;
    }
}
