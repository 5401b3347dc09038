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
 * Regular noun/verb pairs found by rule, none of them in the derivation list, on a hand-written index: nouns in
 * -ungen and -itionen find their verbs, participles find their nouns. Every assertion names exact ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DerivationRulesTest {

    private final IndexSchema schema = new IndexSchema();
    private ItemIndexer indexer;
    private ItemSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        indexer.upsert(issue(
                LocalDate.of(2025, 6, 2),
                item("verb", "Die Stadt digitalisiert ihre Ämter", "Der Umbau dauert drei Jahre."),
                item("noun", "Die Digitalisierung der Schulen stockt", "Es fehlen Geräte."),
                item("invest", "Der Konzern investiert in Texas", "Dort entsteht ein Werk."),
                item("founded", "Zwei Forscher haben ein Labor gegründet", "Es sitzt in Paris."),
                item("founding", "Die Gründung eines Labors in Paris", "Zwei Forscher stehen dahinter."),
                item("other", "Regen in Hamburg", "Die Fähren fahren nicht.")));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @AfterAll
    void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    @Test
    void aPluralNounInUngenFindsItsVerbBelowItself() throws IOException {
        assertThat(ids("Digitalisierungen")).containsExactly("noun", "verb");
    }

    @Test
    void aNounInItionenFindsItsVerbInIeren() throws IOException {
        assertThat(ids("Investitionen")).containsExactly("invest");
    }

    @Test
    void aParticipleFindsItsNounBelowItself() throws IOException {
        assertThat(ids("gegründet")).containsExactly("founded", "founding");
        assertThat(ids("digitalisiert")).containsExactly("verb", "noun");
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
