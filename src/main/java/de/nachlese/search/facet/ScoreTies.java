package de.nachlese.search.facet;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortRescorer;
import org.apache.lucene.search.TopDocs;

/**
 * Best score first with equal scores in a fixed order, without paying for that order on every hit. A sort led by
 * score ({@code IndexSchema.relevanceFirst()}) makes the collector compare doc values for every competitive hit; the
 * search counts every hit for its facets, so that is paid on thousands of hits for a page of ten. Collecting by score
 * alone, a few more hits than the page needs, and ordering those by the whole sort gives the same page, provided
 * every hit that ties with the page's last score was collected. Where equal scores reach past what was collected,
 * {@link #order} answers empty and the caller searches again with the sort.
 */
final class ScoreTies {

    private ScoreTies() {}

    /** Whether a sort orders by score first and can be collected by score, its ties ordered afterwards. */
    static boolean leadsByScore(Sort sort) {
        return sort != null && sort.getSort()[0].getType() == SortField.Type.SCORE;
    }

    /** How many hits to collect by score for a page that ends at hit {@code topN}. */
    static int collect(int topN) {
        return topN + Math.max(10, topN);
    }

    /**
     * The first {@code topN} hits in {@code sort} order, from hits collected by score (best first, as many as
     * {@link #collect} asks for, with the exact total); empty when hits beyond those collected may tie with the
     * {@code topN}-th score.
     */
    static Optional<TopDocs> order(IndexSearcher searcher, TopDocs byScore, int topN, Sort sort) throws IOException {
        ScoreDoc[] docs = byScore.scoreDocs;
        if (docs.length == 0) {
            return Optional.of(byScore);
        }
        boolean everyHit = byScore.totalHits.value() <= docs.length;
        if (!everyHit && (docs.length <= topN || docs[docs.length - 1].score >= docs[topN - 1].score)) {
            return Optional.empty();
        }
        return Optional.of(ordered(searcher, byScore, topN, sort));
    }

    /** The first {@code topN} of the collected hits in {@code sort} order, whether or not ties reach past them. */
    static TopDocs ordered(IndexSearcher searcher, TopDocs byScore, int topN, Sort sort) throws IOException {
        if (byScore.scoreDocs.length == 0) {
            return byScore;
        }
        // the rescorer orders all it is given (it asserts so); the page is cut afterwards
        ScoreDoc[] ordered = new SortRescorer(sort).rescore(searcher, byScore, byScore.scoreDocs.length).scoreDocs;
        return new TopDocs(byScore.totalHits, Arrays.copyOf(ordered, Math.min(topN, ordered.length)));
    }
}
