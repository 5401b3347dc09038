package de.nachlese.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The exact tokens of the index and query analysis: stems, folded umlauts, compound parts and their offsets. */
class GermanAnalysisTest {

    private final IndexSchema schema = new IndexSchema();

    @Test
    void indexSideAddsCompoundPartsAtTheSamePositionAndOffsets() throws IOException {
        assertThat(tokens(schema.analyzer(), "Sicherheitslücke"))
                .containsExactly("sicherheitsluck@0-16+1", "sicherheit@0-16+0", "luck@0-16+0");
        assertThat(tokens(schema.analyzer(), "neue Chipfabrik"))
                .containsExactly("neu@0-4+1", "chipfabrik@5-15+1", "chip@5-15+0", "fabrik@5-15+0");
    }

    @Test
    void querySideKeepsCompoundsWhole() throws IOException {
        assertThat(tokens(schema.queryAnalyzer(), "Sicherheitslücke")).containsExactly("sicherheitsluck@0-16+1");
    }

    @Test
    void umlautsPluralsAndHyphens() throws IOException {
        assertThat(tokens(schema.queryAnalyzer(), "Passwörter Passworter"))
                .containsExactly("passwort@0-10+1", "passwort@11-21+1");
        assertThat(tokens(schema.queryAnalyzer(), "Rechenzentrum Rechenzentren"))
                .containsExactly("rechenzentr@0-13+1", "rechenzentr@14-27+1");
        assertThat(tokens(schema.queryAnalyzer(), "Chips Nvidias")).containsExactly("chip@0-5+1", "nvidia@6-13+1");
        assertThat(tokens(schema.queryAnalyzer(), "KI-Infrastruktur"))
                .containsExactly("ki@0-2+1", "infrastruktur@3-16+1");
    }

    @Test
    void namesFromTheGazetteerAreNotSplit() throws IOException {
        assertThat(tokens(schema.analyzer(), "Zuckerberg")).containsExactly("zuckerberg@0-10+1");
    }

    @Test
    void aWordSeenBeforeIsSplitAgainAndANameStaysWholeEveryTime() throws IOException {
        assertThat(tokens(schema.analyzer(), "Sicherheitslücke Zuckerberg Sicherheitslücke Zuckerberg"))
                .containsExactly(
                        "sicherheitsluck@0-16+1",
                        "sicherheit@0-16+0",
                        "luck@0-16+0",
                        "zuckerberg@17-27+1",
                        "sicherheitsluck@28-44+1",
                        "sicherheit@28-44+0",
                        "luck@28-44+0",
                        "zuckerberg@45-55+1");
    }

    @Test
    void splitsStayTheSameWhenTheFrontCacheOfTheThreadStartsOver() throws IOException {
        StringBuilder text = new StringBuilder("Chipfabrik Zuckerberg");
        for (int i = 0; i <= DecompoundFilter.FRONT_WORDS; i++) {
            text.append(" wort")
                    .append((char) ('a' + i % 26))
                    .append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i / 676 % 26))
                    .append((char) ('a' + i / 17_576 % 26));
        }
        tokens(schema.analyzer(), text.toString()); // fills this thread's front cache past its bound
        assertThat(tokens(schema.analyzer(), "neue Chipfabrik Zuckerberg"))
                .containsExactly(
                        "neu@0-4+1", "chipfabrik@5-15+1", "chip@5-15+0", "fabrik@5-15+0", "zuckerberg@16-26+1");
    }

    @Test
    void stopWordsAreDroppedOnTheQuerySideButKeepTheirPlace() throws IOException {
        assertThat(tokens(schema.queryAnalyzer(), "Lücke im Zaun")).containsExactly("luck@0-5+1", "zaun@9-13+2");
        assertThat(tokens(schema.queryAnalyzerKeepingStopWords(), "im")).containsExactly("im@0-2+1");
    }

    /** term@start-end+positionIncrement */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
                        + position.getPositionIncrement());
            }
            stream.end();
        }
        return out;
    }
}
