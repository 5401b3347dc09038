package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.index.IndexSchema;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import de.nachlese.search.related.EarlierCoverage.Suggestion;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The anchor: a weak shared word (a place, a unit, a place's adjective) never carries a link beside a shared name. */
@ConcurrentInMemory
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftLinkerAnchorTest {

    private TinyLinkArchive archive;

    @BeforeAll
    void index() throws IOException {
        archive = new TinyLinkArchive(
                LocalDate.of(2025, 2, 3),
                issue(
                        LocalDate.of(2025, 1, 27),
                        item(
                                "DeepSeek lässt den Nasdaq einbrechen",
                                "Das chinesische Start-up DeepSeek hat mit seinem Modell R1 die Börsen in Amerika"
                                        + " und im Silicon Valley erschreckt. Nvidia verlor an einem Tag fast 600 Milliarden Dollar an Wert."
                                        + " Chinesische Labore"
                                        + " holen auf."),
                        item("Tesla meldet weniger Auslieferungen", "Tesla liefert weniger Autos aus als erwartet."),
                        item("Apple baut Siri um", "Apple verschiebt die neue Siri auf das nächste Jahr.")),
                // more items, so that DeepSeek and Nvidia are names of single stories, not beats of the archive
                issue(
                        LocalDate.of(2025, 1, 20),
                        item("Netflix gewinnt Abonnenten", "Netflix zählt mehr als 300 Millionen Haushalte."),
                        item("Meta plant neue Rechenzentren", "Meta baut in Louisiana einen großen Campus."),
                        item("Intel sucht einen Chef", "Intel hat noch keinen Nachfolger für Pat Gelsinger."),
                        item("Amazon startet Satelliten", "Amazon schickt die ersten Kuiper-Satelliten ins All.")),
                issue(
                        LocalDate.of(2025, 1, 13),
                        item("TikTok droht das Aus", "TikTok muss in den USA verkauft werden oder schließen."),
                        item("Microsoft investiert 80 Milliarden", "Microsoft steckt das Geld in Rechenzentren."),
                        item("Samsung verdient weniger", "Samsung meldet einen schwachen Speichermarkt."),
                        item("Spotify wächst weiter", "Spotify gewinnt zahlende Hörer in Europa.")));
    }

    @AfterAll
    void close() throws IOException {
        archive.close();
    }

    @Test
    void aWeakWordFirstInWeightGivesWayToASharedNameOrNoun() {
        IndexSchema schema = new IndexSchema();
        DraftText headline = new DraftText(
                "Wie eine Chinesische KI-Firma das Silicon Valley erschreckt",
                schema.comparingAnalyzer(),
                schema.bodyField());
        DraftText body = new DraftText(
                "Das Modell R1 von DeepSeek soll mit wenigen Chips trainiert sein; Nvidia und Broadcom verlieren.",
                schema.comparingAnalyzer(),
                schema.bodyField());
        assertThat(DraftLinker.anchorPhrase(List.of("chinesisch", "deepseek", "nvidia"), headline, body))
                .isEqualTo("DeepSeek");
        DraftText lead = new DraftText(
                "Trump lädt Oracle-Chef Ellison ins Weiße Haus; Amerika soll die KI-Infrastruktur bauen.",
                schema.comparingAnalyzer(),
                schema.bodyField());
        DraftText title = new DraftText("Train, Baby, Train!", schema.comparingAnalyzer(), schema.bodyField());
        assertThat(DraftLinker.anchorPhrase(List.of("amerika", "oracl", "trump"), title, lead))
                .isEqualTo("Trump lädt Oracle");
        // a weak word alone is still an anchor when nothing else is shared
        assertThat(DraftLinker.anchorPhrase(List.of("amerika"), title, lead)).isEqualTo("Amerika");
    }

    @Test
    void aPlaceOrItsAdjectiveIsNoAnchorWhenANameIsShared() throws Exception {
        String draft = """
                📉 Chinesische Konkurrenz erschreckt Amerika: Das Modell R1 von DeepSeek kostet nur einen Bruchteil, \
                Nvidia verliert noch einmal Milliarden an Wert, chinesische Labore holen auf, das Silicon Valley staunt.
                🔗 Reuters
                """;
        DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 2, 3)));
        assertThat(links.items()).singleElement().satisfies(item -> {
            assertThat(item.links()).singleElement().satisfies(link -> {
                assertThat(link.id()).isEqualTo("test-2025-w05-deepseek-laesst-den-nasdaq-einbrechen");
                assertThat(link.anchor()).isEqualTo("DeepSeek");
                assertThat(link.why()).isEqualTo("DeepSeek, Nvidia, R1");
            });
        });
    }

    @Test
    void aPlaceIsNoReason() {
        IndexSchema schema = new IndexSchema();
        DraftText headline = new DraftText(
                "Das Silicon Valley staunt über Hangzhou", schema.comparingAnalyzer(), schema.bodyField());
        DraftText body = new DraftText(
                "Ein Modell von DeepSeek schlägt die teuren Modelle.", schema.comparingAnalyzer(), schema.bodyField());
        Item target = new Item("test-1", 1, ItemType.NEWS, "", "DeepSeek", "", List.of(), Tags.NONE);
        Suggestion s = new Suggestion(
                new StoredItem(
                        target, "test-w05", "KW 5", "Test", IsoWeek.parse("2025-W05"), LocalDate.of(2025, 1, 27)),
                false,
                null,
                0.2,
                0.5,
                List.of("DeepSeek"),
                List.of("silicon", "hangzhou", "valley"),
                List.of(),
                true,
                false,
                0.2);
        assertThat(DraftLinker.why(s, headline, body)).isEqualTo("DeepSeek, Hangzhou");
    }
}
