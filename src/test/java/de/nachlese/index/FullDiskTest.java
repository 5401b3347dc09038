package de.nachlese.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import de.nachlese.tagging.Tagger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A full disk or an I/O error while indexing: the sync fails with the cause, the index folder keeps its previous
 * commit intact (it opens, passes CheckIndex, holds the same items), the searcher of a running server keeps
 * answering, and once the disk has room again the next sync indexes everything, with the same indexer and searcher
 * objects, as a long-running server would.
 */
class FullDiskTest {

    private static final Path DEMO = Path.of("src/main/resources/demo-archive");
    private static final int DEMO_ITEMS = 235;
    private static final Tagger TAGGER = Tagger.bundled();

    private final IndexSchema schema = new IndexSchema();
    private final ArchiveReader reader = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY));

    enum Fault {
        /** The disk fills up while segments are written. */
        DISK_FULL(FillingDirectory.NO_SPACE),
        /** fsync fails at the commit, after everything was written. */
        FSYNC_FAILS("Input/output error");

        final String message;

        Fault(String message) {
            this.message = message;
        }

        void apply(FillingDirectory disk) {
            if (this == DISK_FULL) {
                disk.free.set(40_000);
            } else {
                disk.failSync = true;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFailedSyncKeepsTheLastCommitAndTheNextSyncCompletesIt(Fault fault, @TempDir Path dir) throws Exception {
        Path archiveDir = Files.createDirectories(dir.resolve("archive"));
        Path indexDir = dir.resolve("index");
        List<Path> demoFiles = demoFiles();
        copy(demoFiles.subList(0, 10), archiveDir);
        FolderArchive archive = new FolderArchive(archiveDir);
        FillingDirectory disk = new FillingDirectory(FSDirectory.open(Files.createDirectories(indexDir)));
        try (ItemIndexer indexer = ItemIndexer.open(disk, schema);
                ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
            ArchiveIndexer archiveIndexer = new ArchiveIndexer(reader, TAGGER, indexer);
            ArchiveIndexer.IOConsumer refresh = changed -> searcher.refresh();
            archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT.withBeforeCommit(refresh));
            searcher.refresh();
            Set<String> committed = committedIds(indexDir);
            int itemsBefore = searcher.itemCount();
            assertThat(committed).hasSize(itemsBefore).hasSizeGreaterThan(50);

            int generationBefore = indexer.writerGeneration();
            copy(demoFiles.subList(10, demoFiles.size()), archiveDir);
            fault.apply(disk);
            Throwable failure = catchThrowable(
                    () -> archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT.withBeforeCommit(refresh)));

            assertThat(failure).isInstanceOf(IOException.class);
            assertThat(messages(failure)).contains(fault.message);
            // the writer that held part of the failed sync is gone (rolled back, or closed by Lucene as "tragic"):
            // a new one opened on the last commit
            assertThat(indexer.writerGeneration()).isGreaterThan(generationBefore);
            assertThat(indexer.hasUncommittedChanges()).isFalse();
            assertThat(committedIds(indexDir))
                    .as("the previous commit, untouched")
                    .isEqualTo(committed);
            assertCheckIndexClean(indexDir);
            // a server keeps answering from what it had (and, after an fsync failure, what it had read already)
            assertThat(searcher.itemCount()).isGreaterThanOrEqualTo(itemsBefore);
            assertThat(searcher.search(SearchRequest.of("Apple")).total()).isPositive();

            disk.free.set(Long.MAX_VALUE);
            disk.failSync = false;
            SyncReport report = archiveIndexer.sync(List.of(archive), SyncOptions.DEFAULT.withBeforeCommit(refresh));
            searcher.refresh();
            assertThat(report.committed()).isTrue();
            assertThat(searcher.itemCount()).isEqualTo(DEMO_ITEMS);
        }
        assertThat(committedIds(indexDir)).hasSize(DEMO_ITEMS);
        assertCheckIndexClean(indexDir);
    }

    static List<Path> demoFiles() throws IOException {
        try (Stream<Path> files = Files.list(DEMO)) {
            return files.filter(f -> f.getFileName().toString().startsWith("wochenwerk"))
                    .sorted()
                    .toList();
        }
    }

    static void copy(List<Path> files, Path target) throws IOException {
        for (Path file : files) {
            Files.copy(file, target.resolve(file.getFileName()));
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" / ");
            for (Throwable suppressed : t.getSuppressed()) {
                all.append(suppressed.getMessage()).append(" / ");
            }
        }
        return all.toString();
    }

    /** The item ids of the folder's last commit, read as a new process would (without the write lock). */
    private Set<String> committedIds(Path indexDir) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Directory directory = FSDirectory.open(indexDir, NoLockFactory.INSTANCE);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            LiveDocuments.forEach(
                    reader, doc -> assertThat(ids.add(schema.id(doc))).isTrue());
        }
        return ids;
    }

    static void assertCheckIndexClean(Path indexDir) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Directory directory = FSDirectory.open(indexDir, NoLockFactory.INSTANCE);
                CheckIndex checker = new CheckIndex(directory)) {
            checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            assertThat(checker.checkIndex().clean)
                    .as(log.toString(StandardCharsets.UTF_8))
                    .isTrue();
        }
    }
}
