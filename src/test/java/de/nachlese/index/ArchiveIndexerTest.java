package de.nachlese.index;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.ingest.Archive;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.ingest.SingleFileArchive;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental indexing: a first run indexes, a rerun on the same archive writes nothing, an edited file replaces its
 * items, a deleted file takes its items along, and files indexed from elsewhere stay.
 */
@ConcurrentInMemory
class ArchiveIndexerTest {

    private final IndexSchema schema = new IndexSchema();
    private final Tagger tagger = Tagger.bundled();
    private final ArchiveReader reader = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY));

    @Test
    void restartReusesTheIndexAndRebuildKeepsEveryId(@TempDir Path dir) throws IOException {
        Path indexDir = dir.resolve("index");
        List<String> firstIds;
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            SyncReport first =
                    new ArchiveIndexer(reader, tagger, indexer).sync(List.of(BundledArchive.DEMO), SyncOptions.DEFAULT);
            assertThat(first.committed()).isTrue();
            assertThat(first.issuesIndexed()).isEqualTo(28);
            assertThat(first.itemsIndexed()).isEqualTo(235);
            firstIds = allIds(indexer);
        }
        assertThat(firstIds).hasSize(235).doesNotHaveDuplicates();
        Map<String, Long> filesAfterFirstRun = indexFiles(indexDir);

        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            SyncReport restart =
                    new ArchiveIndexer(reader, tagger, indexer).sync(List.of(BundledArchive.DEMO), SyncOptions.DEFAULT);
            assertThat(restart.committed()).isFalse();
            assertThat(restart.filesUnchanged()).isEqualTo(28);
            assertThat(restart.issuesIndexed()).isZero();
            assertThat(allIds(indexer)).isEqualTo(firstIds);
        }
        assertThat(indexFiles(indexDir)).isEqualTo(filesAfterFirstRun);

        deleteRecursively(indexDir);
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            assertThat(new ArchiveIndexer(reader, tagger, indexer)
                            .sync(List.of(BundledArchive.DEMO), SyncOptions.DEFAULT)
                            .committed())
                    .isTrue();
            assertThat(allIds(indexer)).isEqualTo(firstIds);
        }
    }

    @Test
    void commitsBetweenFilesButARebuildOnlyAtItsEnd() throws IOException {
        try (ItemIndexer indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema)) {
            List<Boolean> commits = new ArrayList<>(); // true for a sync's final commit
            ArchiveIndexer.Listener listener = new ArchiveIndexer.Listener() {
                @Override
                public void committed(int itemsWritten, boolean last) {
                    commits.add(last);
                }
            };
            CommitPolicy everyFile = new CommitPolicy(1, 60_000);
            new ArchiveIndexer(reader, tagger, indexer, everyFile)
                    .sync(List.of(BundledArchive.DEMO), SyncOptions.DEFAULT.withListener(listener));
            // one before each file after the first (27), then the final one
            assertThat(commits).hasSize(28).endsWith(true).containsOnlyOnce(true);

            indexer.commit(Map.of(ArchiveIndexer.FINGERPRINT_KEY, "v0:other tagging data"));
            commits.clear();
            SyncReport rebuild = new ArchiveIndexer(reader, tagger, indexer, everyFile)
                    .sync(List.of(BundledArchive.DEMO), SyncOptions.DEFAULT.withListener(listener));
            assertThat(rebuild.rebuilt()).isTrue();
            assertThat(rebuild.itemsIndexed()).isEqualTo(235);
            assertThat(commits).containsExactly(true); // the old index stays the committed one until the end
        }
    }

    @Test
    void editedFileReplacesItsItemsAndDeletedFileRemovesThem(@TempDir Path dir) throws IOException {
        Path archiveDir = copyDemo(
                dir.resolve("archive"),
                "wochenwerk-2025-kw02.txt",
                "wochenwerk-2025-kw03.txt",
                "wochenwerk-2025-kw04.html");
        FolderArchive archive = new FolderArchive(archiveDir);
        try (ItemIndexer indexer = ItemIndexer.open(dir.resolve("index"), schema)) {
            ArchiveIndexer archiveIndexer = new ArchiveIndexer(reader, tagger, indexer);
            SyncReport first = archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(first.issuesIndexed()).isEqualTo(3);
            int itemsBefore = allIds(indexer).size();

            Path kw03 = archiveDir.resolve("wochenwerk-2025-kw03.txt");
            Files.setLastModifiedTime(
                    kw03, FileTime.fromMillis(Files.getLastModifiedTime(kw03).toMillis() + 5000));
            SyncReport touched = archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(touched.committed())
                    .as("same content, new time: nothing to write")
                    .isFalse();
            assertThat(touched.filesUnchanged()).isEqualTo(3);

            String text = Files.readString(kw03);
            Files.writeString(kw03, text.replace("TikTok läuft gegen die Wand:", "Ersatzmeldung zum Test:"));
            SyncReport edited = archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(edited.committed()).isTrue();
            assertThat(edited.issuesIndexed()).isEqualTo(1);
            assertThat(edited.filesUnchanged()).isEqualTo(2);
            List<String> ids = allIds(indexer);
            assertThat(ids)
                    .hasSize(itemsBefore)
                    .contains("wochenwerk-tech-2025-w03-ersatzmeldung-zum-test")
                    .doesNotContain("wochenwerk-tech-2025-w03-tiktok-laeuft-gegen-die-wand");

            int kw04Items = (int) ids.stream()
                    .filter(id -> id.startsWith("wochenwerk-tech-2025-w04-"))
                    .count();
            Files.delete(archiveDir.resolve("wochenwerk-2025-kw04.html"));
            SyncReport deleted = archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(deleted.filesRemoved()).isEqualTo(1);
            assertThat(deleted.itemsRemoved()).isEqualTo(kw04Items);
            assertThat(allIds(indexer))
                    .hasSize(itemsBefore - kw04Items)
                    .noneMatch(id -> id.startsWith("wochenwerk-tech-2025-w04-"));
        }
    }

    @Test
    void filesIndexedFromElsewhereStayWhenTheArchiveIsSynced(@TempDir Path dir) throws IOException {
        Path archiveDir = copyDemo(dir.resolve("archive"), "wochenwerk-2025-kw02.txt");
        Path other =
                copyDemo(dir.resolve("elsewhere"), "wochenwerk-2025-kw05.txt").resolve("wochenwerk-2025-kw05.txt");
        try (ItemIndexer indexer = ItemIndexer.open(dir.resolve("index"), schema)) {
            ArchiveIndexer archiveIndexer = new ArchiveIndexer(reader, tagger, indexer);
            archiveIndexer.sync(List.<Archive>of(new SingleFileArchive(other)), SyncOptions.DEFAULT.retryingFailures());
            SyncReport server = archiveIndexer.sync(List.of(new FolderArchive(archiveDir)), SyncOptions.DEFAULT);
            assertThat(server.filesRemoved()).isZero();
            assertThat(allIds(indexer))
                    .anyMatch(id -> id.startsWith("wochenwerk-tech-2025-w05-"))
                    .anyMatch(id -> id.startsWith("wochenwerk-tech-2025-w02-"));
        }
    }

    @Test
    void newTaggingDataOrSchemaReindexesEveryKnownFileIncludingThoseFromElsewhere(@TempDir Path dir)
            throws IOException {
        Path archiveDir = copyDemo(dir.resolve("archive"), "wochenwerk-2025-kw02.txt");
        Path other =
                copyDemo(dir.resolve("elsewhere"), "wochenwerk-2025-kw05.txt").resolve("wochenwerk-2025-kw05.txt");
        Path indexDir = dir.resolve("index");
        List<String> ids;
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            ArchiveIndexer archiveIndexer = new ArchiveIndexer(reader, tagger, indexer);
            archiveIndexer.sync(List.<Archive>of(new SingleFileArchive(other)), SyncOptions.DEFAULT.retryingFailures());
            archiveIndexer.sync(List.of(new FolderArchive(archiveDir)), SyncOptions.DEFAULT);
            ids = allIds(indexer);
            // as if the index had been written by an older Nachlese or with other tagging data
            indexer.commit(Map.of(ArchiveIndexer.FINGERPRINT_KEY, "v0:older"));
        }
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            SyncReport rebuilt = new ArchiveIndexer(reader, tagger, indexer)
                    .sync(List.of(new FolderArchive(archiveDir)), SyncOptions.DEFAULT);
            assertThat(rebuilt.rebuilt()).isTrue();
            assertThat(rebuilt.issuesIndexed())
                    .as("the archive's file and the one indexed from elsewhere")
                    .isEqualTo(2);
            assertThat(allIds(indexer)).containsExactlyInAnyOrderElementsOf(ids);
        }
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            assertThat(new ArchiveIndexer(reader, tagger, indexer)
                            .sync(List.of(new FolderArchive(archiveDir)), SyncOptions.DEFAULT)
                            .committed())
                    .isFalse();
        }
    }

    @Test
    void theSameIssueInTwoFilesIsIndexedOnceAndSurvivesTheLossOfOneFile(@TempDir Path dir) throws IOException {
        Path archiveDir = copyDemo(dir.resolve("archive"), "wochenwerk-2025-kw08.html");
        try (InputStream twin = getClass().getResourceAsStream("/twins/wochenwerk-2025-kw08.txt")) {
            Files.write(archiveDir.resolve("wochenwerk-2025-kw08.txt"), twin.readAllBytes());
        }
        FolderArchive archive = new FolderArchive(archiveDir);
        try (ItemIndexer indexer = ItemIndexer.open(dir.resolve("index"), schema)) {
            ArchiveIndexer archiveIndexer = new ArchiveIndexer(reader, tagger, indexer);
            SyncReport first = archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(first.issuesIndexed()).isEqualTo(1);
            assertThat(first.read().duplicates())
                    .singleElement()
                    .satisfies(d -> assertThat(d.origin()).endsWith("wochenwerk-2025-kw08.txt"));
            int items = allIds(indexer).size();

            Files.delete(archiveDir.resolve("wochenwerk-2025-kw08.html"));
            SyncReport afterDelete = archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(afterDelete.filesRemoved()).isEqualTo(1);
            assertThat(afterDelete.issuesIndexed())
                    .as("the text twin takes over")
                    .isEqualTo(1);
            assertThat(allIds(indexer)).hasSize(items);
        }
    }

    static Path copyDemo(Path target, String... names) throws IOException {
        Files.createDirectories(target);
        for (String name : names) {
            try (InputStream in = ArchiveIndexerTest.class.getResourceAsStream("/demo-archive/" + name)) {
                Files.write(target.resolve(name), in.readAllBytes());
            }
        }
        return target;
    }

    private List<String> allIds(ItemIndexer indexer) throws IOException {
        List<String> ids = new ArrayList<>();
        try (ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
            for (int page = 1; page <= 5; page++) {
                searcher.search(new SearchRequest("", Map.of(), null, null, SortOrder.OLDEST, page, 50))
                        .hits()
                        .forEach(hit -> ids.add(hit.stored().item().id()));
            }
        }
        return ids;
    }

    /** Names and sizes of the index files: unchanged when nothing was written. */
    private static Map<String, Long> indexFiles(Path indexDir) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(indexDir)) {
            for (Path p : list.toList()) {
                if (!p.getFileName().toString().equals("write.lock")) {
                    files.put(p.getFileName().toString(), Files.size(p));
                }
            }
        }
        return files;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
