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
import de.nachlese.tagging.Gazetteer;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The per-request search timeout (nachlese.search-timeout) on a hand-written index of 250 items in one segment:
 * a search past its budget stops collecting and says so; other reads are not limited. The clock is injected, so
 * where the search stops is exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTimeoutTest {

    private static final int ISSUES = 5;
    private static final int ITEMS_PER_ISSUE = 50;

    private final IndexSchema schema = new IndexSchema();
    private ItemIndexer indexer;
    private ItemSearcher unlimited;

    @BeforeAll
    void index() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        for (int week = 1; week <= ISSUES; week++) {
            LocalDate monday = LocalDate.of(2025, 1, 6).plusWeeks(week - 1);
            List<Item> items = new ArrayList<>();
            for (int n = 1; n <= ITEMS_PER_ISSUE; n++) {
                items.add(new Item(
                        "w" + week + "-m" + n,
                        n,
                        n == 1 ? ItemType.LEAD : ItemType.NEWS,
                        "",
                        "Meldung " + n + " über Chips",
                        "Neue Chips für Rechenzentren, Folge " + n + ".",
                        List.of(new Source("Reuters", null)),
                        new Tags(List.of("Nvidia"), List.of(), List.of("Halbleiter"))));
            }
            indexer.upsert(new Issue(
                    "test-w" + week,
                    "Testbrief",
                    "Ausgabe " + week,
                    IsoWeek.of(monday),
                    monday,
                    "memory",
                    Map.of(),
                    items));
        }
        indexer.commit(Map.of());
        unlimited = ItemSearcher.open(schema, indexer);
    }

    @AfterAll
    void close() throws IOException {
        unlimited.close();
        indexer.close();
    }

    @Test
    void withoutALimitEverythingIsFoundAndNothingIsFlagged() throws IOException {
        SearchPage page = unlimited.search(SearchRequest.of("Chips"));
        assertThat(page.total()).isEqualTo(250);
        assertThat(page.notes().timedOut()).isFalse();
        assertThat(page.facet(Facet.WEEK)).hasSize(5);
    }

    @Test
    void aGenerousBudgetChangesNothing() throws IOException {
        try (ItemSearcher searcher = ItemSearcher.open(schema, indexer, Gazetteer.bundled(), Duration.ofSeconds(30))) {
            SearchPage page = searcher.search(SearchRequest.of("Chips"));
            assertThat(page.total()).isEqualTo(250);
            assertThat(page.hits()).hasSize(10);
            assertThat(page.histogram()).hasSize(5);
            assertThat(page.notes().timedOut()).isFalse();
        }
    }

    @Test
    void aSpentBudgetAnswersAtOnceWithNothingAndSaysSo() throws IOException {
        try (ItemSearcher searcher = ItemSearcher.open(schema, indexer, Gazetteer.bundled(), Duration.ZERO)) {
            for (String query : List.of("Chips", "", "Chipz", "Chips AND (Rechenzentren OR Folge)")) {
                SearchPage page = searcher.search(SearchRequest.of(query).withFilter(Facet.COMPANY, "Nvidia"));
                assertThat(page.total()).as(query).isZero();
                assertThat(page.hits()).as(query).isEmpty();
                assertThat(page.histogram()).as(query).isEmpty();
                // the only filter on the whole archive: its sideways counts are the reader's, counted before the search
                long sideways = query.isEmpty() ? 250 : 0;
                assertThat(page.facet(Facet.COMPANY))
                        .as(query)
                        .containsExactly(new FacetValue("Nvidia", sideways, true));
                assertThat(page.notes().timedOut()).as(query).isTrue();
                // no spelling suggestion is looked for once the time is up
                assertThat(page.notes().suggestion()).as(query).isNull();
            }
        }
    }

    @Test
    void aBudgetThatRunsOutMidwayKeepsWhatWasCollected() throws IOException {
        // call 1 starts the clock, call 2 is the check before the segment (passes), call 3 the check after 100
        // collected documents (fails): the search stops after documents 0-99, i.e. weeks 1 and 2
        AtomicInteger calls = new AtomicInteger();
        LongSupplier clock =
                () -> calls.incrementAndGet() <= 2 ? 0 : Duration.ofHours(1).toNanos();
        try (ItemSearcher searcher = ItemSearcher.open(
                schema, indexer, Gazetteer.bundled(), SearchDeadline.of(Duration.ofMillis(500), clock))) {
            SearchPage page = searcher.search(SearchRequest.of("Chips"));
            assertThat(page.notes().timedOut()).isTrue();
            assertThat(page.total()).isEqualTo(100);
            assertThat(page.hits()).hasSize(10);
            assertThat(page.hits())
                    .allSatisfy(hit -> assertThat(hit.stored().item().id()).matches("w[12]-m\\d+"));
            assertThat(page.facet(Facet.WEEK))
                    .extracting(FacetValue::value, FacetValue::count)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("2025-W02", 50L),
                            org.assertj.core.groups.Tuple.tuple("2025-W03", 50L));
            // the histogram comes from the same (partial) week counts
            assertThat(page.histogram())
                    .extracting(WeekCount::week, WeekCount::count)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(IsoWeek.parse("2025-W02"), 50L),
                            org.assertj.core.groups.Tuple.tuple(IsoWeek.parse("2025-W03"), 50L));
        }
    }

    @Test
    void aBudgetThatRunsOutMidwayInAFilteredSearchKeepsWhatWasCollected() throws IOException {
        // a facet filter makes it a drill-sideways search, which counts every match of the text as it collects
        AtomicInteger calls = new AtomicInteger();
        LongSupplier clock =
                () -> calls.incrementAndGet() <= 2 ? 0 : Duration.ofHours(1).toNanos();
        try (ItemSearcher searcher = ItemSearcher.open(
                schema, indexer, Gazetteer.bundled(), SearchDeadline.of(Duration.ofMillis(500), clock))) {
            SearchPage page = searcher.search(SearchRequest.of("Chips").withFilter(Facet.TOPIC, "Halbleiter"));
            assertThat(page.notes().timedOut()).isTrue();
            assertThat(page.total()).isEqualTo(100);
            assertThat(page.hits())
                    .allSatisfy(hit -> assertThat(hit.stored().item().id()).matches("w[12]-m\\d+"));
            // the filtered facet is counted sideways in the same step as each hit: 100 hits, 100 counted
            assertThat(page.facet(Facet.TOPIC)).containsExactly(new FacetValue("Halbleiter", 100, true));
        }
        try (ItemSearcher searcher = ItemSearcher.open(schema, indexer, Gazetteer.bundled(), Duration.ofSeconds(30))) {
            SearchPage page = searcher.search(SearchRequest.of("Chips").withFilter(Facet.TOPIC, "Halbleiter"));
            assertThat(page.notes().timedOut()).isFalse();
            assertThat(page.total()).isEqualTo(250);
            assertThat(page.facet(Facet.TOPIC)).containsExactly(new FacetValue("Halbleiter", 250, true));
        }
    }

    @Test
    void onlySearchesAreLimitedNotItemsIssuesOrCompletion() throws IOException {
        try (ItemSearcher searcher = ItemSearcher.open(schema, indexer, Gazetteer.bundled(), Duration.ZERO)) {
            assertThat(searcher.search(SearchRequest.of("Chips")).notes().timedOut())
                    .isTrue();
            assertThat(searcher.item("w3-m7"))
                    .map(stored -> stored.item().headline())
                    .contains("Meldung 7 über Chips");
            assertThat(searcher.issue("test-w2"))
                    .map(issue -> issue.items().size())
                    .contains(50);
            assertThat(searcher.complete("Meldung 12", 3)).isNotEmpty();
        }
    }

    @Test
    void theDeadlineIsPerThreadAndEndsWithItsScope() {
        SearchDeadline deadline = SearchDeadline.of(Duration.ZERO);
        assertThat(deadline.passed()).as("outside a search").isFalse();
        try (SearchDeadline.Scope scope = deadline.start()) {
            assertThat(scope.expired()).isFalse();
            assertThat(deadline.passed()).isTrue();
            assertThat(scope.expired()).isTrue();
            assertThat(deadline.expired()).isTrue();
        }
        assertThat(deadline.passed()).isFalse();
        assertThat(deadline.expired()).isFalse();
        assertThat(SearchDeadline.NONE.limited()).isFalse();
        assertThatThrownBy(() -> SearchDeadline.of(Duration.ofMillis(-1)))
                .hasMessage("a search timeout cannot be negative, was PT-0.001S");
    }
}
