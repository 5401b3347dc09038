package de.nachlese.search.related;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Beats and rare names on a tiny archive of ten items: Microsoft is tagged in three (30 %), Nvidia in two (20 %), Intel
 * and Satya Nadella in one each (10 %).
 */
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
        Item item = new Item("test-2025-w09-1", 1, ItemType.NEWS, "", "Früher", "", List.of(), tags);
        return new StoredItem(
                item, "test-2025-w09", "KW 9", "Test", IsoWeek.parse("2025-W09"), LocalDate.of(2025, 2, 24));
    }
}
