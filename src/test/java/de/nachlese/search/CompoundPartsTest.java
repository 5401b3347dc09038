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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How the parts of a compound typed in a query are searched, on a hand-written index of 125 items (most of them
 * filler, so that one item is under one percent): the head decides which part is required, a part brings its synonym
 * group, and a compound in one item of so many still finds its parts. Every assertion names exact ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompoundPartsTest {

    private final IndexSchema schema = new IndexSchema();
    private ItemIndexer indexer;
    private ItemSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        indexer.upsert(issue(
                LocalDate.of(2025, 5, 5),
                item("zoll1", "Neue Zölle auf Autos", "Die Hersteller rechnen nach."),
                item("zoll2", "Zölle treffen Apple", "Das iPhone wird teurer."),
                item("zoll3", "Der Zoll auf Stahl steigt", "Die Werke drosseln."),
                item("zoll4", "Ein Zoll bremst den Handel", "Die Häfen melden weniger Fracht."),
                item("strafe", "Eine Strafe für Meta", "Die Kommission entscheidet."),
                item("bussgeld", "Brüssel verhängt ein Bußgeld gegen Google", "Es geht um die Suche."),
                item("luecke", "Sicherheitslücke in Chrome", "Ein Update schließt sie."),
                item("zaun", "Eine Lücke im Zaun", "Der Hof ist offen."),
                item("kichips", "Chips für künstliche Intelligenz", "Die Nachfrage wächst."),
                item("verbote", "Exportverbote für Speicher", "Die Liste wird länger."),
                item("regenwetter", "Das Regenwetter bleibt", "Der Juni wird nass."),
                item("regen", "Regen im Norden", "Die Bauern freut es."),
                item("bahn", "Die Bahn hat Verspätungen gemeldet", "Vor allem im Süden.")));
        List<Item> filler = new ArrayList<>();
        for (int i = 0; i < 112; i++) {
            filler.add(item("f" + i, "Meldung " + i, "Ein Text über das Wetter in Hamburg."));
        }
        indexer.upsert(issue(LocalDate.of(2025, 5, 12), filler.toArray(Item[]::new)));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @AfterAll
    void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    @Test
    void aRarerModifierIsNotRequiredTheHeadDecides() throws IOException {
        // a "Strafzoll" is a tariff: the tariff items count although "Strafe" is four times rarer than "Zoll"
        assertThat(ids("Strafzoll")).containsExactlyInAnyOrder("zoll1", "zoll2", "zoll3", "zoll4", "strafe");
    }

    @Test
    void aCompoundWithACommonPartStaysWhole() throws IOException {
        // "Regenwetter" is in one item, but its head "Wetter" is in the 112 fillers, which would only share that word
        // with it: the compound stays whole
        assertThat(ids("Regenwetter")).containsExactly("regenwetter");
    }

    @Test
    void aCommonDerivedFormIsNotAdded() throws IOException {
        // "gemeldet" finds the verb "melden" of another item, but not "Meldung": that is in the 112 fillers
        assertThat(ids("gemeldet")).containsExactly("bahn", "zoll4");
    }

    @Test
    void aPartAlsoFindsItsSynonymGroup() throws IOException {
        // "Werbestrafe" occurs nowhere and "Werbe" in no item: "Strafe" also finds "Bußgeld", from its group
        assertThat(ids("Werbestrafe")).containsExactlyInAnyOrder("strafe", "bussgeld");
    }

    @Test
    void aCompoundInUnderOnePercentOfTheItemsAlsoFindsItsParts() throws IOException {
        // "Sicherheitslücke" is in one item of 125: it ranks first, and a lone "Lücke" follows
        assertThat(ids("Sicherheitslücke")).containsExactly("luecke", "zaun");
    }

    @Test
    void aHyphenatedWordAlsoFindsItsPartsThroughTheirSynonyms() throws IOException {
        // no item says "AI-Chips" or "AI": "AI" is "künstliche Intelligenz", and the item has that and "Chips"
        assertThat(ids("AI-Chips")).containsExactly("kichips");
    }

    @Test
    void aWordWhoseStemTheIndexHoldsIsNeverCorrected() throws IOException {
        // "Exportverbot" is written nowhere as such, but its stem is that of "Exportverbote": no "Meinten Sie"
        SearchPage page = searcher.search(new SearchRequest("Exportverbot", Map.of(), null, null, null, 1, 20));
        assertThat(page.hits()).extracting(hit -> hit.stored().item().id()).containsExactly("verbote");
        assertThat(page.notes().suggestion()).isNull();
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
