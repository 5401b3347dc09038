package de.nachlese.index;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Several threads write the index, so documents land in an order that differs from run to run: what a reader sees
 * must not depend on it. The sorted views break ties by issue id, and a sync on many workers writes exactly what a
 * sync on one writes.
 */
class WriteOrderTest {

    private final IndexSchema schema = new IndexSchema();

    @Test
    void onlyWritesCountAsUncommittedNotMergesThatFinishAfterTheCommit() throws IOException {
        try (Directory directory = new ByteBuffersDirectory();
                ItemIndexer indexer = ItemIndexer.open(directory, schema)) {
            assertThat(indexer.hasUncommittedChanges()).isFalse();
            // one segment per commit: from the tenth on, a commit's flush starts merges that may finish after it
            for (int day = 1; day <= 24; day++) {
                indexer.upsert(issue("brief-2025-03-%02d".formatted(day), LocalDate.of(2025, 3, day)));
                assertThat(indexer.hasUncommittedChanges()).isTrue();
                indexer.commit(Map.of());
                assertThat(indexer.hasUncommittedChanges()).isFalse();
            }
            try (DirectoryReader reader = indexer.snapshot()) {
                assertThat(reader.numDocs()).isEqualTo(48);
            }
            assertThat(indexer.hasUncommittedChanges()).isFalse();
            indexer.deleteSourceFile("nowhere.txt");
            assertThat(indexer.hasUncommittedChanges()).isTrue();
            indexer.discardUncommitted();
            assertThat(indexer.hasUncommittedChanges()).isFalse();
        }
    }

    @Test
    void issuesOfTheSameDayAreOrderedByIdWhateverTheWriteOrder() throws IOException {
        LocalDate day = LocalDate.of(2025, 3, 7);
        try (Directory directory = new ByteBuffersDirectory();
                ItemIndexer indexer = ItemIndexer.open(directory, schema)) {
            indexer.upsert(issue("zeta-brief-2025-03-07", day));
            indexer.upsert(issue("alpha-brief-2025-03-07", day));
            indexer.upsert(issue("mitte-brief-2025-03-07", day));
            indexer.commit(Map.of());
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(ids(searcher, schema.newestFirst()))
                        .containsExactly(
                                "alpha-brief-2025-03-07-eins",
                                "mitte-brief-2025-03-07-eins",
                                "zeta-brief-2025-03-07-eins",
                                "alpha-brief-2025-03-07-zwei",
                                "mitte-brief-2025-03-07-zwei",
                                "zeta-brief-2025-03-07-zwei");
                assertThat(ids(searcher, schema.oldestFirst())).isEqualTo(ids(searcher, schema.newestFirst()));
            }
        }
    }

    @Test
    void fourWritingWorkersWriteWhatOneWrites() throws IOException {
        assertThat(syncDemo(4)).hasSize(235).isEqualTo(syncDemo(1));
    }

    /** Every stored item of the demo archive by id, after a sync with the given number of workers. */
    private Map<String, StoredItem> syncDemo(int workers) throws IOException {
        ArchiveReader reader = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY));
        Map<String, StoredItem> items = new TreeMap<>();
        try (Directory directory = new ByteBuffersDirectory();
                ItemIndexer indexer = ItemIndexer.open(directory, schema)) {
            new ArchiveIndexer(reader, Tagger.bundled(), indexer, CommitPolicy.DEFAULT, workers)
                    .sync(List.of(BundledArchive.DEMO), SyncOptions.DEFAULT);
            try (DirectoryReader index = DirectoryReader.open(directory)) {
                LiveDocuments.forEach(index, doc -> {
                    StoredItem item = schema.fromDocument(doc);
                    items.put(item.item().id(), item);
                });
            }
        }
        return items;
    }

    private List<String> ids(IndexSearcher searcher, Sort sort) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(MatchAllDocsQuery.INSTANCE, 10, sort).scoreDocs) {
            ids.add(schema.id(searcher.storedFields().document(hit.doc)));
        }
        return ids;
    }

    private static Issue issue(String id, LocalDate date) {
        return new Issue(
                id,
                "Testbrief",
                "Titel " + id,
                IsoWeek.of(date),
                date,
                "memory",
                Map.of(),
                List.of(item(id + "-eins", 1), item(id + "-zwei", 2)));
    }

    private static Item item(String id, int position) {
        return new Item(
                id,
                position,
                ItemType.LEAD,
                "",
                "Schlagzeile " + position,
                "Text.",
                List.of(new Source("WSJ", "https://example.com/" + id)),
                Tags.NONE);
    }
}
