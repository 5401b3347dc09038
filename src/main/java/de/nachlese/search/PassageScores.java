package de.nachlese.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25 over the passage, its defaults), computed to the same float without a
 * {@code BytesRefHash} per passage: Lucene's own scorer allocates one, 32 KB of byte blocks for a passage of a few
 * terms, and every sentence with a match of every highlighted hit is scored. That was a third of all the memory a
 * search allocated (JFR, 10^5 items), and the young collections it caused fell into one search in fifty.
 */
final class PassageScores extends PassageScorer {

    /** The same score as {@link PassageScorer#score}: terms in order of their first match, summed in that order. */
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = new BytesRef[matches];
        int[] freqsInPassage = new int[matches];
        int[] freqsInDoc = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            BytesRef term = passage.getMatchTerms()[i];
            int at = 0;
            while (at < distinct && !terms[at].bytesEquals(term)) {
                at++;
            }
            if (at == distinct) {
                terms[distinct++] = term;
                freqsInDoc[at] = passage.getMatchTermFreqsInDoc()[i];
            }
            freqsInPassage[at]++;
        }
        double score = 0;
        for (int i = 0; i < distinct; i++) {
            score += tf(freqsInPassage[i], passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
