package de.nachlese.search;

import static de.nachlese.search.TinyIssues.issue;
import static de.nachlese.search.TinyIssues.news;
import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Issue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Regular noun/verb pairs found by rule, none of them in the derivation list, on a hand-written index: nouns in
 * -ungen and -itionen find their verbs, participles and infinitives find their nouns, and a separable verb keeps its
 * particle. Every assertion names exact ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DerivationRulesTest {

    private TinySearch index;

    @BeforeAll
    void index() throws IOException {
        List<Issue> issues = new ArrayList<>();
        issues.add(issue(
                LocalDate.of(2025, 6, 2),
                news("verb", "Die Stadt digitalisiert ihre Ämter", "Der Umbau dauert drei Jahre."),
                news("noun", "Die Digitalisierung der Schulen stockt", "Es fehlen Geräte."),
                news("invest", "Der Konzern investiert in Texas", "Dort entsteht ein Werk."),
                news("founded", "Zwei Forscher haben ein Labor gegründet", "Es sitzt in Paris."),
                news("founding", "Die Gründung eines Labors in Paris", "Zwei Forscher stehen dahinter."),
                news("other", "Regen in Hamburg", "Die Fähren fahren nicht."),
                news("retrofit-verb", "Die Bahn rüstet alte Züge mit WLAN nach", "Das kostet 40 Millionen Euro."),
                news("retrofit-done", "Alle Züge sind nachgerüstet", "Das WLAN läuft."),
                news("retrofit-noun", "Die Nachrüstung der Züge verzögert sich", "Es fehlen Teile."),
                news("retrofit-other", "Die Armee rüstet auf", "Das Budget wächst."),
                news("simpler", "Berlin will die Regeln für Händler vereinfachen", "Ein Entwurf liegt vor."),
                news("simpler-noun", "Eine Vereinfachung der Steuer", "Das Ministerium prüft sie."),
                news("released", "Der Reporter ist wieder freigelassen", "Er war zwei Wochen in Haft.")));
        index = new TinySearch(issues);
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void aPluralNounInUngenFindsItsVerbBelowItself() throws IOException {
        assertThat(index.ids("Digitalisierungen")).containsExactly("noun", "verb");
    }

    @Test
    void aNounInItionenFindsItsVerbInIeren() throws IOException {
        assertThat(index.ids("Investitionen")).containsExactly("invest");
    }

    @Test
    void aNounWithASeparableParticleFindsItsVerbWithTheParticleAfterIt() throws IOException {
        // "rüstet auf" is another verb: the particle must be the noun's
        assertThat(index.ids("Nachrüstung")).containsExactly("retrofit-noun", "retrofit-done", "retrofit-verb");
    }

    @Test
    void aNounWithASeparableParticleFindsAStrongParticiple() throws IOException {
        assertThat(index.ids("Freilassung")).containsExactly("released");
    }

    @Test
    void aSeparableVerbsParticipleFindsItsNoun() throws IOException {
        assertThat(index.ids("nachgerüstet")).containsExactly("retrofit-done", "retrofit-noun");
    }

    @Test
    void anInfinitiveFindsItsNounInUng() throws IOException {
        assertThat(index.ids("vereinfachen")).containsExactly("simpler", "simpler-noun");
    }

    @Test
    void aParticipleFindsItsNounBelowItself() throws IOException {
        assertThat(index.ids("gegründet")).containsExactly("founded", "founding");
        assertThat(index.ids("digitalisiert")).containsExactly("verb", "noun");
    }
}
