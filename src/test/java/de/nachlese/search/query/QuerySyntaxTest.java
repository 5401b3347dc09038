package de.nachlese.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parse trees of the search box's syntax, and the German messages of malformed queries. */
class QuerySyntaxTest {

    @Test
    void wordsAreAndedAndPhrasesKeptWhole() throws QuerySyntaxException {
        assertThat(QuerySyntax.parse("Stargate Abilene").toString())
                .isEqualTo("All[nodes=[Word[text=Stargate], Word[text=Abilene]]]");
        assertThat(QuerySyntax.parse("\"Stargate UAE\" Musk").toString())
                .isEqualTo("All[nodes=[Phrase[text=Stargate UAE], Word[text=Musk]]]");
    }

    @Test
    void operatorsInGermanAndEnglish() throws QuerySyntaxException {
        assertThat(QuerySyntax.parse("Musk ODER Altman").toString())
                .isEqualTo("Any[nodes=[Word[text=Musk], Word[text=Altman]]]");
        assertThat(QuerySyntax.parse("(Musk OR Altman) AND Chips").toString())
                .isEqualTo("All[nodes=[Any[nodes=[Word[text=Musk], Word[text=Altman]]], Word[text=Chips]]]");
        assertThat(QuerySyntax.parse("Chips NICHT China").toString())
                .isEqualTo("All[nodes=[Word[text=Chips], Not[node=Word[text=China]]]]");
        assertThat(QuerySyntax.parse("Chips -China").toString())
                .isEqualTo("All[nodes=[Word[text=Chips], Not[node=Word[text=China]]]]");
    }

    @Test
    void fieldsBecomeFiltersAndDateBounds() throws QuerySyntaxException {
        assertThat(QuerySyntax.parse("firma:Nvidia woche:2025-W03").toString())
                .isEqualTo("All[nodes=[Filter[facet=COMPANY, value=Nvidia], Filter[facet=WEEK, value=2025-W03]]]");
        assertThat(QuerySyntax.parse("von:2025-01-01 bis:31.1.2025").toString())
                .isEqualTo(
                        "All[nodes=[DateBound[lower=true, date=2025-01-01], DateBound[lower=false, date=2025-01-31]]]");
        assertThat(QuerySyntax.parse("typ:grafik").toString()).isEqualTo("Filter[facet=TYPE, value=chart]");
    }

    @Test
    void malformedQueriesSayWhatIsWrong() {
        assertThatThrownBy(() -> QuerySyntax.parse("(Musk OR Altman")).hasMessage("Klammer nicht geschlossen");
        assertThatThrownBy(() -> QuerySyntax.parse("Musk)")).hasMessage("Schließende Klammer ohne öffnende");
        assertThatThrownBy(() -> QuerySyntax.parse("\"Stargate UAE")).hasMessage("Anführungszeichen nicht geschlossen");
        assertThatThrownBy(() -> QuerySyntax.parse("Musk OR")).hasMessage("Suchbegriff fehlt am Ende");
        assertThatThrownBy(() -> QuerySyntax.parse("OR Musk")).hasMessage("Suchbegriff fehlt vor „OR“");
        assertThatThrownBy(() -> QuerySyntax.parse("firma:")).hasMessage("„firma:“ ohne Wert");
        assertThatThrownBy(() -> QuerySyntax.parse("von:gestern"))
                .hasMessage("„von:gestern“ ist kein Datum (z. B. 2025-03-01)");
        assertThatThrownBy(() -> QuerySyntax.parse("woche:2025"))
                .hasMessage("„2025“ ist keine Kalenderwoche (z. B. 2025-W05)");
        assertThatThrownBy(() -> QuerySyntax.parse("typ:roman"))
                .hasMessage("„roman“ ist kein Typ (aufmacher, meldung, chart, podcast, earnings)");
    }

    @Test
    void aBlankQueryIsNoMistake() throws QuerySyntaxException {
        assertThat(QuerySyntax.parse("").toString()).isEqualTo("All[nodes=[]]");
        assertThat(QuerySyntax.parse("   ").toString()).isEqualTo("All[nodes=[]]");
    }

    @Test
    void plainWordsAreTheFallbackThatAlwaysParses() {
        assertThat(QuerySyntax.plainWords("(Musk OR \"Altman").toString())
                .isEqualTo("All[nodes=[Word[text=Musk], Word[text=Altman]]]");
        assertThat(QuerySyntax.firstPlainWords("eins zwei drei vier", 2).toString())
                .isEqualTo("All[nodes=[Word[text=eins], Word[text=zwei]]]");
    }

    /** Found by the hostile-query ramp: 499 dashes were a chain of 498 NOTs, and rewriting it went cubic. */
    @Test
    void negationsFoldSoTheTreeStaysAsShallowAsTheQueryMeans() throws QuerySyntaxException {
        assertThat(QuerySyntax.parse("--Musk").toString()).isEqualTo("Word[text=Musk]");
        assertThat(QuerySyntax.parse("---Musk").toString()).isEqualTo("Not[node=Word[text=Musk]]");
        assertThat(QuerySyntax.parse("-(-(Musk))").toString()).isEqualTo("Word[text=Musk]");
        assertThat(QuerySyntax.parse("NOT !-Musk").toString()).isEqualTo("Not[node=Word[text=Musk]]");
        assertThat(QuerySyntax.parse("!".repeat(198) + "Musk").toString()).isEqualTo("Word[text=Musk]");
        assertThat(QuerySyntax.parse("-".repeat(199)).toString()).isEqualTo("Word[text=-]");
    }
}
