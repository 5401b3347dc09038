package de.nachlese.search.facet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The once-per-reader counts against Lucene counting a match-all search, on a tiny index with a deleted document. */
class WholeIndexFacetsTest {

    private static final FacetsConfig CONFIG = config();

    private static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("company", true);
        return config;
    }

    @Test
    void answersWhatLuceneCountsForAMatchAllSearchSkippingDeletedDocuments() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                writer.addDocument(doc("1", "lead", "Nvidia", "OpenAI"));
                writer.addDocument(doc("2", "news", "Nvidia"));
                writer.commit(); // a second segment follows, so the counts go through the ordinal map
                writer.addDocument(doc("3", "news", "OpenAI", "Meta"));
                writer.addDocument(doc("4", "chart", "Meta"));
                writer.addDocument(doc("5", "news", "Apple"));
                writer.deleteDocuments(new Term("id", "4"));
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
                WholeIndexFacets cached = WholeIndexFacets.count(state, List.of("type", "company", "person"), 200);
                FacetsCollector all =
                        new IndexSearcher(reader).search(MatchAllDocsQuery.INSTANCE, new FacetsCollectorManager());
                SortedSetDocValuesFacetCounts counted = new SortedSetDocValuesFacetCounts(state, all);

                assertThat(cached.getTopChildren(200, "company").toString())
                        .isEqualTo(
                                "dim=company path=[] value=-1 childCount=4\n  Nvidia (2)\n  OpenAI (2)\n  Apple (1)\n  Meta (1)\n");
                assertThat(cached.getTopChildren(200, "type").toString())
                        .isEqualTo("dim=type path=[] value=4 childCount=2\n  news (3)\n  lead (1)\n");
                for (String dim : List.of("type", "company")) {
                    for (int topN : List.of(1, 2, 3, 200)) {
                        assertThat(cached.getTopChildren(topN, dim).toString())
                                .as(dim + " top " + topN)
                                .isEqualTo(counted.getTopChildren(topN, dim).toString());
                    }
                    assertThat(cached.getAllChildren(dim).toString())
                            .isEqualTo(counted.getAllChildren(dim).toString());
                }
                // a dimension without values in the index, as Lucene answers it
                assertThat(String.valueOf(cached.getTopChildren(200, "person")))
                        .isEqualTo(String.valueOf(counted.getTopChildren(200, "person")));
                assertThatThrownBy(() -> cached.getTopChildren(5, "topic"))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void callersCannotChangeTheSharedCounts() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                writer.addDocument(doc("1", "lead", "Nvidia"));
                writer.addDocument(doc("2", "news", "Nvidia", "Meta"));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                WholeIndexFacets cached = WholeIndexFacets.count(
                        new DefaultSortedSetDocValuesReaderState(reader, CONFIG), List.of("company"), 200);
                cached.getTopChildren(200, "company").labelValues[0] = null;
                assertThat(cached.getTopChildren(200, "company").toString())
                        .isEqualTo("dim=company path=[] value=-1 childCount=2\n  Nvidia (2)\n  Meta (1)\n");
            }
        }
    }

    private static Document doc(String id, String type, String... companies) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("type", type));
        for (String company : companies) {
            doc.add(new SortedSetDocValuesFacetField("company", company));
        }
        return CONFIG.build(doc);
    }
}
