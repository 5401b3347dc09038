package de.nachlese.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.bench.corpus.CorpusGenerator;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.Facet;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.PlannedQuery;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.WeekCount;
import de.nachlese.tagging.Tagger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harness on a tiny generated archive: the query set has every kind, raw Lucene and Nachlese find
 * exactly the same number of hits for every query, and every query translates to Solr syntax. No timing.
 */
@ConcurrentInMemory
class BenchSmokeTest {

    @TempDir
    static Path dir;

    static List<BenchQuery> queries;

    @BeforeAll
    static void indexGeneratedArchive() throws Exception {
        IndexSchema schema = new IndexSchema();
        Tagger tagger = Tagger.bundled();
        try (ItemIndexer indexer = ItemIndexer.open(dir.resolve("index"), schema)) {
            new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).issues(300).forEach(issue -> {
                try {
                    indexer.upsert(tagger.tag(issue));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            indexer.commit(Map.of());
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            queries = QuerySetGenerator.generate(reader, schema, 42);
        }
    }

    @Test
    void theQuerySetHasEveryKindAndSurvivesItsFileFormat() throws Exception {
        assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
        assertThat(queries.stream().map(BenchQuery::kind).distinct())
                .containsExactlyInAnyOrder(
                        "term-high",
                        "term-medium",
                        "term-low",
                        "words-2",
                        "words-3",
                        "phrase",
                        "entity",
                        "facets",
                        "dates",
                        "browse");
        Path file = dir.resolve("queries.tsv");
        Measure.writeQueries(file, queries);
        assertThat(Measure.readQueries(file)).isEqualTo(queries);
    }

    @Test
    void rawLuceneAndNachleseCountTheSameHitsAndTheHistogramAddsUp() throws Exception {
        Path index = dir.resolve("index");
        Map<String, PlannedQuery> planned = LuceneBench.plan(index, queries);
        Map<String, Long> lucene = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            LuceneBench raw = new LuceneBench(reader, new IndexSchema(), planned);
            for (BenchQuery query : queries) {
                lucene.put(query.id(), raw.search(query));
            }
        }
        try (ItemSearcher searcher = ItemSearcher.openReadOnly(new IndexSchema(), FSDirectory.open(index))) {
            for (BenchQuery query : queries) {
                SearchPage page = searcher.search(query.request());
                if (page.notes().showingSuggestion()) {
                    // nothing found, so Nachlese shows the hits of its "Meinten Sie" correction instead
                    assertThat(lucene.get(query.id())).as(query.toTsv()).isZero();
                    continue;
                }
                if (page.notes().relaxed()) {
                    // every word together found too little (less than a page), so Nachlese relaxed the query and
                    // found more
                    assertThat(lucene.get(query.id()))
                            .as(query.toTsv())
                            .isLessThan(10)
                            .isLessThan(page.total());
                    continue;
                }
                assertThat(page.total()).as(query.toTsv()).isEqualTo(lucene.get(query.id()));
                assertThat(page.histogram().stream().mapToLong(WeekCount::count).sum())
                        .as(query.toTsv())
                        .isEqualTo(page.total());
            }
            // the whole archive comes from per-reader counts; the same items through a filter that keeps them all
            // go through drill-sideways counting, and must show the same page
            SearchPage everything = searcher.search(SearchRequest.of(""));
            SearchPage allTypes = searcher.search(
                    SearchRequest.of("").withFilter(Facet.TYPE, "lead", "news", "chart", "listen", "earnings"));
            assertThat(everything.total()).isEqualTo(300).isEqualTo(allTypes.total());
            assertThat(everything.histogram()).isEqualTo(allTypes.histogram());
            assertThat(everything.hits())
                    .extracting(hit -> hit.stored().item().id())
                    .isEqualTo(allTypes.hits().stream()
                            .map(hit -> hit.stored().item().id())
                            .toList());
            for (Facet facet : Facet.values()) {
                assertThat(everything.facet(facet))
                        .extracting(v -> v.value() + "=" + v.count())
                        .as(facet.id())
                        .isEqualTo(allTypes.facet(facet).stream()
                                .map(v -> v.value() + "=" + v.count())
                                .toList());
            }
            BenchQuery browse = queries.stream()
                    .filter(q -> q.kind().equals("browse"))
                    .findFirst()
                    .orElseThrow();
            String week = searcher.search(browse.request())
                    .hits()
                    .get(0)
                    .stored()
                    .week()
                    .toString();
            SearchPage oneWeek = searcher.search(
                    new BenchQuery("w", "browse", "", Map.of(Facet.WEEK, List.of(week)), null, null).request());
            assertThat(oneWeek.histogram()).extracting(w -> w.week().toString()).containsExactly(week);
            assertThat(oneWeek.histogram().get(0).count()).isEqualTo(oneWeek.total());
        }
        assertThat(lucene.values()).anyMatch(total -> total > 0);
    }

    @Test
    void everyQueryTranslatesToSolrSyntax() throws Exception {
        Map<String, PlannedQuery> planned = LuceneBench.plan(dir.resolve("index"), queries);
        for (BenchQuery query : queries) {
            assertThat(SolrExport.syntax(planned.get(query.id()).text()))
                    .as(query.toTsv())
                    .isNotBlank();
        }
        // a single word: the headline (boost 2) or the body, in whichever order the schema's field map gives
        assertThat(SolrExport.syntax(planned.get(queries.get(0).id()).text()))
                .matches("\\(\\+\\((\\(headline:(\\S+)\\)\\^2 body:\\2|body:(\\S+) \\(headline:\\3\\)\\^2)\\)\\)");
    }
}
