package de.nachlese.search.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Collecting by score with every tie of the page's last score, then ordering those by the rest of the sort, against
 * Lucene's own sorted search, on a tiny index of three segments where most hits score alike.
 */
class ScoreTiesTest {

    /** Best score, then newest date, then issue id, then position: the shape of the relevance sort. */
    private static final Sort SORT = new Sort(
            SortField.FIELD_SCORE,
            new SortField("date", SortField.Type.LONG, true),
            new SortField("issue", SortField.Type.STRING),
            new SortField("position", SortField.Type.INT));

    @Test
    void pagesOfManyEqualScoresComeInTheSortsOrderFromOnePass() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer =
                        new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            // 40 items that score alike for "chips" (5 dates, 3 issues), in three segments, and two that score higher
            for (int i = 0; i < 40; i++) {
                writer.addDocument(doc("d" + i, "chips boom", i % 5, "issue-" + (i % 3), i));
                if (i % 15 == 14) {
                    writer.commit();
                }
            }
            writer.addDocument(doc("h1", "chips", 0, "issue-9", 1));
            writer.addDocument(doc("h2", "chips", 1, "issue-9", 2));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(reader.leaves()).hasSize(3);
                IndexSearcher searcher = new IndexSearcher(reader);
                Query chips = new TermQuery(new Term("text", "chips"));

                assertThat(page(searcher, chips, 10))
                        .containsExactly("h2", "h1", "d9", "d24", "d39", "d4", "d19", "d34", "d14", "d29");
                assertThat(page(searcher, chips, 10)).isEqualTo(luceneSorted(searcher, chips, 10));
                // deep enough for the narrowing by date to keep a whole date and cut inside the next
                assertThat(page(searcher, chips, 13)).isEqualTo(luceneSorted(searcher, chips, 13));
                assertThat(page(searcher, chips, 30)).isEqualTo(luceneSorted(searcher, chips, 30));
                // fewer hits than the page holds
                Query boom = new TermQuery(new Term("text", "boom"));
                assertThat(page(searcher, boom, 50)).hasSize(40).isEqualTo(luceneSorted(searcher, boom, 50));
                assertThat(collected(searcher, chips, 10).totalHits.value()).isEqualTo(42);
            }
        }
    }

    @Test
    void onlyTheHitsTiedWithThePagesLastScoreAreKeptBesideTheBest() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.addDocument(doc("a", "chips", 0, "i", 1));
            writer.addDocument(doc("b", "chips chips boom boom boom", 0, "i", 2));
            writer.addDocument(doc("c", "chips boom boom boom boom", 0, "i", 3));
            writer.addDocument(doc("d", "chips boom boom boom boom", 0, "i", 4));
            writer.addDocument(doc("e", "chips boom boom boom boom", 0, "i", 5));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs top = collected(searcher, new TermQuery(new Term("text", "chips")), 2);
                // a and b score above the rest; c, d and e tie below them and drop out
                assertThat(ids(searcher, top)).containsExactly("a", "b");
                TopDocs three = collected(searcher, new TermQuery(new Term("text", "chips")), 3);
                assertThat(ids(searcher, three)).containsExactly("a", "b", "c", "d", "e");
            }
        }
    }

    private static TopDocs collected(IndexSearcher searcher, Query query, int topN) throws IOException {
        return searcher.search(query, new TopScoresWithTies(topN));
    }

    private static List<String> page(IndexSearcher searcher, Query query, int topN) throws IOException {
        return ids(searcher, ScoreTies.ordered(searcher, collected(searcher, query, topN), topN, SORT));
    }

    private static List<String> luceneSorted(IndexSearcher searcher, Query query, int topN) throws IOException {
        return ids(searcher, searcher.search(query, topN, SORT));
    }

    private static List<String> ids(IndexSearcher searcher, TopDocs top) throws IOException {
        var stored = searcher.storedFields();
        return Arrays.stream(top.scoreDocs)
                .map(d -> {
                    try {
                        return stored.document(d.doc).get("id");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .toList();
    }

    private static Document doc(String id, String text, int day, String issue, int position) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.NO));
        doc.add(new NumericDocValuesField("date", day));
        doc.add(new SortedDocValuesField("issue", new BytesRef(issue)));
        doc.add(new NumericDocValuesField("position", position));
        return doc;
    }
}
