package de.nachlese.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.ArchiveIndexer;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.index.SyncOptions;
import de.nachlese.index.SyncReport;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Facet;
import de.nachlese.search.FacetValue;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A company added to the archive folder's override file becomes a facet value on the next sync, without a rebuild. */
class OverrideGazetteerTest {

    private static final String ISSUE = """
            KW10 - Eine kleine Testausgabe

            Testbrief (BETA)

            Von Testautorin · 3. März 2025

            👋 Hallo! Diese Ausgabe gibt es nur für einen Test.

            🛠️ Beispielwerk baut eine Fabrik

            Was ist passiert? Die Firma Beispielwerk aus Kassel plant eine neue Halle, und Nvidia liefert die Rechner.

            Das sind die weiteren News der Woche:

            🤖 Beispielwerk-Chefin lobt die Stadt: Die Gemeinde freut sich über neue Stellen bei Beispielwerks Neubau.
            🔗 Lokalblatt

            Danke fürs Lesen!
            """;

    private final IndexSchema schema = new IndexSchema();
    private final ArchiveReader reader = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY), 1_000_000);

    @Test
    void overrideCompanyBecomesAFacetValueAfterResync(@TempDir Path dir) throws IOException {
        Path archiveDir = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(archiveDir.resolve("test-2025-kw10.txt"), ISSUE, StandardCharsets.UTF_8);
        FolderArchive archive = new FolderArchive(archiveDir);
        try (ItemIndexer indexer = ItemIndexer.open(dir.resolve("index"), schema)) {
            assertThat(new ArchiveIndexer(reader, Tagger.forArchive(archiveDir), indexer)
                            .sync(List.of(archive), SyncOptions.DEFAULT)
                            .committed())
                    .isTrue();
            assertThat(companyFacet(indexer)).containsExactly("Nvidia:1");

            Files.writeString(
                    archiveDir.resolve(Gazetteer.OVERRIDE_FILE),
                    "# kind\tcanonical\taliases\trelated\tcontext\ncompany\tBeispielwerk\tBeispielwerk GmbH\n",
                    StandardCharsets.UTF_8);
            SyncReport resync = new ArchiveIndexer(reader, Tagger.forArchive(archiveDir), indexer)
                    .sync(List.of(archive), SyncOptions.DEFAULT);
            assertThat(resync.rebuilt()).isTrue();
            assertThat(resync.committed()).isTrue();
            assertThat(companyFacet(indexer)).containsExactly("Beispielwerk:2", "Nvidia:1");

            assertThat(new ArchiveIndexer(reader, Tagger.forArchive(archiveDir), indexer)
                            .sync(List.of(archive), SyncOptions.DEFAULT)
                            .committed())
                    .isFalse();
        }
    }

    private List<String> companyFacet(ItemIndexer indexer) throws IOException {
        try (ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
            List<FacetValue> values = searcher.search(SearchRequest.of("")).facet(Facet.COMPANY);
            return values.stream().map(v -> v.value() + ":" + v.count()).toList();
        }
    }
}
