package de.nachlese.search;

import static de.nachlese.search.TinyIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Words the archive says differently, on a small hand-written index: a word few items contain also finds the
 * glossary's words for the same thing, and a split compound whose parts differ widely in how common they are needs
 * its rare part. Every assertion names exact ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyTest {

    private final IndexSchema schema = new IndexSchema();
    private ItemIndexer indexer;
    private ItemSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        indexer.upsert(issue(
                LocalDate.of(2025, 4, 7),
                item("antrag", "Der Antrag auf Genehmigung liegt in Brüssel", "Entschieden wird im Herbst."),
                item("erlaubnis", "Nvidia bekommt die Erlaubnis für den H20", "Der Chip darf wieder nach China."),
                item("zulassung", "Waymo erhält die Zulassung in Kalifornien", "Die Taxis fahren ab Mai."),
                item("wetter", "Regen über Austin", "Die Testfahrten ruhen."),
                item("strafe", "Brüssel verhängt eine Strafe gegen Meta", "Es geht um das Werbemodell."),
                item("beides", "Apple muss Milliarden zahlen", "Die Strafe trifft das App-Geschäft.")));
        indexer.upsert(issue(
                LocalDate.of(2025, 4, 14),
                item("m1", "Meta steckt Milliarden in Rechenzentren", "Der Bau beginnt in Ohio."),
                item("m2", "Microsoft investiert Milliarden in Indien", "Es entstehen neue Standorte."),
                item("m3", "OpenAI sammelt Milliarden ein", "SoftBank zahlt den größten Teil."),
                item("m4", "Milliarden für Chipfabriken", "Die Förderung fließt nach Arizona."),
                item("m5", "Amazon plant Milliarden für Anthropic", "Die Beteiligung wächst."),
                item("m6", "Tesla verliert Milliarden an Wert", "Die Aktie fällt deutlich."),
                item("m7", "Google zahlt Milliarden für Wiz", "Der Kauf ist der größte der Firma.")));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @AfterAll
    void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    @Test
    void aRareWordAlsoFindsTheGlossarysWordsForTheSameThing() throws IOException {
        // "Genehmigung" is in one item; the others say "Erlaubnis" and "Zulassung": found below the typed word
        assertThat(ids("Genehmigung")).containsExactly("antrag", "erlaubnis", "zulassung");
    }

    @Test
    void aCommonWordKeepsToItself() throws IOException {
        // "Milliarden" is in eight items: no glossary group is added for it
        assertThat(ids("Milliarden")).hasSize(8).doesNotContain("strafe");
    }

    @Test
    void aSplitCompoundNeedsItsRarePart() throws IOException {
        // "Milliardenstrafe" occurs nowhere; "Milliarden" is in eight items, "Strafe" in two: the fine is the news,
        // so an item with only "Milliarden" is no hit, and the item with both parts ranks first
        assertThat(ids("Milliardenstrafe")).containsExactly("beides", "strafe");
    }

    private List<String> ids(String query) throws IOException {
        SearchPage page = searcher.search(new SearchRequest(query, Map.of(), null, null, null, 1, 20));
        return page.hits().stream().map(hit -> hit.stored().item().id()).toList();
    }

    private static Item item(String id, String headline, String body) {
        return new Item(
                id,
                1,
                ItemType.NEWS,
                "",
                headline,
                body,
                List.of(new Source("Reuters", null)),
                new Tags(List.of(), List.of(), List.of()));
    }
}
