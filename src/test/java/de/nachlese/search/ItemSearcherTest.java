package de.nachlese.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search over a tiny hand-written index: exact hits, counts, facets and snippets. */
class ItemSearcherTest {

    private final IndexSchema schema = new IndexSchema();
    private ItemIndexer indexer;
    private ItemSearcher searcher;

    @BeforeEach
    void index() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        indexer.upsert(issue(
                "w03",
                LocalDate.of(2025, 1, 13),
                item(
                        "w03-chips",
                        1,
                        ItemType.LEAD,
                        "Neue Exportregeln für Nvidia-Chips",
                        "Die Regierung begrenzt den Export von Chips nach China.",
                        new Tags(List.of("Nvidia"), List.of("Joe Biden"), List.of("Halbleiter")),
                        "Reuters"),
                item(
                        "w03-musk",
                        2,
                        ItemType.NEWS,
                        "Musk mischt sich ein",
                        "Elon Musk kommentiert auf X die Wahl in Deutschland.",
                        new Tags(List.of("X"), List.of("Elon Musk"), List.of("Politik & Regulierung")),
                        "Spiegel")));
        indexer.upsert(issue(
                "w04",
                LocalDate.of(2025, 1, 20),
                item(
                        "w04-stargate",
                        1,
                        ItemType.LEAD,
                        "Stargate: 500 Milliarden für Rechenzentren",
                        "OpenAI, Oracle & SoftBank bauen <script> Rechenzentren. Musk zweifelt an der Finanzierung.",
                        new Tags(List.of("OpenAI", "Oracle", "SoftBank"), List.of("Elon Musk"), List.of("KI")),
                        "WSJ"),
                item(
                        "w04-chart",
                        2,
                        ItemType.CHART,
                        "Nvidia verliert an einem Tag",
                        "Der Kurs von Nvidia fällt nach DeepSeek deutlich.",
                        new Tags(List.of("Nvidia", "DeepSeek"), List.of(), List.of("Halbleiter", "KI")),
                        "WSJ")));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @AfterEach
    void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    @Test
    void fullTextFindsStemmedWordsInHeadlineAndBody() throws IOException {
        SearchPage page = searcher.search(SearchRequest.of("Milliarde Rechenzentren"));
        assertThat(page.total()).isEqualTo(1);
        assertThat(ids(page)).containsExactly("w04-stargate");
        assertThat(page.hits().getFirst().headlineHtml())
                .isEqualTo("Stargate: 500 <mark>Milliarden</mark> für <mark>Rechenzentren</mark>");
        assertThat(page.hits().getFirst().snippetHtml())
                .isEqualTo("OpenAI, Oracle &amp; SoftBank bauen &lt;script&gt; <mark>Rechenzentren</mark>.");
    }

    @Test
    void wordsAreAndedAndHeadlineMatchesRankFirst() throws IOException {
        assertThat(ids(searcher.search(SearchRequest.of("Musk")))).containsExactly("w03-musk", "w04-stargate");
        assertThat(ids(searcher.search(SearchRequest.of("Musk Finanzierung")))).containsExactly("w04-stargate");
    }

    @Test
    void emptyQueryBrowsesNewestFirstInReadingOrder() throws IOException {
        SearchPage page = searcher.search(SearchRequest.of(""));
        assertThat(page.total()).isEqualTo(4);
        assertThat(ids(page)).containsExactly("w04-stargate", "w04-chart", "w03-chips", "w03-musk");
        assertThat(page.hits().get(1).snippetHtml()).isEqualTo("Der Kurs von Nvidia fällt nach DeepSeek deutlich.");
    }

    @Test
    void facetCountsCoverTheWholeResultSet() throws IOException {
        SearchPage page = searcher.search(SearchRequest.of(""));
        assertThat(page.facet(Facet.COMPANY)).startsWith(new FacetValue("Nvidia", 2, false));
        assertThat(page.facet(Facet.TYPE))
                .containsExactlyInAnyOrder(
                        new FacetValue("lead", 2, false),
                        new FacetValue("news", 1, false),
                        new FacetValue("chart", 1, false));
        assertThat(page.facet(Facet.WEEK))
                .containsExactly(new FacetValue("2025-W03", 2, false), new FacetValue("2025-W04", 2, false));
        assertThat(page.facet(Facet.SOURCE))
                .containsExactlyInAnyOrder(
                        new FacetValue("WSJ", 2, false),
                        new FacetValue("Reuters", 1, false),
                        new FacetValue("Spiegel", 1, false));
    }

    @Test
    void valuesOfOneFacetAreOrAndKeepTheirSidewaysCounts() throws IOException {
        SearchPage nvidia = searcher.search(SearchRequest.of("").withFilter(Facet.COMPANY, "Nvidia"));
        assertThat(ids(nvidia)).containsExactly("w04-chart", "w03-chips");
        assertThat(nvidia.facet(Facet.COMPANY))
                .contains(new FacetValue("Nvidia", 2, true), new FacetValue("OpenAI", 1, false));

        SearchPage either = searcher.search(SearchRequest.of("").withFilter(Facet.COMPANY, "Nvidia", "X"));
        assertThat(either.total()).isEqualTo(3);
    }

    @Test
    void differentFacetsAreAnded() throws IOException {
        SearchPage page = searcher.search(
                SearchRequest.of("").withFilter(Facet.COMPANY, "Nvidia").withFilter(Facet.TYPE, "lead"));
        assertThat(ids(page)).containsExactly("w03-chips");
        assertThat(page.facet(Facet.TYPE)).contains(new FacetValue("lead", 1, true), new FacetValue("chart", 1, false));
    }

    @Test
    void dateRangeIsInclusive() throws IOException {
        SearchRequest request = new SearchRequest(
                "", Map.of(), LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 20), SortOrder.OLDEST, 1, 10);
        assertThat(ids(searcher.search(request))).containsExactly("w04-stargate", "w04-chart");
    }

    @Test
    void pagesSliceTheResults() throws IOException {
        SearchPage second = searcher.search(new SearchRequest("", Map.of(), null, null, SortOrder.OLDEST, 2, 3));
        assertThat(second.total()).isEqualTo(4);
        assertThat(ids(second)).containsExactly("w04-chart");
        assertThat(second.pageCount()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void selectedValueWithoutHitsStaysVisible() throws IOException {
        SearchPage page = searcher.search(SearchRequest.of("Stargate").withFilter(Facet.PERSON, "Joe Biden"));
        assertThat(page.total()).isZero();
        // drill sideways: the person counts ignore the person filter, so the reader sees what else to pick
        assertThat(page.facet(Facet.PERSON))
                .containsExactly(new FacetValue("Elon Musk", 1, false), new FacetValue("Joe Biden", 0, true));
    }

    @Test
    void itemAndIssueAreReadBackFromStoredFields() throws IOException {
        var stored = searcher.item("w04-chart").orElseThrow();
        assertThat(stored.item().type()).isEqualTo(ItemType.CHART);
        assertThat(stored.item().sources()).containsExactly(new Source("WSJ", "https://www.wsj.com/x"));
        assertThat(stored.week()).isEqualTo(new IsoWeek(2025, 4));
        assertThat(stored.issueTitle()).isEqualTo("Titel w04");
        assertThat(searcher.item("missing")).isEmpty();
        assertThat(searcher.issue("test-w04").orElseThrow().items())
                .extracting(s -> s.item().id())
                .containsExactly("w04-stargate", "w04-chart");
    }

    @Test
    void reindexingAnIssueReplacesItsItems() throws IOException {
        indexer.upsert(issue(
                "w04",
                LocalDate.of(2025, 1, 20),
                item("w04-stargate", 1, ItemType.LEAD, "Stargate neu", "Nur noch ein Beitrag.", Tags.NONE, "WSJ")));
        indexer.commit(Map.of());
        searcher.refresh();
        assertThat(searcher.itemCount()).isEqualTo(3);
        assertThat(ids(searcher.search(SearchRequest.of("Stargate")))).containsExactly("w04-stargate");
        assertThat(searcher.item("w04-chart")).isEmpty();
    }

    @Test
    void requestsOutsideTheLimitsAreRefused() {
        assertThatThrownBy(() -> new SearchRequest("", Map.of(), null, null, null, 1, 51))
                .hasMessage("size must be between 1 and 50, was 51");
        assertThatThrownBy(() -> new SearchRequest("", Map.of(), null, null, null, 101, 10))
                .hasMessage("page 101 is beyond the first 1000 results; narrow the search instead");
        assertThatThrownBy(() -> new SearchRequest(
                        "", Map.of(), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), null, 1, 10))
                .hasMessage("'from' (2025-02-01) is after 'until' (2025-01-01)");
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(hit -> hit.stored().item().id()).toList();
    }

    private static Issue issue(String week, LocalDate date, Item... items) {
        return new Issue(
                "test-" + week,
                "Testbrief",
                "Titel " + week,
                IsoWeek.of(date),
                date,
                "memory",
                Map.of(),
                List.of(items));
    }

    private static Item item(
            String id, int position, ItemType type, String headline, String body, Tags tags, String outlet) {
        String url = outlet.equals("WSJ") ? "https://www.wsj.com/x" : null;
        return new Item(id, position, type, "", headline, body, List.of(new Source(outlet, url)), tags);
    }
}
