package de.nachlese.index;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live indexing: a file dropped into (or removed from) a watched archive folder becomes searchable (or goes) without
 * a restart. How fast is measured by tools/measure-live-indexing.sh, not here.
 */
class ArchiveWatcherTest {

    private final IndexSchema schema = new IndexSchema();

    @Test
    void droppedFileBecomesSearchableAndRemovedFileGoes(@TempDir Path dir) throws Exception {
        Path archiveDir = ArchiveIndexerTest.copyDemo(dir.resolve("archive"), "wochenwerk-2025-kw02.txt");
        FolderArchive archive = new FolderArchive(archiveDir);
        LinkedBlockingQueue<SyncReport> syncs = new LinkedBlockingQueue<>();
        try (ItemIndexer indexer = ItemIndexer.open(dir.resolve("index"), schema);
                ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
            ArchiveIndexer archiveIndexer = new ArchiveIndexer(
                    new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY)), Tagger.bundled(), indexer);
            archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            searcher.refresh();
            assertThat(searcher.search(SearchRequest.of("Glasfaser Pflug")).total())
                    .isZero();

            try (ArchiveWatcher watcher = ArchiveWatcher.start(
                    archive, archiveIndexer, changed -> searcher.refresh(), syncs::add, Throwable::printStackTrace)) {
                // no wait between the two: if the file lands before the watcher has registered the new folder, the
                // sync that the folder's own event starts scans the whole tree and finds it; either way exactly one
                // sync writes it (a sync that changes nothing is not reported)
                Files.createDirectories(archiveDir.resolve("neu"));
                copyFixture("/fixtures/formats/funkloch-2025.mbox", archiveDir.resolve("neu/funkloch.mbox"));
                SyncReport added = awaitSync(syncs);
                assertThat(added.issuesIndexed()).isEqualTo(12);
                assertThat(searcher.search(SearchRequest.of("Glasfaser Pflug")).hits())
                        .extracting(h -> h.stored().item().id())
                        .containsExactly("funkloch-digital-2025-w10-stadtwerke-verlegen-glasfaser-mit-dem-pflug");

                Files.delete(archiveDir.resolve("neu/funkloch.mbox"));
                SyncReport removed = awaitSync(syncs);
                assertThat(removed.filesRemoved()).isEqualTo(1);
                assertThat(removed.itemsRemoved()).isEqualTo(43);
                assertThat(searcher.search(SearchRequest.of("Glasfaser Pflug")).total())
                        .isZero();
            }
        }
    }

    private static SyncReport awaitSync(LinkedBlockingQueue<SyncReport> syncs) throws InterruptedException {
        SyncReport report = syncs.poll(30, TimeUnit.SECONDS);
        assertThat(report).as("a sync within 30 s").isNotNull();
        return report;
    }

    private static void copyFixture(String resource, Path target) throws IOException {
        try (InputStream in = ArchiveWatcherTest.class.getResourceAsStream(resource)) {
            Path partial = target.resolveSibling(".partial-" + target.getFileName());
            Files.write(partial, in.readAllBytes());
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
