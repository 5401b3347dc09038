package de.nachlese.search.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongHeap;

/**
 * Best score first with equal scores in a fixed order, without paying for that order on every hit. A sort led by
 * score ({@code IndexSchema.relevanceFirst()}) makes the collector compare doc values for every competitive hit; the
 * search counts every hit for its facets, so that is paid on thousands of hits for a page of ten. Collecting by score
 * alone, with every hit that ties with the page's last score ({@link TopScoresWithTies}), and ordering those by the
 * whole sort gives the same page in the same single pass.
 */
final class ScoreTies {

    /**
     * Above this many collected hits per hit of the page, the hits tied at the page's last score are first narrowed
     * by the sort's next field alone, read in one pass over each segment's doc values: a word whose items all score
     * alike leaves thousands of ties for a page of ten.
     */
    static final int NARROW_ABOVE = 2;

    private ScoreTies() {}

    /** Whether a sort orders by score first and can be collected by score, its ties ordered afterwards. */
    static boolean leadsByScore(Sort sort) {
        return sort != null && sort.getSort()[0].getType() == SortField.Type.SCORE;
    }

    /**
     * The first {@code topN} of the collected hits in {@code sort} order. Exact when the hits are those of
     * {@link TopScoresWithTies} (every hit tied with the {@code topN}-th score is among them), best score first.
     */
    static TopDocs ordered(IndexSearcher searcher, TopDocs byScore, int topN, Sort sort) throws IOException {
        SortField[] fields = sort.getSort();
        ScoreDoc[] docs = byScore.scoreDocs;
        if (docs.length > NARROW_ABOVE * topN && fields.length > 1 && numeric(fields[1])) {
            docs = narrowed(searcher, docs, topN, fields[1]);
        }
        if (docs.length == 0) {
            return byScore;
        }
        // the few hits' sort values are read one by one; Lucene's SortRescorer would set up a comparator per segment
        // for them, which costs more than the ordering itself
        // in doc order, so that each segment's doc values are read forward by one iterator per field
        ScoreDoc[] byDoc = docs.clone();
        Arrays.sort(byDoc, (a, b) -> Integer.compare(a.doc, b.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Keyed> keyed = new ArrayList<>(docs.length);
        LeafReaderContext leaf = null;
        DocIdSetIterator[] values = new DocIdSetIterator[fields.length];
        for (ScoreDoc doc : byDoc) {
            if (leaf == null || doc.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
                for (int f = 1; f < fields.length; f++) {
                    values[f] = docValues(leaf.reader(), fields[f]);
                }
            }
            Comparable<?>[] keys = new Comparable<?>[fields.length];
            for (int f = 1; f < fields.length; f++) {
                keys[f] = value(values[f], doc.doc - leaf.docBase);
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

    private static boolean numeric(SortField field) {
        return field.getType() == SortField.Type.LONG || field.getType() == SortField.Type.INT;
    }

    /**
     * The hits above the page's last score, and of the hits tied at it those whose value of {@code next} (the sort's
     * field after the score) is as good as the one the page needs last, or better: no other can reach the page.
     */
    private static ScoreDoc[] narrowed(IndexSearcher searcher, ScoreDoc[] docs, int topN, SortField next)
            throws IOException {
        float last = docs[topN - 1].score;
        int firstTied = 0;
        while (docs[firstTied].score != last) {
            firstTied++;
        }
        ScoreDoc[] tied = Arrays.copyOfRange(docs, firstTied, docs.length);
        Arrays.sort(tied, (a, b) -> Integer.compare(a.doc, b.doc));
        long[] keys = new long[tied.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        NumericDocValues values = null;
        LeafReaderContext leaf = null;
        for (int i = 0; i < tied.length; i++) {
            if (leaf == null || tied[i].doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(tied[i].doc, leaves));
                values = DocValues.getNumeric(leaf.reader(), next.getField());
            }
            long value = values.advanceExact(tied[i].doc - leaf.docBase) ? values.longValue() : 0L;
            // smaller is better either way; ~ reverses the order without overflowing
            keys[i] = next.getReverse() ? ~value : value;
        }
        long worstNeeded = nthSmallest(keys, topN - firstTied);
        List<ScoreDoc> kept = new ArrayList<>(Arrays.asList(docs).subList(0, firstTied));
        for (int i = 0; i < tied.length; i++) {
            if (keys[i] <= worstNeeded) {
                kept.add(tied[i]);
            }
        }
        return kept.toArray(ScoreDoc[]::new);
    }

    /** The {@code n}-th smallest of the keys (1 is the smallest), with a heap of {@code n}: one pass, no sort. */
    private static long nthSmallest(long[] keys, int n) {
        // Lucene's bounded heap keeps the largest values it is given: given the keys turned round (~, which cannot
        // overflow), it keeps the smallest keys
        LongHeap smallest = new LongHeap(n);
        for (long key : keys) {
            smallest.insertWithOverflow(~key);
        }
        return ~smallest.top();
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

    private static DocIdSetIterator docValues(LeafReader reader, SortField field) throws IOException {
        return switch (field.getType()) {
            case STRING -> DocValues.getSorted(reader, field.getField());
            case INT, LONG -> DocValues.getNumeric(reader, field.getField());
            default -> throw new IllegalArgumentException("cannot order ties by " + field);
        };
    }

    private static Comparable<?> value(DocIdSetIterator values, int doc) throws IOException {
        if (values instanceof SortedDocValues sorted) {
            return sorted.advanceExact(doc) ? BytesRef.deepCopyOf(sorted.lookupOrd(sorted.ordValue())) : null;
        }
        NumericDocValues numeric = (NumericDocValues) values;
        return numeric.advanceExact(doc) ? numeric.longValue() : 0L;
    }
}
