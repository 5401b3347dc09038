package de.nachlese.search.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

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

    /**
     * The first {@code topN} of the collected hits in {@code sort} order, whether or not ties reach past them. The
     * few hits' sort values are read one by one; Lucene's {@code SortRescorer} would set up a comparator per segment
     * for them, which costs more than the ordering itself.
     */
    static TopDocs ordered(IndexSearcher searcher, TopDocs byScore, int topN, Sort sort) throws IOException {
        ScoreDoc[] docs = byScore.scoreDocs;
        if (docs.length == 0) {
            return byScore;
        }
        SortField[] fields = sort.getSort();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Keyed> keyed = new ArrayList<>(docs.length);
        for (ScoreDoc doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            Comparable<?>[] keys = new Comparable<?>[fields.length];
            for (int f = 1; f < fields.length; f++) {
                keys[f] = value(leaf.reader(), fields[f], doc.doc - leaf.docBase);
            }
            keyed.add(new Keyed(doc, keys));
        }
        keyed.sort((a, b) -> compare(fields, a, b));
        ScoreDoc[] page = new ScoreDoc[Math.min(topN, keyed.size())];
        for (int i = 0; i < page.length; i++) {
            page[i] = keyed.get(i).doc();
        }
        return new TopDocs(byScore.totalHits, page);
    }

    /** A collected hit with its values of the sort's fields after the score. */
    private record Keyed(ScoreDoc doc, Comparable<?>[] keys) {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(SortField[] fields, Keyed a, Keyed b) {
        int byScore = Float.compare(b.doc().score, a.doc().score);
        if (byScore != 0) {
            return byScore;
        }
        for (int f = 1; f < fields.length; f++) {
            Comparable x = a.keys()[f];
            Comparable y = b.keys()[f];
            // a document without the value sorts first, as Lucene's string sort does (the schema gives every item one)
            int c = x == null ? (y == null ? 0 : -1) : y == null ? 1 : x.compareTo(y);
            if (c != 0) {
                return fields[f].getReverse() ? -c : c;
            }
        }
        return Integer.compare(a.doc().doc, b.doc().doc);
    }

    private static Comparable<?> value(LeafReader reader, SortField field, int doc) throws IOException {
        switch (field.getType()) {
            case STRING -> {
                SortedDocValues values = DocValues.getSorted(reader, field.getField());
                return values.advanceExact(doc) ? BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())) : null;
            }
            case INT, LONG -> {
                NumericDocValues values = DocValues.getNumeric(reader, field.getField());
                return values.advanceExact(doc) ? values.longValue() : 0L;
            }
            default -> throw new IllegalArgumentException("cannot order ties by " + field);
        }
    }
}
