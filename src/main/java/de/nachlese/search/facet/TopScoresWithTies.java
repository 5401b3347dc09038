package de.nachlese.search.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The best {@code topN} hits by score and every other hit whose score equals the {@code topN}-th, with the exact
 * total: everything {@link ScoreTies} needs to order a page's equal scores, from the one pass that also counts the
 * facets. Collecting only a fixed number of hits by score would miss ties that reach past them (a word whose items
 * score alike, a tag bonus that outweighs the words), and only a second search with the whole sort could find them.
 * The ties cost a doc id each while they last; a better score at the bottom of the page drops them all.
 */
final class TopScoresWithTies implements CollectorManager<TopScoresWithTies.Collecting, TopDocs> {

    /** Best score first, then the lower doc id, as Lucene orders equal scores. */
    private static final Comparator<ScoreDoc> BEST_FIRST = (a, b) -> {
        int byScore = Float.compare(b.score, a.score);
        return byScore != 0 ? byScore : Integer.compare(a.doc, b.doc);
    };

    private final int topN;

    TopScoresWithTies(int topN) {
        if (topN < 1) {
            throw new IllegalArgumentException("at least one hit must be collected, got " + topN);
        }
        this.topN = topN;
    }

    @Override
    public Collecting newCollector() {
        return new Collecting();
    }

    /**
     * Best first: the hits with a score above the {@code topN}-th, then every hit with that score, or all hits when
     * there are no more than {@code topN}.
     */
    @Override
    public TopDocs reduce(Collection<Collecting> collectors) {
        long total = 0;
        List<ScoreDoc> all = new ArrayList<>();
        for (Collecting collector : collectors) {
            total += collector.total;
            collector.addTo(all);
        }
        all.sort(BEST_FIRST);
        int keep = all.size();
        if (keep > topN) {
            float last = all.get(topN - 1).score;
            keep = topN;
            while (keep < all.size() && all.get(keep).score == last) {
                keep++;
            }
        }
        return new TopDocs(
                new TotalHits(total, TotalHits.Relation.EQUAL_TO),
                all.subList(0, keep).toArray(ScoreDoc[]::new));
    }

    /** One collector's best hits, and its hits that tie with the worst of them. */
    final class Collecting extends SimpleCollector {
        private final HitQueue best = new HitQueue(topN, false);
        /** Global doc ids of the hits outside {@link #best} whose score equals the worst score in it. */
        private int[] ties = new int[16];

        private int tieCount;
        private long total;
        private int docBase;
        private Scorable scorer;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            float score = scorer.score();
            if (best.size() < topN) {
                best.add(new ScoreDoc(docBase + doc, score));
                return;
            }
            float bottom = best.top().score;
            if (score > bottom) {
                ScoreDoc out = best.top();
                int outDoc = out.doc;
                out.doc = docBase + doc;
                out.score = score;
                best.updateTop();
                if (best.top().score == bottom) {
                    tie(outDoc);
                } else {
                    tieCount = 0; // the page's last score rose: the old ties are below it
                }
            } else if (score == bottom) {
                tie(docBase + doc);
            }
        }

        private void tie(int globalDoc) {
            if (tieCount == ties.length) {
                ties = Arrays.copyOf(ties, ties.length * 2);
            }
            ties[tieCount++] = globalDoc;
        }

        void addTo(List<ScoreDoc> all) {
            if (best.size() == 0) {
                return;
            }
            float bottom = best.top().score;
            for (ScoreDoc doc : best) {
                all.add(doc);
            }
            for (int i = 0; i < tieCount; i++) {
                all.add(new ScoreDoc(ties[i], bottom));
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
