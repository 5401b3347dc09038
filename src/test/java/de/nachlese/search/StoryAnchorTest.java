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
 * A story query ("DeepSeek Schock Folgen") on a tiny index where DeepSeek is tagged in ten items, a page: the items
 * with more of the words come first, then the other items about the name, which the relaxed pass alone (all words but
 * one) would leave out. Names with fewer items, and queries whose other words the archive lacks, are not anchored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryAnchorTest {

    private final IndexSchema schema = new IndexSchema();
    private ItemIndexer indexer;
    private ItemSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        List<Item> items = new ArrayList<>();
        items.add(item("schock", "Der DeepSeek-Schock trifft die Börse", "Chipwerte fallen.", "DeepSeek"));
        items.add(item("modell", "DeepSeek veröffentlicht ein neues Modell", "Es ist billig und offen.", "DeepSeek"));
        items.add(item("behoerde", "Behörden prüfen DeepSeek", "Datenschützer haben Fragen.", "DeepSeek"));
        for (int i = 1; i <= 7; i++) {
            items.add(item("d" + i, "DeepSeek Meldung " + i, "Eine kurze Notiz über DeepSeek.", "DeepSeek"));
        }
        items.add(item("folgen", "Die Folgen der Zölle", "Der Handel leidet.", "Apple"));
        items.add(item("apple", "Apple zeigt ein neues iPhone", "Das Gerät kommt im Herbst.", "Apple"));
        indexer.upsert(issue(LocalDate.of(2025, 2, 3), items.toArray(Item[]::new)));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @AfterAll
    void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    @Test
    void aStoryQueryAlsoFindsTheNamesOtherItemsBelowThoseWithMoreWords() throws IOException {
        SearchPage page = search("DeepSeek Schock Folgen");
        List<String> ids = ids(page);
        // "schock" has two of the three words; every other DeepSeek item follows; "folgen" (one word, no name) not
        assertThat(ids).hasSize(10);
        assertThat(ids.getFirst()).isEqualTo("schock");
        assertThat(ids.subList(1, 10))
                .containsExactlyInAnyOrder("modell", "behoerde", "d1", "d2", "d3", "d4", "d5", "d6", "d7");
        assertThat(page.notes().relaxed()).isTrue();
        assertThat(page.notes().missingWords()).containsExactly("Folgen");
    }

    @Test
    void anItemFoundByTheNameAloneHasTheNameMarked() throws IOException {
        MarkedItem marked = searcher.marked("d1", "DeepSeek Schock Folgen").orElseThrow();
        assertThat(marked.anyMarked()).isTrue();
        assertThat(marked.headlineHtml()).isEqualTo("<mark>DeepSeek</mark> Meldung 1");
    }

    @Test
    void aNameWithFewItemsIsNotAnchored() throws IOException {
        // Apple is tagged in two items: only the all-but-one reading, which no item satisfies
        assertThat(ids(search("Apple Schock Herbst"))).containsExactly("apple");
        assertThat(ids(search("Apple Schock Datenschützer"))).isEmpty();
    }

    @Test
    void otherWordsTheArchiveLacksKeepTheAnchorOff() throws IOException {
        // "Fairphone" and "Akku" occur nowhere: the name alone is no answer
        assertThat(ids(search("DeepSeek Fairphone Akku"))).isEmpty();
    }

    @Test
    void filtersAndOperatorsAreNeverAnchored() throws IOException {
        assertThat(ids(search("DeepSeek Schock Folgen von:2025-01-01"))).containsExactly("schock");
        assertThat(ids(search("DeepSeek AND Schock AND Folgen"))).isEmpty();
    }

    private SearchPage search(String query) throws IOException {
        return searcher.search(new SearchRequest(query, Map.of(), null, null, null, 1, 20));
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(hit -> hit.stored().item().id()).toList();
    }

    private static Item item(String id, String headline, String body, String... companies) {
        return new Item(
                id,
                1,
                ItemType.NEWS,
                "",
                headline,
                body,
                List.of(new Source("Reuters", null)),
                new Tags(List.of(companies), List.of(), List.of()));
    }
}
