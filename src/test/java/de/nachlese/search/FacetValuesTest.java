package de.nachlese.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
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

/**
 * A facet longer than a page lists: 205 companies, each on one item, and "Alpha" on every item. The search lists the
 * 200 with the most hits; {@link ItemSearcher#facetValues} lists all of them with the same counts.
 */
class FacetValuesTest {

    static final int COMPANIES = 205;
    static ItemIndexer indexer;
    static ItemSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        IndexSchema schema = new IndexSchema();
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= COMPANIES; i++) {
            String company = "Firma %03d".formatted(i);
            String body = i % 2 == 1 ? "Es geht um Chips." : "Es geht um Autos.";
            items.add(new Item(
                    "item-" + i,
                    i,
                    ItemType.NEWS,
                    "",
                    "Meldung " + i,
                    body,
                    List.of(new Source("Reuters", null)),
                    new Tags(List.of("Alpha", company), List.of(), List.of())));
        }
        LocalDate date = LocalDate.of(2025, 3, 3);
        indexer.upsert(new Issue("test-w10", "Testbrief", "Titel", IsoWeek.of(date), date, "memory", Map.of(), items));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    @Test
    void theWholeArchiveListsEveryValueBeyondThePagesLimit() throws IOException {
        SearchRequest all = SearchRequest.builder().build();
        assertThat(searcher.search(all).facet(Facet.COMPANY)).hasSize(200);
        List<FacetValue> values = searcher.facetValues(all, Facet.COMPANY);
        assertThat(values).hasSize(COMPANIES + 1);
        assertThat(values.getFirst()).isEqualTo(new FacetValue("Alpha", COMPANIES, false));
        assertThat(values.getLast()).isEqualTo(new FacetValue("Firma 205", 1, false));
    }

    @Test
    void aQueryCountsOnlyItsHitsAndThePageListsTheSameCounts() throws IOException {
        SearchRequest chips = SearchRequest.of("Chips");
        List<FacetValue> values = searcher.facetValues(chips, Facet.COMPANY);
        assertThat(values).hasSize(104); // the 103 odd firms and Alpha
        assertThat(values.getFirst()).isEqualTo(new FacetValue("Alpha", 103, false));
        assertThat(values)
                .contains(new FacetValue("Firma 205", 1, false))
                .noneMatch(v -> v.value().equals("Firma 204"));
        assertThat(values.subList(0, 1))
                .isEqualTo(searcher.search(chips).facet(Facet.COMPANY).subList(0, 1));
    }

    @Test
    void aSelectedValueIsMarkedAndTheOthersAreCountedSideways() throws IOException {
        SearchRequest filtered = SearchRequest.of("Chips").withFilter(Facet.COMPANY, "Firma 003");
        List<FacetValue> values = searcher.facetValues(filtered, Facet.COMPANY);
        assertThat(values)
                .hasSize(104)
                .contains(new FacetValue("Firma 003", 1, true), new FacetValue("Firma 001", 1, false));
        assertThat(searcher.search(filtered).total()).isEqualTo(1);
    }
}
