package de.nachlese.index;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 whose length normalisation stops growing at a multiple of the field's average length. A newsletter's lead
 * runs to several times the length of its short items and reads as one long argument about its story: past that
 * length, more text does not make the story's word any less its subject, while plain BM25 keeps dividing it down
 * until a short item that names the word once outranks the lead that names it six times. The norms written at index
 * time are Lucene's usual ones, so the cap is a query-time choice like k1 and b.
 */
final class LengthCappedSimilarity extends Similarity {

    private final BM25Similarity bm25;
    private final float capTimesAverage;

    LengthCappedSimilarity(BM25Similarity bm25, float capTimesAverage) {
        if (!(capTimesAverage >= 1)) {
            throw new IllegalArgumentException("the cap must be at least the average length: " + capTimesAverage);
        }
        this.bm25 = bm25;
        this.capTimesAverage = capTimesAverage;
    }

    @Override
    public long computeNorm(FieldInvertState state) {
        return bm25.computeNorm(state);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
        SimScorer scorer = bm25.scorer(boost, collectionStats, termStats);
        // as BM25Similarity.avgFieldLength: the same average its own length table is divided by
        double averageLength = collectionStats.sumTotalTermFreq() / (double) collectionStats.docCount();
        int capLength = (int) Math.min(Integer.MAX_VALUE, Math.round(capTimesAverage * averageLength));
        // norms are single bytes whose unsigned value grows with the length, so capping the byte caps the length
        return new Capped(scorer, Byte.toUnsignedInt(SmallFloat.intToByte4(capLength)));
    }

    @Override
    public String toString() {
        return bm25 + " with lengths capped at " + capTimesAverage + " times the average";
    }

    private static final class Capped extends SimScorer {
        private final SimScorer scorer;
        private final int capNorm;

        Capped(SimScorer scorer, int capNorm) {
            this.scorer = scorer;
            this.capNorm = capNorm;
        }

        @Override
        public float score(float freq, long norm) {
            return scorer.score(freq, cap(norm));
        }

        @Override
        public BulkSimScorer asBulkSimScorer() {
            BulkSimScorer bulk = scorer.asBulkSimScorer();
            // a buffer per bulk scorer, as each leaf's scorer asks for its own: never shared between two leaves
            long[][] cappedNorms = {new long[0]};
            return (size, freqs, norms, scores) -> {
                if (cappedNorms[0].length < size) {
                    cappedNorms[0] = new long[size];
                }
                for (int i = 0; i < size; i++) {
                    cappedNorms[0][i] = cap(norms[i]);
                }
                bulk.score(size, freqs, cappedNorms[0], scores);
            };
        }

        @Override
        public Explanation explain(Explanation freq, long norm) {
            return scorer.explain(freq, cap(norm));
        }

        private long cap(long norm) {
            return Math.min(Byte.toUnsignedInt((byte) norm), capNorm);
        }
    }
}
