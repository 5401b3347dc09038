package de.nachlese.links;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anchors are phrases of content words as the draft writes them. */
class DraftTextTest {

    private final IndexSchema schema = new IndexSchema();

    @Test
    void nounsAndNamesAreContentWordsVerbsAdjectivesAndFunctionWordsAreNot() {
        assertThat(List.of("Präsident", "KI", "Stargate", "xAI", "o3", "iPhone"))
                .allMatch(DraftText::contentWord);
        assertThat(List.of("dass", "Dass", "plant", "angeblich", "weniger", "min", "K", ""))
                .noneMatch(DraftText::contentWord);
    }

    @Test
    void placesUnitsAndAdjectivesOfPlacesAreWeakAnchorsNamesAndNounsAreNot() {
        assertThat(List.of(
                        "Amerika", "China", "Dollar", "KI", "Silicon", "Chinesische", "Amerikanischen", "Europäisches"))
                .allMatch(DraftText::weakWord);
        assertThat(List.of("DeepSeek", "Stargate", "Exportkontrollen", "Trumps", "Fisch", "Tisch"))
                .noneMatch(DraftText::weakWord);
    }

    @Test
    void anAnchorStartsAndEndsOnASharedContentWord() {
        DraftText body = new DraftText(
                "Dass der Oracle-Boss und Altman dabei waren, zeigt ein chinesisches KI-Modell, das angeblich weniger"
                        + " kostet (ca. 30 min).",
                schema.queryAnalyzer(),
                schema.bodyField());
        Map<String, Double> shared = DraftText.rankWeights(
                List.of("oracl", "boss", "altman", "dass", "chinesisch", "ki", "modell", "wenig", "min"));

        assertThat(body.bestPhrase(shared).text()).isEqualTo("Oracle-Boss und Altman");
    }
}
