package de.nachlese.search;

import static de.nachlese.search.TinyIssues.issue;
import static de.nachlese.search.TinyIssues.news;
import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How the parts of a compound typed in a query are searched, on a hand-written index of 125 items (most of them
 * filler, so that one item is under one percent): the head decides which part is required, a part brings its synonym
 * group, and a compound in one item of so many still finds its parts. Every assertion names exact ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompoundPartsTest {

    private TinySearch index;

    @BeforeAll
    void index() throws IOException {
        List<Issue> issues = new ArrayList<>();
        issues.add(issue(
                LocalDate.of(2025, 5, 5),
                news("zoll1", "Neue Zölle auf Autos", "Die Hersteller rechnen nach."),
                news("zoll2", "Zölle treffen Apple", "Das iPhone wird teurer."),
                news("zoll3", "Der Zoll auf Stahl steigt", "Die Werke drosseln."),
                news("zoll4", "Ein Zoll bremst den Handel", "Die Häfen melden weniger Fracht."),
                news("strafe", "Eine Strafe für Meta", "Die Kommission entscheidet."),
                news("bussgeld", "Brüssel verhängt ein Bußgeld gegen Google", "Es geht um die Suche."),
                news("luecke", "Sicherheitslücke in Chrome", "Ein Update schließt sie."),
                news("zaun", "Eine Lücke im Zaun", "Der Hof ist offen."),
                news("kichips", "Chips für künstliche Intelligenz", "Die Nachfrage wächst."),
                news("verbote", "Exportverbote für Speicher", "Die Liste wird länger."),
                news("regenwetter", "Das Regenwetter bleibt", "Der Juni wird nass."),
                news("regen", "Regen im Norden", "Die Bauern freut es."),
                news("bahn", "Die Bahn hat Verspätungen gemeldet", "Vor allem im Süden."),
                news("intelkurs", "Intel legt kräftig zu", "Die Aktie von Intel steigt um acht Prozent."),
                news("intelwerk", "Intel baut in Magdeburg nicht", "Das Werk bleibt ein Plan."),
                news("anleger", "Eine Aktie für Vorsichtige", "Sie schwankt wenig.")));
        List<Item> filler = new ArrayList<>();
        for (int i = 0; i < 112; i++) {
            filler.add(news("f" + i, "Meldung " + i, "Ein Text über das Wetter in Hamburg."));
        }
        issues.add(issue(LocalDate.of(2025, 5, 12), filler.toArray(Item[]::new)));
        index = new TinySearch(issues);
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void aRarerModifierIsNotRequiredTheHeadDecides() throws IOException {
        // a "Strafzoll" is a tariff: the tariff items count although "Strafe" is four times rarer than "Zoll"
        assertThat(index.ids("Strafzoll")).containsExactlyInAnyOrder("zoll1", "zoll2", "zoll3", "zoll4", "strafe");
    }

    @Test
    void aCompoundWithACommonPartStaysWhole() throws IOException {
        // "Regenwetter" is in one item, but its head "Wetter" is in the 112 fillers, which would only share that word
        // with it: the compound stays whole
        assertThat(index.ids("Regenwetter")).containsExactly("regenwetter");
    }

    @Test
    void aCommonDerivedFormIsNotAdded() throws IOException {
        // "gemeldet" finds the verb "melden" of another item, but not "Meldung": that is in the 112 fillers
        assertThat(index.ids("gemeldet")).containsExactly("bahn", "zoll4");
    }

    @Test
    void aPartAlsoFindsItsSynonymGroup() throws IOException {
        // "Werbestrafe" occurs nowhere and "Werbe" in no item: "Strafe" also finds "Bußgeld", from its group
        assertThat(index.ids("Werbestrafe")).containsExactlyInAnyOrder("strafe", "bussgeld");
    }

    @Test
    void aFarCommonerModifierOnlyQualifiesTheRequiredHead() throws IOException {
        // "Milliarden" is in eight items, "Strafe" in two: the item about a fine ranks above the one that names
        // billions beside a passing "Strafe", and the items with billions alone are not found
        List<Item> items = new ArrayList<>();
        items.add(news("fine", "Brüssel verhängt eine Strafe gegen Meta", "Die Strafe trifft den Konzern."));
        items.add(news("project", "Ein Projekt in Texas", "Es kostet Milliarden, eine Strafe droht nicht."));
        for (int i = 0; i < 7; i++) {
            items.add(news("billions" + i, "Meldung " + i, "Es geht um Milliarden."));
        }
        for (int i = 0; i < 60; i++) {
            items.add(news("f" + i, "Notiz " + i, "Ein Text über das Wetter in Bremen."));
        }
        try (TinySearch billions =
                new TinySearch(List.of(issue(LocalDate.of(2025, 5, 5), items.toArray(Item[]::new))))) {
            assertThat(billions.ids("Milliardenstrafe")).containsExactly("fine", "project");
        }
    }

    @Test
    void aLightHeadOnlyQualifiesTheModifier() throws IOException {
        // "Pläne" is in one item, "Börse" in four: by that count the head would be required, but plans, like a
        // dispute or a question, are about their modifier; the items about the stock exchange come first, and the
        // plans and an item that "plant" follow
        List<Item> items = new ArrayList<>();
        items.add(news("ipo1", "CoreWeave will an die Börse", "Die Aktie soll im März starten."));
        items.add(news("ipo2", "Figma will an die Börse", "Der Termin steht noch nicht fest."));
        items.add(news("close", "Die Börse schließt früher", "Am Freitag ist Feiertag."));
        items.add(news("record", "Börse in Frankfurt feiert", "Der Index steigt."));
        items.add(news("plans", "Die Pläne für das Werk", "Intel legt den Bau auf Eis."));
        items.add(news("meta", "Meta plant neue Rechenzentren", "Die Kosten steigen."));
        items.add(news("fine", "Eine Strafe für Meta", "Die Kommission entscheidet."));
        for (int i = 0; i < 120; i++) {
            items.add(news("f" + i, "Notiz " + i, "Ein Text über das Wetter in Bremen."));
        }
        try (TinySearch exchange =
                new TinySearch(List.of(issue(LocalDate.of(2025, 5, 5), items.toArray(Item[]::new))))) {
            assertThat(exchange.ids("Börsenpläne")).containsExactly("ipo1", "ipo2", "close", "record", "plans", "meta");
            // a head that is not light stays required: "Börsenstrafe" is a fine, and the items about the exchange
            // alone are not found
            assertThat(exchange.ids("Börsenstrafe")).containsExactly("fine");
        }
    }

    @Test
    void aNameGluedToAWordIsSplitAsACompoundIs() throws IOException {
        // the decompounder's dictionary holds no company names, so "Intelaktie" (in no item) is split at the name:
        // the item with both parts near each other first, then either part alone, the rarer head before the name
        assertThat(index.ids("Intelaktie")).containsExactly("intelkurs", "anleger", "intelwerk");
    }

    @Test
    void aCompoundInUnderOnePercentOfTheItemsAlsoFindsItsParts() throws IOException {
        // "Sicherheitslücke" is in one item of 125: it ranks first, and a lone "Lücke" follows
        assertThat(index.ids("Sicherheitslücke")).containsExactly("luecke", "zaun");
    }

    @Test
    void aHyphenatedWordAlsoFindsItsPartsThroughTheirSynonyms() throws IOException {
        // no item says "AI-Chips" or "AI": "AI" is "künstliche Intelligenz", and the item has that and "Chips"
        assertThat(index.ids("AI-Chips")).containsExactly("kichips");
    }

    @Test
    void aWordWhoseStemTheIndexHoldsIsNeverCorrected() throws IOException {
        // "Exportverbot" is written nowhere as such, but its stem is that of "Exportverbote": no "Meinten Sie"
        SearchPage page = index.search("Exportverbot");
        assertThat(page.hits()).extracting(hit -> hit.stored().item().id()).containsExactly("verbote");
        assertThat(page.notes().suggestion()).isNull();
    }
}
