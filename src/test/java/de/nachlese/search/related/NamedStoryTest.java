package de.nachlese.search.related;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.search.ItemSearcher;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Which earlier headline names the story a draft item speaks of: its story word in the item's headline or first
 * sentence, also inside a compound ("Robotaxi-Flotte" for "Robotaxi"), or a product both are tagged with. A word
 * only later in the item, or a headline word common among headlines, names nothing.
 */
class NamedStoryTest {

    @Test
    void aStoryWordOfTheEarlierHeadlineInTheOpeningNamesThatStory() throws IOException {
        IndexSchema schema = new IndexSchema();
        Tagger tagger = Tagger.bundled();
        try (ItemIndexer indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema)) {
            indexer.upsert(tagger.tag(issue(
                    LocalDate.of(2025, 6, 23),
                    item("Teslas Robotaxi rollt in Austin", "Tesla startet einen Fahrdienst ohne Fahrer."),
                    item("Tesla eröffnet ein Werk in Grünheide", "Tesla baut Autos in Brandenburg."),
                    item("Teslas Gewinn bricht ein", "Tesla verdient im Quartal deutlich weniger."))));
            indexer.commit(Map.of());
            EarlierCoverage coverage = new EarlierCoverage(schema, new RelatedFinder(schema));
            try (ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
                Item draft = tagger.tag(
                        new Item(
                                "draft-1",
                                1,
                                ItemType.NEWS,
                                "",
                                "Teslas Fahrdienst wächst",
                                "Die Robotaxi-Flotte fährt jetzt auch in Kalifornien, mit Fahrer und Gewinn. Bald"
                                        + " soll sie auch nach Grünheide kommen.",
                                List.of(),
                                null),
                        LocalDate.of(2025, 8, 18));
                Map<String, Boolean> named =
                        searcher.read((s, sc) -> coverage.ranked(s, draft, LocalDate.of(2025, 8, 18), 3)).stream()
                                .collect(Collectors.toMap(
                                        x -> x.target().item().headline(),
                                        EarlierCoverage.Suggestion::namedInHeadline));
                // "Grünheide" comes only in the second sentence; "Gewinn" is a dictionary word, no story name
                assertThat(named)
                        .containsEntry("Teslas Robotaxi rollt in Austin", true)
                        .containsEntry("Tesla eröffnet ein Werk in Grünheide", false)
                        .containsEntry("Teslas Gewinn bricht ein", false);
            }
        }
    }

    @Test
    void aNameSpelledTheOtherWayInTheOpeningNamesThatStory() throws IOException {
        IndexSchema schema = new IndexSchema();
        Tagger tagger = Tagger.bundled();
        try (ItemIndexer indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema)) {
            indexer.upsert(tagger.tag(issue(
                    LocalDate.of(2025, 6, 30),
                    item("Meta gründet Superintelligence Labs", "Meta bündelt seine KI-Forschung neu."),
                    item("Meta baut ein Rechenzentrum", "Meta plant einen neuen Standort für KI-Forschung."),
                    item("Meta zeigt eine Datenbrille", "Meta verkauft eine Brille, Superintelligenz inklusive."))));
            indexer.commit(Map.of());
            EarlierCoverage coverage = new EarlierCoverage(schema, new RelatedFinder(schema));
            try (ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
                Item draft = tagger.tag(
                        new Item(
                                "draft-1",
                                1,
                                ItemType.NEWS,
                                "",
                                "Metas KI-Truppe stellt niemanden mehr ein",
                                "Die Abteilung für Superintelligenz verhängt einen Einstellungsstopp für ihre"
                                        + " Forschung. Ein Rechenzentrum baut Meta trotzdem.",
                                List.of(),
                                null),
                        LocalDate.of(2025, 8, 25));
                Map<String, Boolean> named =
                        searcher.read((s, sc) -> coverage.ranked(s, draft, LocalDate.of(2025, 8, 25), 3)).stream()
                                .collect(Collectors.toMap(
                                        x -> x.target().item().headline(),
                                        EarlierCoverage.Suggestion::namedInHeadline));
                assertThat(named).containsEntry("Meta gründet Superintelligence Labs", true);
                assertThat(named).doesNotContainEntry("Meta baut ein Rechenzentrum", true);
            }
        }
    }

    @Test
    void twoSpellingsOfOneLongNameAreAlikeShortOrDifferentWordsAreNot() {
        assertThat(EarlierCoverage.spelledAlike("superintelligenz", "superintelligence"))
                .isTrue();
        assertThat(EarlierCoverage.spelledAlike("exportkontroll", "exportkontrollen"))
                .isTrue();
        assertThat(EarlierCoverage.spelledAlike("rechenzentr", "rechenleistung"))
                .isFalse();
        assertThat(EarlierCoverage.spelledAlike("robotaxi", "robotaxis")).isFalse();
        assertThat(EarlierCoverage.spelledAlike("werbetechnik", "werbeborse")).isFalse();
    }

    private static Item item(String headline, String body) {
        return new Item("x", 1, ItemType.NEWS, "", headline, body, List.of(), null);
    }

    private static Issue issue(LocalDate date, Item... items) {
        List<Item> numbered = new ArrayList<>();
        for (Item item : items) {
            numbered.add(new Item(
                    "test-" + (numbered.size() + 1),
                    numbered.size() + 1,
                    item.type(),
                    "",
                    item.headline(),
                    item.body(),
                    List.of(),
                    null));
        }
        return new Issue("test-w26", "Testbrief", "Ausgabe", IsoWeek.of(date), date, "memory", Map.of(), numbered);
    }
}
