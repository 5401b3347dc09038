package de.nachlese.search.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import de.nachlese.search.ItemSearcher;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Beats, rare names and the weight of shared names on a tiny archive of ten items: Microsoft is tagged in three (30 %),
 * Nvidia in two (20 %), Intel and Satya Nadella in one each (10 %).
 */
@ConcurrentInMemory
class BeatNamesTest {

    private final IndexSchema schema = new IndexSchema();

    @Test
    void companiesAndPeopleAboveTheStoryWordShareGiveNoStoryWords() throws IOException {
        Item draft = item(
                "Microsoft und Nvidia bauen mit Intel", tags(List.of("Microsoft", "Nvidia", "Intel"), "Satya Nadella"));

        assertThat(this.<Set<String>>withBeats(beats -> beats.notStoryWords(draft)))
                .isEqualTo(Set.of("microsoft", "nvidia"));
    }

    @Test
    void aRareNameIsACompanyOrPersonWithinTheRareShareOrAProduct() throws IOException {
        Item draft = new Item(
                "draft-1",
                1,
                ItemType.NEWS,
                "",
                "Microsoft zeigt Copilot",
                "",
                List.of(),
                new Tags(
                        List.of("Microsoft", "Intel"),
                        List.of("Satya Nadella"),
                        List.of(),
                        List.of("Copilot"),
                        List.of()));

        assertThat(this.<Boolean>withBeats(beats -> beats.shareRareName(draft, stored(tags(List.of("Microsoft"))))))
                .isFalse();
        assertThat(this.<Boolean>withBeats(
                        beats -> beats.shareRareName(draft, stored(tags(List.of("Microsoft", "Nvidia"))))))
                .isFalse();
        assertThat(this.<Boolean>withBeats(beats -> beats.shareRareName(draft, stored(tags(List.of("Intel"))))))
                .isTrue();
        assertThat(this.<Boolean>withBeats(
                        beats -> beats.shareRareName(draft, stored(tags(List.of(), "Satya Nadella")))))
                .isTrue();
        assertThat(this.<Boolean>withBeats(beats -> beats.shareRareName(
                        draft,
                        stored(new Tags(List.of("Microsoft"), List.of(), List.of(), List.of("Copilot"), List.of())))))
                .isTrue();
    }

    @Test
    void aSharedNameWeighsByItsSpecificityUnlessBothItemsAreAboutIt() throws IOException {
        Item draft = item("Intel streicht Stellen", tags(List.of("Microsoft", "Intel")));
        StoredItem mentions = stored(tags(List.of("Microsoft", "Intel")));
        StoredItem about = stored(
                ItemType.NEWS,
                "Früher",
                "Intel holt einen neuen Chef. Microsoft schaut zu.",
                tags(List.of("Microsoft", "Intel")));
        // Microsoft in 3 of 10 items weighs ln(10/3)/ln(100) = 0.261, Intel in 1 of 10 ln(10)/ln(100) = 0.5
        assertThat(this.<Double>withBeats(beats -> beats.sharedNameWeight(draft, mentions, 0.1)))
                .isCloseTo(0.761, within(0.001));
        // Intel is in the draft's headline and the first sentence of the other: both are about it
        assertThat(this.<Double>withBeats(beats -> beats.sharedNameWeight(draft, about, 0.1)))
                .isCloseTo(1.261, within(0.001));
        // texts this alike tell one subject by themselves
        assertThat(this.<Double>withBeats(beats -> beats.sharedNameWeight(draft, mentions, 0.2)))
                .isEqualTo(2.0);
    }

    @Test
    void aNameCountsAsNamedOnlyAsAWordOfItsOwn() {
        assertThat(BeatNames.subjects(item("Was Künstliche Intelligenz kostet", tags(List.of("Intel")))))
                .isEmpty();
        assertThat(BeatNames.subjects(item("SpaceX startet wieder", tags(List.of("X", "SpaceX")))))
                .isEqualTo(Set.of("SpaceX"));
        assertThat(BeatNames.subjects(item("Nvidias Gewinn und die Nvidia-Chips", tags(List.of("Nvidia")))))
                .isEqualTo(Set.of("Nvidia"));
        assertThat(BeatNames.subjects(item("Musk kauft X", tags(List.of("X"), "Elon Musk"))))
                .isEqualTo(Set.of("X", "Elon Musk"));
        assertThat(BeatNames.asWord("Intels Umsatz", "Intel")).isTrue();
        assertThat(BeatNames.asWord("Intelligenz", "Intel")).isFalse();
    }

    @Test
    void anItemNamingACompanyInItsHeadlineLinksOnlyToItemsTaggedWithIt() throws IOException {
        Item draft = item("Intel streicht Stellen", tags(List.of("Microsoft", "Intel")));
        Set<String> subjects = BeatNames.subjects(draft);

        assertThat(subjects).isEqualTo(Set.of("Intel"));
        assertThat(this.<Boolean>withBeats(
                        beats -> beats.sharesSubject(draft, subjects, stored(tags(List.of("Microsoft"))), 0.3)))
                .isFalse();
        assertThat(this.<Boolean>withBeats(
                        beats -> beats.sharesSubject(draft, subjects, stored(tags(List.of("Intel"))), 0.1)))
                .isTrue();
        Item noNames = item("Stellenabbau in der Branche", tags(List.of("Microsoft", "Intel")));
        assertThat(this.<Boolean>withBeats(beats -> beats.sharesSubject(
                        noNames, BeatNames.subjects(noNames), stored(tags(List.of("Microsoft"))), 0.1)))
                .isTrue();
    }

    @Test
    void aChartLinksToAnotherChartOnlyByAProductANameThatWeighsFullyOrAlikeTexts() throws IOException {
        Item chart = new Item(
                "draft-1",
                1,
                ItemType.CHART,
                "",
                "Rechenzentren sind fast alles",
                "Der Umsatz wächst.",
                List.of(),
                tags(List.of("Microsoft")));
        Set<String> subjects = BeatNames.subjects(chart);
        StoredItem otherChart = stored(ItemType.CHART, "Ein Kunde, 62 Prozent", "", tags(List.of("Microsoft")));
        StoredItem news = stored(ItemType.NEWS, "Früher", "", tags(List.of("Microsoft")));
        StoredItem chartAbout =
                stored(ItemType.CHART, "Microsofts Cloud", "Microsoft wächst.", tags(List.of("Microsoft")));

        assertThat(this.<Boolean>withBeats(beats -> beats.sharesSubject(chart, subjects, otherChart, 0.1)))
                .isFalse();
        assertThat(this.<Boolean>withBeats(beats -> beats.sharesSubject(chart, subjects, otherChart, 0.2)))
                .isTrue();
        assertThat(this.<Boolean>withBeats(beats -> beats.sharesSubject(chart, subjects, news, 0.1)))
                .isTrue();
        Item podcast = new Item(
                "draft-2",
                2,
                ItemType.LISTEN,
                "",
                "Wer zahlt für Stargate?",
                "",
                List.of(),
                new Tags(List.of(), List.of(), List.of(), List.of("Stargate"), List.of()));
        StoredItem otherPodcast = stored(
                ItemType.LISTEN,
                "Rechenzentren in Texas",
                "",
                new Tags(List.of(), List.of(), List.of(), List.of("Stargate"), List.of()));
        assertThat(this.<Boolean>withBeats(beats -> beats.sharesSubject(podcast, Set.of(), otherPodcast, 0.1)))
                .isTrue();
        // the chart is not about Microsoft, so the name weighs little even where the other chart is
        assertThat(this.<Boolean>withBeats(beats -> beats.sharesSubject(chart, subjects, chartAbout, 0.1)))
                .isFalse();
    }

    @Test
    void oneSharedHeadlineNameMakesTheSameEventOnlyWithASecondNameOrAlikeTexts() throws IOException {
        Item draft = item("Intel wehrt sich gegen Autoren", tags(List.of("Intel", "Microsoft"), "Satya Nadella"));
        Set<String> names = withBeats(beats -> beats.nameStems(draft));
        assertThat(names).isEqualTo(Set.of("intel", "microsoft", "satya", "nadella"));
        Set<String> storyWords = Set.of("intel", "autor", "nadella");
        StoredItem intelOnly = stored(tags(List.of("Intel")));
        StoredItem intelAndNadella = stored(tags(List.of("Intel"), "Satya Nadella"));

        // "Intel" alone in both headlines, texts below the similarity a link without a rare name needs: another event
        assertThat(this.<Boolean>withBeats(
                        beats -> beats.sameEvent(draft, names, Set.of("intel", "chip"), storyWords, intelOnly, 0.15)))
                .isFalse();
        assertThat(this.<Boolean>withBeats(
                        beats -> beats.sameEvent(draft, names, Set.of("intel", "chip"), storyWords, intelOnly, 0.16)))
                .isTrue();
        assertThat(this.<Boolean>withBeats(beats ->
                        beats.sameEvent(draft, names, Set.of("intel", "chip"), storyWords, intelAndNadella, 0.15)))
                .isTrue();
        // a second story word, or one that is no tagged name, tells the event
        assertThat(this.<Boolean>withBeats(beats ->
                        beats.sameEvent(draft, names, Set.of("intel", "nadella"), storyWords, intelOnly, 0.15)))
                .isTrue();
        assertThat(this.<Boolean>withBeats(
                        beats -> beats.sameEvent(draft, names, Set.of("autor"), storyWords, intelOnly, 0.15)))
                .isTrue();
        assertThat(this.<Boolean>withBeats(
                        beats -> beats.sameEvent(draft, names, Set.of("chip"), storyWords, intelAndNadella, 0.5)))
                .isFalse();
    }

    @Test
    void aSecondNameMakesTheSameEventOnlyWithWordsBeyondTheNamesOrAProduct() throws IOException {
        Item draft = item("Nadellas Labor friert Stellen ein", tags(List.of("Intel"), "Satya Nadella"));
        Set<String> names = Set.of("intel", "satya", "nadella");
        Set<String> storyWords = Set.of("nadella", "labor");
        StoredItem intelAndNadella = stored(tags(List.of("Intel"), "Satya Nadella"));

        // the company and its chief, texts alike only in their names: another event of that company
        assertThat(this.<Boolean>withBeats(beats -> beats.sameEvent(
                        draft, names, Set.of(), Set.of("nadella"), storyWords, intelAndNadella, 0.15, 0.02)))
                .isFalse();
        assertThat(this.<Boolean>withBeats(beats -> beats.sameEvent(
                        draft, names, Set.of(), Set.of("nadella"), storyWords, intelAndNadella, 0.15, 0.03)))
                .isTrue();
        // a product as the shared headline name is a narrower subject than its maker
        assertThat(this.<Boolean>withBeats(beats -> beats.sameEvent(
                        draft, names, Set.of("nadella"), Set.of("nadella"), storyWords, intelAndNadella, 0.15, 0.0)))
                .isTrue();
    }

    @Test
    void theFirstSentenceEndsAtAStopBeforeACapital() {
        assertThat(BeatNames.firstSentence("Nvidia bucht 4.5 Milliarden ab. Der Kurs fällt."))
                .isEqualTo("Nvidia bucht 4.5 Milliarden ab.");
    }

    private interface Check<T> {
        T apply(BeatNames beats) throws IOException;
    }

    private <T> T withBeats(Check<T> check) throws IOException {
        try (ItemIndexer indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema)) {
            List<Tags> archive = List.of(
                    tags(List.of("Microsoft")),
                    tags(List.of("Microsoft", "Nvidia")),
                    tags(List.of("Microsoft")),
                    tags(List.of("Nvidia")),
                    tags(List.of("Intel")),
                    tags(List.of(), "Satya Nadella"),
                    Tags.NONE,
                    Tags.NONE,
                    Tags.NONE,
                    Tags.NONE);
            List<Item> items = new ArrayList<>();
            for (Tags tags : archive) {
                items.add(new Item(
                        "test-2025-w10-" + items.size(),
                        items.size() + 1,
                        ItemType.NEWS,
                        "",
                        "Meldung " + items.size(),
                        "Text",
                        List.of(),
                        tags));
            }
            LocalDate date = LocalDate.of(2025, 3, 3);
            indexer.upsert(new Issue(
                    "test-2025-w10", "Testbrief", "Ausgabe", IsoWeek.of(date), date, "memory", Map.of(), items));
            indexer.commit(Map.of());
            try (ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
                return searcher.read((s, sc) -> check.apply(new BeatNames(schema, new DocFreqs(s.getIndexReader()))));
            }
        }
    }

    private static Tags tags(List<String> companies, String... people) {
        return new Tags(companies, List.of(people), List.of());
    }

    private static Item item(String headline, Tags tags) {
        return new Item("draft-1", 1, ItemType.NEWS, "", headline, "", List.of(), tags);
    }

    private static StoredItem stored(Tags tags) {
        return stored(ItemType.NEWS, "Früher", "", tags);
    }

    private static StoredItem stored(ItemType type, String headline, String body, Tags tags) {
        Item item = new Item("test-2025-w09-1", 1, type, "", headline, body, List.of(), tags);
        return new StoredItem(
                item, "test-2025-w09", "KW 9", "Test", IsoWeek.parse("2025-W09"), LocalDate.of(2025, 2, 24));
    }
}
