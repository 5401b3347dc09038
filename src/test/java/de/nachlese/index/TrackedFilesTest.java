package de.nachlese.index;

import static de.nachlese.index.ArchiveIndexerTest.copyDemo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueDeduplicator;
import de.nachlese.ingest.IssueReader;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a sync knows of the files in the index comes from the index itself, not from memory: so a restart, a failed
 * sync or an index written by another process give the same answers as a sync that ran on without a break.
 */
class TrackedFilesTest {

    private final IndexSchema schema = new IndexSchema();
    private final Tagger tagger = Tagger.bundled();
    private final ArchiveReader reader = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY));

    @Test
    void aSnapshotAnswersPerFileAndPerIssueInIndexOrder() throws IOException {
        try (ItemIndexer indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema)) {
            new ArchiveIndexer(reader, tagger, indexer).sync(List.of(BundledArchive.DEMO), SyncOptions.DEFAULT);
            TrackedFiles tracked = new TrackedFiles(schema);
            try (TrackedFiles.Snapshot snapshot = tracked.snapshot(indexer)) {
                assertThat(snapshot.items()).isEqualTo(235);
                List<String> paths = snapshot.paths(path -> true);
                assertThat(paths).hasSize(28).doesNotHaveDuplicates();
                // issues are written by parallel workers, so the index order of the files is not the archive's
                assertThat(paths)
                        .contains(
                                "classpath:/demo-archive/wochenwerk-2025-kw02.txt",
                                "classpath:/demo-archive/wochenwerk-2025-kw03.txt",
                                "classpath:/demo-archive/wochenwerk-2025-kw04.html");
                assertThat(snapshot.paths(path -> path.endsWith(".html")))
                        .hasSize(paths.stream()
                                .filter(p -> p.endsWith(".html"))
                                .toList()
                                .size());

                TrackedFiles.FileState kw03 = snapshot.get("classpath:/demo-archive/wochenwerk-2025-kw03.txt")
                        .orElseThrow();
                assertThat(kw03.source().path()).isEqualTo("classpath:/demo-archive/wochenwerk-2025-kw03.txt");
                assertThat(kw03.source().contentHash()).hasSize(64);
                assertThat(kw03.items()).isEqualTo(count(indexer, "wochenwerk-tech-2025-w03-"));
                assertThat(snapshot.get("classpath:/demo-archive/nicht-da.txt")).isEmpty();

                IssueDeduplicator.Known issue =
                        snapshot.issue("wochenwerk-tech-2025-w03", p -> false).orElseThrow();
                assertThat(issue.origin()).isEqualTo("classpath:/demo-archive/wochenwerk-2025-kw03.txt");
                assertThat(snapshot.issue("wochenwerk-tech-2025-w03", p -> p.endsWith("kw03.txt")))
                        .isEmpty();
                assertThat(snapshot.issue("wochenwerk-tech-1999-w01", p -> false))
                        .isEmpty();
            }
        }
    }

    @Test
    void afterARestartUnchangedRemovedAndDuplicateFilesComeOutAsWithoutOne(@TempDir Path dir) throws IOException {
        Path archiveDir = copyDemo(dir.resolve("archive"), "wochenwerk-2025-kw02.txt", "wochenwerk-2025-kw08.html");
        FolderArchive archive = new FolderArchive(archiveDir);
        Path indexDir = dir.resolve("index");
        int items;
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            SyncReport first = new ArchiveIndexer(reader, tagger, indexer).sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(first.issuesIndexed()).isEqualTo(2);
            items = first.itemsIndexed();
        }
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            ArchiveIndexer restarted = new ArchiveIndexer(reader, tagger, indexer);
            SyncReport same = restarted.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(same.committed()).isFalse();
            assertThat(same.filesUnchanged()).isEqualTo(2);
            assertThat(same.issuesIndexed()).isZero();

            // the text twin of an issue indexed before the restart is known as a copy of it
            try (InputStream twin = getClass().getResourceAsStream("/twins/wochenwerk-2025-kw08.txt")) {
                Files.write(archiveDir.resolve("wochenwerk-2025-kw08.txt"), twin.readAllBytes());
            }
            SyncReport withTwin = restarted.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(withTwin.issuesIndexed()).isZero();
            assertThat(withTwin.filesUnchanged()).isEqualTo(2);
            assertThat(withTwin.read().duplicates()).singleElement().satisfies(d -> {
                assertThat(d.origin())
                        .isEqualTo(
                                archiveDir.resolve("wochenwerk-2025-kw08.txt").toString());
                assertThat(d.reason()).startsWith("same issue as " + archiveDir.resolve("wochenwerk-2025-kw08.html"));
            });
            int kw08Items = count(indexer, "wochenwerk-tech-2025-w08-");

            Files.delete(archiveDir.resolve("wochenwerk-2025-kw08.html"));
            SyncReport afterDelete = restarted.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(afterDelete.filesRemoved()).isEqualTo(1);
            assertThat(afterDelete.itemsRemoved()).isEqualTo(kw08Items);
            assertThat(afterDelete.issuesIndexed()).as("the twin takes over").isEqualTo(1);
            assertThat(count(indexer, "")).isEqualTo(items);
        }
    }

    @Test
    void aTouchedFileIsRememberedUnderItsNewVersionUntilTheProcessEnds(@TempDir Path dir) throws IOException {
        Path archiveDir = copyDemo(dir.resolve("archive"), "wochenwerk-2025-kw02.txt", "wochenwerk-2025-kw03.txt");
        FolderArchive archive = new FolderArchive(archiveDir);
        Path kw03 = archiveDir.resolve("wochenwerk-2025-kw03.txt");
        Path indexDir = dir.resolve("index");
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            ArchiveIndexer archiveIndexer = new ArchiveIndexer(reader, tagger, indexer);
            archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            FileTime touched =
                    FileTime.fromMillis(Files.getLastModifiedTime(kw03).toMillis() + 5000);
            Files.setLastModifiedTime(kw03, touched);
            SyncReport rehashed = archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(rehashed.committed()).isFalse();
            assertThat(rehashed.filesUnchanged()).isEqualTo(2);

            // an edit of the same length under the remembered version is, by design, not read: the version is
            // the cheap check before hashing. That it is not read shows that the new version was remembered.
            String text = Files.readString(kw03);
            Files.writeString(kw03, text.replace("TikTok läuft gegen die Wand:", "TikTok rennt gegen die Türe:"));
            assertThat(Files.size(kw03)).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            Files.setLastModifiedTime(kw03, touched);
            SyncReport notRead = archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(notRead.committed()).isFalse();
            assertThat(notRead.filesUnchanged()).isEqualTo(2);
        }
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            // a new process knows only the index, which holds the version first indexed: the file is read again
            SyncReport restarted =
                    new ArchiveIndexer(reader, tagger, indexer).sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(restarted.committed()).isTrue();
            assertThat(restarted.issuesIndexed()).isEqualTo(1);
            assertThat(restarted.filesUnchanged()).isEqualTo(1);
            assertThat(count(indexer, "wochenwerk-tech-2025-w03-tiktok-rennt-gegen-die-tuere"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aSyncThatFailedHalfwayIsRolledBackToItsLastCommitAndFinishedByTheNext() throws IOException {
        try (ItemIndexer indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema)) {
            ArchiveIndexer archiveIndexer = new ArchiveIndexer(reader, tagger, indexer, new CommitPolicy(1, 60_000), 2);
            AtomicInteger commits = new AtomicInteger();
            // fails at the second commit point: two files written, the first committed, the second not
            SyncOptions failingRefresh = SyncOptions.DEFAULT.withBeforeCommit(changed -> {
                if (commits.incrementAndGet() == 2) {
                    throw new IOException("refresh failed");
                }
            });
            assertThatThrownBy(() -> archiveIndexer.sync(List.of(BundledArchive.DEMO), failingRefresh))
                    .isInstanceOf(IOException.class)
                    .hasMessage("refresh failed");
            // the failed run is rolled back to its last commit (a writer shared by parallel workers may hold part of
            // a file): the first file stays, the second is gone and read again
            assertThat(indexer.hasUncommittedChanges()).isFalse();

            SyncReport next = archiveIndexer.sync(List.of(BundledArchive.DEMO), SyncOptions.DEFAULT);
            assertThat(next.filesUnchanged()).isEqualTo(1);
            assertThat(next.issuesIndexed()).isEqualTo(27);
            assertThat(next.read().duplicates()).isEmpty();
            assertThat(count(indexer, "")).isEqualTo(235);

            ArchiveIndexer afterRestart = new ArchiveIndexer(reader, tagger, indexer);
            SyncReport again = afterRestart.sync(List.of(BundledArchive.DEMO), SyncOptions.DEFAULT);
            assertThat(again.committed()).isFalse();
            assertThat(again.filesUnchanged()).isEqualTo(28);
        }
    }

    /** Items in the index whose id starts so, after making every write visible. */
    private int count(ItemIndexer indexer, String idPrefix) throws IOException {
        try (var reader = indexer.snapshot()) {
            int[] n = {0};
            LiveDocuments.forEach(reader, schema.retireFields(), doc -> {
                if (schema.id(doc).startsWith(idPrefix)) {
                    n[0]++;
                }
            });
            return n[0];
        }
    }
}
