package de.nachlese.search.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The facet ordinals held on the heap per segment against reading them from doc values, on a tiny index with several
 * segments, deleted documents and a near-real-time refresh: the same hits and exactly the same counts.
 */
class FacetColumnsTest {

    private static final FacetsConfig CONFIG = config();
    private static final List<String> DIMENSIONS = List.of("type", "company", "person");

    private static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("company", true);
        return config;
    }

    @Test
    void countsFromColumnsEqualCountsFromDocValuesAcrossSegmentsDeletionsAndARefresh() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer =
                        new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(doc("1", "lead", "chips boom", "Nvidia", "OpenAI"));
            writer.addDocument(doc("2", "news", "chips", "Nvidia"));
            writer.addDocument(doc("3", "news", "boom"));
            writer.commit();
            writer.addDocument(doc("4", "news", "chips", "OpenAI", "Meta"));
            writer.addDocument(doc("5", "chart", "boom", "Meta"));
            writer.addDocument(doc("6", "news", "chips boom", "Apple", "Nvidia"));
            writer.deleteDocuments(new Term("id", "2"));
            writer.commit();
            // built at once by a direct executor, whatever the segment's size
            FacetColumns columns = FacetColumns.of(CONFIG.getDimConfig("").indexFieldName, Runnable::run, 0);

            DirectoryReader first = DirectoryReader.open(writer);
            columns.prepare(first);
            assertThat(columns.size())
                    .as("segments above the at-once size wait for the first counting search")
                    .isZero();
            columns.startBuilding();
            assertThat(first.leaves()).hasSize(2);
            assertThat(columns.size()).isEqualTo(2);
            assertSameCounts(first, columns);
            assertThat(counts(first, columns, MatchAllDocsQuery.INSTANCE, Map.of())
                            .subList(0, 4))
                    .containsExactly(
                            "5 hits",
                            "type: dim=type path=[] value=5 childCount=3\n  chart (1)\n  lead (1)\n  news (3)\n",
                            "company: dim=company path=[] value=-1 childCount=4\n  Apple (1)\n  Meta (2)\n  Nvidia (2)\n"
                                    + "  OpenAI (2)\n",
                            "person: null");

            // a near-real-time refresh: a third segment, and a deletion in the first one
            writer.addDocument(doc("7", "lead", "chips", "Nvidia", "Meta"));
            writer.addDocument(doc("8", "news", "boom", "Apple"));
            writer.deleteDocuments(new Term("id", "1"));
            DirectoryReader second = DirectoryReader.openIfChanged(first, writer);
            assertThat(second).isNotNull();
            List<FacetColumns.Column> before =
                    first.leaves().stream().map(columns::column).toList();
            columns.prepare(second);
            columns.startBuilding();
            assertThat(second.leaves()).hasSize(3);
            assertThat(columns.size()).isEqualTo(3);
            for (int leaf = 0; leaf < 2; leaf++) {
                assertThat(columns.column(second.leaves().get(leaf)))
                        .as("segment " + leaf + " is not built again")
                        .isSameAs(before.get(leaf));
            }
            assertSameCounts(second, columns);
            assertThat(counts(
                                    second,
                                    columns,
                                    new TermQuery(new Term("text", "chips")),
                                    Map.of("company", List.of("Meta")))
                            .subList(0, 4))
                    .containsExactly(
                            "2 hits",
                            "type: dim=type path=[] value=2 childCount=2\n  lead (1)\n  news (1)\n",
                            "company: dim=company path=[] value=-1 childCount=4\n  Apple (1)\n  Meta (2)\n  Nvidia (2)\n"
                                    + "  OpenAI (1)\n",
                            "person: null");

            first.close();
            second.close();
            writer.close();
            assertThat(columns.size())
                    .as("columns of closed segments are dropped")
                    .isZero();
        }
    }

    @Test
    void filtersWithoutDrillDownTermsAreTestedOnTheOrdinals() throws IOException {
        FacetsConfig withoutTerms = config();
        withoutTerms.setDrillDownTermsIndexing("company", FacetsConfig.DrillDownTermsIndexing.NONE);
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer =
                        new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(withoutTerms.build(fields("1", "lead", "chips boom", "Nvidia", "OpenAI")));
            writer.addDocument(withoutTerms.build(fields("2", "news", "chips", "Nvidia")));
            writer.commit();
            writer.addDocument(withoutTerms.build(fields("3", "news", "chips", "OpenAI", "Meta")));
            writer.addDocument(withoutTerms.build(fields("4", "chart", "boom", "Meta")));
            writer.deleteDocuments(new Term("id", "3"));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                FacetColumns columns = FacetColumns.of(CONFIG.getDimConfig("").indexFieldName, Runnable::run, 0);
                columns.prepare(reader);
                columns.startBuilding();
                assertThat(columns.size()).isEqualTo(2);
                assertSameCounts(reader, columns);
                assertThat(counts(
                                        reader,
                                        columns,
                                        new TermQuery(new Term("text", "chips")),
                                        orderedFilters("company", List.of("Nvidia"), "type", List.of("news")))
                                .subList(0, 4))
                        .containsExactly(
                                "1 hits",
                                "type: dim=type path=[] value=2 childCount=2\n  lead (1)\n  news (1)\n",
                                "company: dim=company path=[] value=-1 childCount=1\n  Nvidia (1)\n",
                                "person: null");
            }
        }
    }

    @Test
    void aSegmentWithoutFacetValuesHasNoColumn() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer =
                        new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            Document plain = new Document();
            plain.add(new StringField("id", "1", Field.Store.NO));
            writer.addDocument(plain);
            writer.commit();
            writer.addDocument(doc("2", "news", "chips", "Nvidia"));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                FacetColumns columns = FacetColumns.of(CONFIG.getDimConfig("").indexFieldName, Runnable::run, 0);
                columns.prepare(reader);
                columns.startBuilding();
                assertThat(columns.column(reader.leaves().get(0))).isNull();
                assertThat(columns.column(reader.leaves().get(1)).ords()).hasSize(2);
                assertThat(columns.column(reader.leaves().get(1)).starts()).containsExactly(0, 2);
                assertSameCounts(reader, columns);
            }
        }
    }

    @Test
    void aColumnIsEveryDocumentsOrdinalsInOrder() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.addDocument(doc("1", "news", "a", "Nvidia", "Meta"));
            Document plain = new Document();
            plain.add(new StringField("id", "2", Field.Store.NO));
            writer.addDocument(plain);
            writer.addDocument(doc("3", "lead", "b"));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                FacetColumns.Column column =
                        FacetColumns.build(reader.leaves().getFirst().reader(), CONFIG.getDimConfig("").indexFieldName);
                // segment ordinals in path order: company/Meta 0, company/Nvidia 1, type/lead 2, type/news 3
                assertThat(column.starts()).containsExactly(0, 3, 3, 4);
                assertThat(new String(column.ords()).chars().toArray()).containsExactly(0, 1, 3, 2);
            }
        }
    }

    /** Nachlese's one-pass drill sideways with and without columns: same hits, same counts, on several searches. */
    private static void assertSameCounts(DirectoryReader reader, FacetColumns columns) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getSortedSetDocValues(columns.field()) != null) {
                assertThat(columns.column(leaf))
                        .as("column of segment " + leaf.ord)
                        .isNotNull();
            }
        }
        List<Query> queries = List.of(
                MatchAllDocsQuery.INSTANCE,
                new TermQuery(new Term("text", "chips")),
                new TermQuery(new Term("text", "boom")),
                new TermQuery(new Term("text", "nothing")));
        List<Map<String, List<String>>> filters = List.of(
                Map.of(),
                Map.of("company", List.of("Nvidia")),
                Map.of("company", List.of("Nvidia", "Meta")),
                Map.of("type", List.of("news")),
                orderedFilters("company", List.of("Meta"), "type", List.of("news", "lead")),
                Map.of("company", List.of("Unbekannt")),
                Map.of("person", List.of("Niemand")));
        for (Query query : queries) {
            for (Map<String, List<String>> filter : filters) {
                assertThat(counts(reader, columns, query, filter))
                        .as(query + " " + filter)
                        .isEqualTo(counts(reader, null, query, filter));
            }
        }
    }

    private static Map<String, List<String>> orderedFilters(
            String dim1, List<String> values1, String dim2, List<String> values2) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put(dim1, values1);
        filters.put(dim2, values2);
        return filters;
    }

    private static List<String> counts(
            DirectoryReader reader, FacetColumns columns, Query query, Map<String, List<String>> filters)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetOrdinals ordinals = FacetOrdinals.of(new DefaultSortedSetDocValuesReaderState(reader, CONFIG), DIMENSIONS);
        SidewaysSearch.Result result =
                SidewaysSearch.search(searcher, ordinals, columns, query, filters, SidewaysSearch.everyHit(10, null));
        List<String> out = new ArrayList<>();
        out.add(result.hits().totalHits.value() + " hits");
        for (String dim : DIMENSIONS) {
            FacetResult all = result.facets().getAllChildren(dim);
            out.add(dim + ": " + all);
        }
        out.add(Arrays.stream(result.hits().scoreDocs)
                .map(FacetColumnsTest::describe)
                .toList()
                .toString());
        return out;
    }

    private static String describe(ScoreDoc doc) {
        return doc.doc + ":" + doc.score;
    }

    private static Document doc(String id, String type, String text, String... companies) throws IOException {
        return CONFIG.build(fields(id, type, text, companies));
    }

    private static Document fields(String id, String type, String text, String... companies) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        doc.add(new TextField("text", text, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("type", type));
        for (String company : companies) {
            doc.add(new SortedSetDocValuesFacetField("company", company));
        }
        return doc;
    }
}
