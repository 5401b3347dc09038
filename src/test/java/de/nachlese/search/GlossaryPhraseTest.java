package de.nachlese.search;

import static de.nachlese.search.TinyIssues.issue;
import static de.nachlese.search.TinyIssues.news;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Glossary phrases that a German stop word would shrink to one word ("trade war" to "trade", "sammelt ein" to
 * "sammelt") are matched whole, in their order, on a hand-written index. Every assertion names exact ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlossaryPhraseTest {

    private TinySearch index;

    @BeforeAll
    void index() throws IOException {
        index = new TinySearch(List.of(issue(
                LocalDate.of(2025, 5, 5),
                news("tradewar", "Der trade war erreicht Europa", "Die Hersteller rechnen nach."),
                news("desk", "Trade Desk legt an der Börse zu", "Die Aktie steigt."),
                news("openai", "OpenAI sammelt 40 Milliarden Dollar ein", "Die Investoren stehen Schlange."),
                news("verein", "Ein Verein sammelt Spenden für den Zoo", "Die Tiere freut es."),
                news("wetter", "Das Wetter bleibt nass", "Der Juni wird kühl."))));
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void anEnglishPhraseEndingInAGermanStopWordIsMatchedWhole() throws IOException {
        // "Handelsstreit" is in no item; its glossary group says "trade war", where "war" is a German stop word:
        // the item that only says "Trade" is not about a trade war
        assertThat(index.ids("Handelsstreit")).containsExactly("tradewar");
    }

    @Test
    void aSeparableVerbOfTheGlossaryKeepsItsParticleAfterIt() throws IOException {
        // "funding round" has "sammelt ein": the particle "ein" may come a few words later, but not before the verb
        assertThat(index.ids("funding round")).containsExactly("openai");
    }
}
