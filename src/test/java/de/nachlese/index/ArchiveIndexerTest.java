package de.nachlese.index;

import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import de.nachlese.tagging.Tagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up indexing: a first run indexes, a restart on the same archive does nothing, a rebuild gives the same ids. */
class ArchiveIndexerTest {

    private final IndexSchema schema = new IndexSchema();
    private final Tagger tagger = Tagger.bundled();
    private final ArchiveReader reader = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY), 1_000_000);

    @Test
    void restartReusesTheIndexAndRebuildKeepsEveryId(@TempDir Path dir) throws IOException {
        Path indexDir = dir.resolve("index");
        List<String> firstIds;
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            ArchiveIndexer.Result first = new ArchiveIndexer(reader, tagger, indexer).syncIfChanged(BundledArchive.DEMO);
            assertThat(first.reindexed()).isTrue();
            assertThat(first.issues()).isEqualTo(28);
            assertThat(first.items()).isEqualTo(235);
            firstIds = allIds(indexer);
        }
        assertThat(firstIds).hasSize(235).doesNotHaveDuplicates();

        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            ArchiveIndexer.Result restart = new ArchiveIndexer(reader, tagger, indexer).syncIfChanged(BundledArchive.DEMO);
            assertThat(restart.reindexed()).isFalse();
            assertThat(restart.report()).isEmpty();
            assertThat(allIds(indexer)).isEqualTo(firstIds);
        }

        deleteRecursively(indexDir);
        try (ItemIndexer indexer = ItemIndexer.open(indexDir, schema)) {
            assertThat(new ArchiveIndexer(reader, tagger, indexer).syncIfChanged(BundledArchive.DEMO).reindexed()).isTrue();
            assertThat(allIds(indexer)).isEqualTo(firstIds);
        }
    }

    private List<String> allIds(ItemIndexer indexer) throws IOException {
        List<String> ids = new ArrayList<>();
        try (ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
            for (int page = 1; page <= 5; page++) {
                searcher.search(new SearchRequest("", Map.of(), null, null, SortOrder.OLDEST, page, 50)).hits()
                        .forEach(hit -> ids.add(hit.stored().item().id()));
            }
        }
        return ids;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
