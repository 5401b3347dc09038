package de.nachlese.search.facet;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.model.Facet;
import de.nachlese.search.DemoIndex;
import de.nachlese.search.FacetValue;
import de.nachlese.search.PlannedQuery;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Nachlese's facet counting (one pass per search; the only filter on the whole archive answered with the reader's own
 * counts) against plain Lucene DrillSideways on the demo archive: the same total, hits in the same order, and the
 * same facet counts for every dimension.
 */
@ConcurrentInMemory
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillSidewaysEquivalenceTest {

    private DemoIndex demo;

    @BeforeAll
    void index() throws IOException {
        demo = new DemoIndex();
    }

    @AfterAll
    void close() throws IOException {
        demo.close();
    }

    @Test
    void theOnlyFilterOnTheWholeArchiveCountsAsDrillSidewaysDoes() throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<String> values = new ArrayList<>(demo.searcher.search(SearchRequest.of("")).facet(facet).stream()
                    .map(FacetValue::value)
                    .toList());
            assertThat(values).as(facet.id()).isNotEmpty();
            requests.add(SearchRequest.of("").withFilter(facet, values.getFirst()));
            requests.add(SearchRequest.of("").withFilter(facet, values.getLast()));
            if (values.size() > 1) {
                requests.add(SearchRequest.of("").withFilter(facet, values.get(0), values.get(1)));
            }
        }
        requests.add(SearchRequest.of("").withFilter(Facet.COMPANY, "Keine Firma dieses Namens"));
        requests.add(new SearchRequest("", Map.of(Facet.TOPIC, List.of("KI")), null, null, SortOrder.OLDEST, 2, 5));
        requests.add(new SearchRequest("", Map.of(Facet.TOPIC, List.of("KI")), null, null, SortOrder.RELEVANCE, 1, 10));
        for (SearchRequest request : requests) {
            assertSameAsDrillSideways(request);
        }
        assertThat(requests).hasSizeGreaterThan(15);
    }

    @Test
    void textDatesAndSeveralFiltersCountAsDrillSidewaysDoes() throws IOException {
        SearchPage all = demo.searcher.search(SearchRequest.of(""));
        String company = all.facet(Facet.COMPANY).getFirst().value();
        String secondCompany = all.facet(Facet.COMPANY).get(1).value();
        String topic = all.facet(Facet.TOPIC).getFirst().value();
        String type = all.facet(Facet.TYPE).getFirst().value();
        String source = all.facet(Facet.SOURCE).getFirst().value();
        String week = all.facet(Facet.WEEK).get(3).value();
        List<SearchRequest> requests = new ArrayList<>();
        for (String text : List.of(
                "",
                "KI",
                "Nvidia Chips",
                "\"künstliche Intelligenz\"",
                "Rechenzentren OR Stargate",
                "gibtesnichtxyz")) {
            requests.add(SearchRequest.of(text));
            requests.add(SearchRequest.of(text).withFilter(Facet.COMPANY, company));
            requests.add(SearchRequest.of(text).withFilter(Facet.COMPANY, company, secondCompany));
            requests.add(
                    SearchRequest.of(text).withFilter(Facet.COMPANY, company).withFilter(Facet.TOPIC, topic));
            requests.add(SearchRequest.of(text)
                    .withFilter(Facet.TOPIC, topic)
                    .withFilter(Facet.TYPE, type)
                    .withFilter(Facet.SOURCE, source));
            requests.add(SearchRequest.of(text).withFilter(Facet.WEEK, week).withFilter(Facet.TYPE, type));
            requests.add(SearchRequest.of(text)
                    .withFilter(Facet.PERSON, "Niemand Unbekannt")
                    .withFilter(Facet.TYPE, type));
            requests.add(new SearchRequest(
                    text,
                    Map.of(Facet.TOPIC, List.of(topic)),
                    LocalDate.of(2025, 2, 1),
                    LocalDate.of(2025, 6, 30),
                    null,
                    1,
                    10));
            requests.add(new SearchRequest(text, Map.of(), LocalDate.of(2025, 3, 1), null, SortOrder.OLDEST, 1, 10));
            requests.add(
                    new SearchRequest(text, Map.of(Facet.TYPE, List.of(type)), null, null, SortOrder.NEWEST, 2, 7));
        }
        for (SearchRequest request : requests) {
            assertSameAsDrillSideways(request);
        }
    }

    private void assertSameAsDrillSideways(SearchRequest request) throws IOException {
        SearchPage page = demo.searcher.search(request);
        PlannedQuery plan = demo.searcher.plan(request);
        // Lucene's own searcher, scoring as the product does (the schema's per-field BM25)
        SearcherManager plain = demo.indexer.newSearcherManager(new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(demo.schema.similarity());
                return searcher;
            }
        });
        IndexSearcher searcher = plain.acquire();
        try {
            DrillSideways sideways = new DrillSideways(
                    searcher,
                    demo.schema.facetsConfig(),
                    new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), demo.schema.facetsConfig()));
            DrillSideways.DrillSidewaysResult expected =
                    sideways.search(plan.query(), null, null, plan.topN(), plan.sort(), false);
            String what = "'" + request.query() + "' " + request.filters() + " " + request.from() + ".."
                    + request.until() + " " + request.sort() + " page " + request.page();
            assertThat(page.total()).as(what).isEqualTo(expected.hits.totalHits.value());
            ScoreDoc[] docs = expected.hits.scoreDocs;
            List<String> ids = new ArrayList<>();
            for (ScoreDoc doc :
                    Arrays.copyOfRange(docs, Math.min(docs.length, plan.topN() - request.size()), docs.length)) {
                ids.add(demo.schema
                        .fromDocument(searcher.storedFields().document(doc.doc))
                        .item()
                        .id());
            }
            assertThat(page.hits())
                    .as(what)
                    .extracting(hit -> hit.stored().item().id())
                    .isEqualTo(ids);
            for (Facet facet : Facet.values()) {
                FacetResult result = facet == Facet.WEEK
                        ? expected.facets.getAllChildren(facet.id())
                        : expected.facets.getTopChildren(FacetCounter.FACET_VALUES_LIMIT, facet.id());
                List<String> counted = new ArrayList<>();
                for (LabelAndValue lv : result == null ? new LabelAndValue[0] : result.labelValues) {
                    counted.add(lv.label + "=" + lv.value);
                }
                List<String> selectedWithoutHits = request.selected(facet).stream()
                        .filter(v -> counted.stream().noneMatch(c -> c.startsWith(v + "=")))
                        .map(v -> v + "=0")
                        .toList();
                counted.addAll(selectedWithoutHits);
                List<String> shown = page.facet(facet).stream()
                        .map(v -> v.value() + "=" + v.count())
                        .toList();
                if (facet == Facet.WEEK) {
                    assertThat(shown).as(what + " " + facet.id()).containsExactlyInAnyOrderElementsOf(counted);
                } else {
                    assertThat(shown).as(what + " " + facet.id()).containsExactlyElementsOf(counted);
                }
            }
        } finally {
            plain.release(searcher);
            plain.close();
        }
    }
}
