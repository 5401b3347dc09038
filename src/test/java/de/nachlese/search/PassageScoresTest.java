package de.nachlese.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The passage score without Lucene's hash per passage is Lucene's score to the last bit. */
class PassageScoresTest {

    @Test
    void scoresPassagesExactlyAsLucenesDefaultScorer() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new PassageScores();
        // one term; a term repeated; three terms, one of them twice and out of order; a term given as a slice
        Passage one = passage(0, 80, "chip");
        Passage repeated = passage(120, 260, "chip", "chip", "chip");
        Passage mixed = passage(400, 470, "zoll", "chip", "zoll", "verbot");
        Passage sliced = new Passage();
        sliced.setStartOffset(30);
        sliced.setEndOffset(90);
        sliced.addMatch(35, 39, new BytesRef("xxchipyy".getBytes(java.nio.charset.StandardCharsets.UTF_8), 2, 4), 7);
        sliced.addMatch(50, 54, new BytesRef("chip"), 7);
        for (Passage passage : new Passage[] {one, repeated, mixed, sliced}) {
            assertThat(ours.score(passage, 2200)).isEqualTo(lucene.score(passage, 2200));
            assertThat(ours.score(passage, 90)).isEqualTo(lucene.score(passage, 90));
        }
        assertThat(ours.score(new Passage(), 100)).isEqualTo(lucene.score(new Passage(), 100));
    }

    /** A passage with one match per term, at increasing offsets; a term's frequency in the item is its length. */
    private static Passage passage(int start, int end, String... terms) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        int at = start;
        for (String term : terms) {
            passage.addMatch(at, at + term.length(), new BytesRef(term), term.length());
            at += term.length() + 1;
        }
        return passage;
    }
}
