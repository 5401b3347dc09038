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
 * Words the archive says differently, on a small hand-written index: a word few items contain also finds the
 * glossary's words for the same thing, and a split compound whose parts differ widely in how common they are needs
 * its rare part. Every assertion names exact ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyTest {

    private TinySearch index;

    @BeforeAll
    void index() throws IOException {
        List<Issue> issues = new ArrayList<>();
        issues.add(issue(
                LocalDate.of(2025, 4, 7),
                news("antrag", "Der Antrag auf Genehmigung liegt in Brüssel", "Entschieden wird im Herbst."),
                news("erlaubnis", "Nvidia bekommt die Erlaubnis für den H20", "Der Chip darf wieder nach China."),
                news("zulassung", "Waymo erhält die Zulassung in Kalifornien", "Die Taxis fahren ab Mai."),
                news("wetter", "Regen über Austin", "Die Testfahrten ruhen."),
                news("strafe", "Brüssel verhängt eine Strafe gegen Meta", "Es geht um das Werbemodell."),
                news("beides", "Apple muss Milliarden zahlen", "Die Strafe trifft das App-Geschäft.")));
        issues.add(issue(
                LocalDate.of(2025, 4, 14),
                news("m1", "Meta steckt Milliarden in Rechenzentren", "Der Bau beginnt in Ohio."),
                news("m2", "Microsoft investiert Milliarden in Indien", "Es entstehen neue Standorte."),
                news("m3", "OpenAI sammelt Milliarden ein", "SoftBank zahlt den größten Teil."),
                news("m4", "Milliarden für Chipfabriken", "Die Förderung fließt nach Arizona."),
                news("m5", "Amazon plant Milliarden für Anthropic", "Die Beteiligung wächst."),
                news("m6", "Tesla verliert Milliarden an Wert", "Die Aktie fällt deutlich."),
                news("m7", "Google zahlt Milliarden für Wiz", "Der Kauf ist der größte der Firma.")));
        issues.add(issue(
                LocalDate.of(2025, 4, 21),
                news("aktionaere", "Die Aktionäre stimmen gegen den Vorstand", "Die Hauptversammlung dauerte lange."),
                news("verzichtet", "Intel verzichtet auf das Werk in Magdeburg", "Die Region hoffte auf Jobs."),
                news("verzicht", "Der Verzicht trifft Sachsen-Anhalt", "Die Fläche bleibt leer."),
                news("taiwan", "Neue Chips aus Taiwan", "TSMC liefert früher.")));
        index = new TinySearch(issues);
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void aCampaignIsNoElection() throws IOException {
        // the glossary keeps the campaign and the vote apart: "campaign" finds the item about the campaign, not the
        // one about the result
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 5, 12),
                news("campaign", "Der Wahlkampf in Polen wird rauer", "Beide Lager werben im Netz."),
                news("vote", "Die Wahl in Polen ist entschieden", "Das Ergebnis war knapp."),
                news("other", "Neue Server in Warschau", "Der Bau beginnt im Juni.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            assertThat(fixture.ids("campaign")).containsExactly("campaign");
        }
    }

    @Test
    void aCryptocurrencyIsFoundByItsCoins() throws IOException {
        // a reader asks for the kind, the items name the coin
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 3, 10),
                news("coin", "Bitcoin fällt unter 80.000 Dollar", "Anleger ziehen Geld ab."),
                news("stable", "Eine Bank gibt eigene Stablecoins aus", "Die Aufsicht prüft das Angebot."),
                news("other", "Eine Bank schließt Filialen", "Die Kunden wechseln ins Netz.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            assertThat(fixture.ids("Kryptowährung")).containsExactlyInAnyOrder("coin", "stable");
            assertThat(fixture.ids("cryptocurrency")).containsExactlyInAnyOrder("coin", "stable");
        }
    }

    @Test
    void anInvestmentIsAlsoMoneyPutIntoSomething() throws IOException {
        // a weekly says a company will put billions into data centres ("in Rechenzentren stecken") as often as it
        // says "investiert"; the typed noun ranks first, the verb forms follow
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 1, 6),
                news("noun", "Die Investitionen steigen", "Die Konzerne planen mehr Geld ein."),
                news("verb", "Alphabet investiert in Indien", "Neue Standorte entstehen."),
                news("put", "Microsoft plant 80 Milliarden", "Der Konzern will das Geld in Rechenzentren stecken."),
                news("to-put", "Ein Fonds für Chips", "Der Plan ist, Geld in Chipfabriken zu stecken."),
                news("other", "Der Schlüssel liegt im Schloss", "Die Tür bleibt zu.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            List<String> ids = fixture.ids("Investitionen");
            assertThat(ids).hasSize(4);
            assertThat(ids.getFirst()).isEqualTo("noun");
            assertThat(ids.subList(1, 4)).containsExactlyInAnyOrder("verb", "put", "to-put");
        }
    }

    @Test
    void antitrustIncludesTheEuropeanRulesForGatekeepers() throws IOException {
        // the Digital Markets Act is the EU's competition law for the largest platforms: a reader asking for
        // antitrust news wants its fines too
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 4, 28),
                news("trial", "Das Kartellverfahren gegen Google beginnt", "Ein Richter in Virginia hört die Zeugen."),
                news("dma", "Brüssel verhängt die ersten DMA-Strafen", "Zwei Konzerne müssen zahlen."),
                news("other", "Ein neuer Browser für Android", "Er blockiert Werbung.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            assertThat(fixture.ids("antitrust")).containsExactly("trial", "dma");
        }
    }

    @Test
    void aPlannedTakeoverIsSaidWithTheInfinitive() throws IOException {
        // a takeover that is only planned is reported as "will ... kaufen", not with "übernimmt" or "kauft"
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 4, 21),
                news("done", "Google übernimmt Wiz", "Der Preis liegt bei 32 Milliarden Dollar."),
                news("planned", "OpenAI will Windsurf kaufen", "Die Verhandlungen laufen seit Wochen."),
                news("other", "Windsurf bringt einen neuen Editor", "Er schreibt Tests von selbst.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            assertThat(fixture.ids("Übernahme")).containsExactly("done", "planned");
            assertThat(fixture.ids("übernommen")).containsExactly("done", "planned");
        }
    }

    @Test
    void aLatinPluralReachesTheEnglishWordOfItsSingular() throws IOException {
        // a weekly that writes "Data Center" in German text is found by the German plural a reader types, as the
        // singular finds it through its synonym group
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 5, 5),
                news("english", "Ein neues Data Center in Texas", "Der Strom kommt aus Gas."),
                news("german", "Zwei Rechenzentren für Ohio", "Der Bau beginnt im Sommer."),
                news("other", "Neue Zentren für Forschung", "Die Labore öffnen im Herbst.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            // in an index of three items the two rare words of the phrase weigh more than the one typed word
            assertThat(fixture.ids("Rechenzentren")).containsExactly("english", "german");
            assertThat(fixture.ids("Rechenzentrum")).containsExactly("english", "german");
        }
    }

    @Test
    void aRareWordAlsoFindsTheGlossarysWordsForTheSameThing() throws IOException {
        // "Genehmigung" is in one item; the others say "Erlaubnis" and "Zulassung": found below the typed word
        assertThat(index.ids("Genehmigung")).containsExactly("antrag", "erlaubnis", "zulassung");
    }

    @Test
    void everydayWordsHaveTheirGroupAndTheirVerb() throws IOException {
        // "shareholder" is in no item, the glossary says "Aktionäre"; "Verzicht" is a noun without -ung, listed
        // with its verb "verzichtet", which ranks below the noun as typed
        assertThat(index.ids("shareholder")).containsExactly("aktionaere");
        assertThat(index.ids("Verzicht")).containsExactly("verzicht", "verzichtet");
    }

    @Test
    void aCommonWordKeepsToItself() throws IOException {
        // "Milliarden" is in eight items: no glossary group is added for it
        assertThat(index.ids("Milliarden")).hasSize(8).doesNotContain("strafe");
    }

    @Test
    void aSplitCompoundNeedsItsRarePart() throws IOException {
        // "Milliardenstrafe" occurs nowhere; "Milliarden" is in eight items, "Strafe" in two: the fine is the news,
        // so an item with only "Milliarden" is no hit, and the item with both parts ranks first
        assertThat(index.ids("Milliardenstrafe")).containsExactly("beides", "strafe");
    }

    @Test
    void anEventFindsTheWordsANewsletterReportsItWith() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 5, 5),
                news("verbot", "Ein Verbot für Kryptowerbung", "Die Aufsicht greift durch."),
                news("sperrt", "Indien sperrt die Shopping-App", "Der Laden ist nicht mehr erreichbar."),
                news("zahlen", "Google muss 300 Millionen Euro zahlen", "Die Kommission sieht Missbrauch."),
                news("zahlt", "Apple zahlt für die Cloud", "Der Vertrag läuft fünf Jahre."),
                news("tagesverlust", "Tagesverlust für Siemens Energy", "Die Anleger flüchten."),
                news("radiert", "Ein Bericht radiert 40 Milliarden Börsenwert aus", "Die Aktie erholt sich nicht.")));
        try (TinySearch events = new TinySearch(issues)) {
            // "sperrt" is the ban in other words, below the noun as typed
            assertThat(events.ids("Verbot")).containsExactly("verbot", "sperrt");
            // "muss … zahlen" is a fine (its modal verb is a stop word); "zahlt" alone is any payment
            assertThat(events.ids("Strafe")).containsExactly("zahlen");
            // a crash is reported as a day's loss or as value "radiert … aus"
            assertThat(events.ids("Kurssturz")).containsExactly("tagesverlust", "radiert");
        }
    }

    @Test
    void aStrongVerbsNounFindsTheVerb() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 5, 12),
                news("bricht", "Der Kryptokurs bricht über Nacht zusammen", "Die Börse in Seoul stoppt den Handel."),
                news("ein", "Der Umsatz bricht ein", "Die Händler sind vorsichtig."),
                news("gefeuert", "Der Chef wird gefeuert", "Der Aufsichtsrat handelte schnell."),
                news("wetter", "Sonne über Austin", "Die Testfahrten laufen.")));
        try (TinySearch events = new TinySearch(issues)) {
            // the separable verb in its order with words in between; "bricht ein" is another verb
            assertThat(events.ids("Zusammenbruch")).containsExactly("bricht");
            assertThat(events.ids("Rauswurf")).containsExactly("gefeuert");
        }
    }

    @Test
    void aHeadlinesVerbIsFoundByTheReadersNoun() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 5, 19),
                news("schwarz", "Lyft schreibt erstmals schwarze Zahlen", "Die Fahrten werden teurer."),
                news("zahlen", "Die Zahlen des Quartals", "Der Umsatz steigt leicht."),
                news("spioniert", "Ein Ingenieur spioniert für Peking", "Er kopierte Baupläne."),
                news("wettbewerb", "Die Wettbewerbshüter prüfen den Kauf", "Es geht um Werbedaten.")));
        try (TinySearch events = new TinySearch(issues)) {
            // an expression of several words matches in its order only: "Zahlen" alone is no profit
            assertThat(events.ids("Gewinn")).containsExactly("schwarz");
            assertThat(events.ids("Spionage")).containsExactly("spioniert");
            assertThat(events.ids("Kartellverfahren")).containsExactly("wettbewerb");
        }
    }

    @Test
    void anEnglishWordFindsTheGermanVerbThroughItsNoun() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 5, 26),
                news("zurueck", "Die Chefin tritt nach zwei Jahren zurück", "Der Aufsichtsrat sucht eine Nachfolge."),
                news("zurueckgehen", "Die Preise gehen zurück", "Der Handel ist erleichtert."),
                news("zerstritten", "Die Gründer sind zerstritten", "Einer will verkaufen.")));
        try (TinySearch events = new TinySearch(issues)) {
            // "resigned" is in the glossary with "Rücktritt", whose family holds "tritt … zurück"
            assertThat(events.ids("resigned")).containsExactly("zurueck");
            assertThat(events.ids("feud")).containsExactly("zerstritten");
        }
    }

    @Test
    void aRuleOrAFigureIsFoundAsTheItemStatesIt() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 6, 2),
                news("patcht", "Microsoft patcht Exchange", "Angreifer nutzten den Fehler seit März."),
                news("entschaedigt", "Uber entschädigt die Fahrer", "Jeder bekommt 500 Dollar."),
                news("fahrer", "Die Fahrer streiken in London", "Uber verhandelt.")));
        try (TinySearch events = new TinySearch(issues)) {
            assertThat(events.ids("Sicherheitslücke")).containsExactly("patcht");
            assertThat(events.ids("Schadenersatz")).containsExactly("entschaedigt");
        }
    }

    @Test
    void reportingAndOperationsWordsHaveTheirGroup() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 6, 9),
                news("konferenz", "Nvidia beruhigt in der Telefonkonferenz", "Huang spricht über die Nachfrage."),
                news("baer", "Der Nasdaq rutscht in den Bärenmarkt", "Der Index liegt ein Fünftel unter dem Hoch."),
                news("engpass", "Der Chipmangel trifft die Autobauer", "Die Bänder stehen eine Woche."),
                news("anruf", "Ein Anruf aus Washington", "Der Markt wartet auf die Zahlen.")));
        try (TinySearch events = new TinySearch(issues)) {
            // the English words are in no item: each finds the German word of its group, nothing else
            assertThat(events.ids("earnings call")).containsExactly("konferenz");
            assertThat(events.ids("bear market")).containsExactly("baer");
            assertThat(events.ids("chip shortage")).containsExactly("engpass");
        }
    }

    @Test
    void aSeparableVerbsNounDoesNotFindTheVerbWithoutItsParticle() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 6, 16),
                news("aus", "Tesla liefert weniger Autos aus", "Das Quartal war schwach."),
                news("liefert", "Der Konzern liefert trotzdem", "Die Zahlen übertreffen die Erwartungen."),
                news("verkauft", "Apple verkauft mehr iPhones in Indien", "Der Markt wächst."),
                news("ausverkauf", "Ausverkauf bei Chipaktien", "Die Anleger fliehen.")));
        try (TinySearch events = new TinySearch(issues)) {
            // "liefert aus" ships goods; "liefert" alone delivers anything, figures included
            assertThat(events.ids("Auslieferung")).containsExactly("aus");
            // a sell-off is no sale
            assertThat(events.ids("Ausverkauf")).containsExactly("ausverkauf");
        }
    }

    @Test
    void aGroupHoldsTheThingItselfNotTheWiderWord() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 6, 23),
                news("abos", "Spotify gewinnt neue Abos", "Jetzt zahlen 250 Millionen Haushalte."),
                news("kunde", "Ein Kunde bringt die Hälfte des Umsatzes", "Der Vertrag läuft aus."),
                news("wertvollste", "Apple ist wieder die wertvollste Firma", "Der Kurs steigt um drei Prozent."),
                news("eingesammelt", "Mistral hat 600 Millionen eingesammelt", "Die Runde führt ein Fonds an.")));
        try (TinySearch events = new TinySearch(issues)) {
            // a customer is no subscriber: "Kunden" is not in the subscribers' group
            assertThat(events.ids("subscribers")).containsExactly("abos");
            // a record market value is reported as the most valuable company, in German
            assertThat(events.ids("record market value")).containsExactly("wertvollste");
            // the participle of "sammelt … ein"
            assertThat(events.ids("funding round")).containsExactly("eingesammelt");
        }
    }

    @Test
    void poachingIsReportedAsTheMoveToTheRival() throws IOException {
        // a headline tells a poached manager's move from the side of the person: "wechselt zu Meta"
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 7, 7),
                news("move", "Apples KI-Chef wechselt zu Meta", "Das Paket soll über 200 Millionen wert sein."),
                news("poach", "Meta wirbt Forscher bei OpenAI ab", "Die Boni sind hoch."),
                news("switch", "Tesla wechselt den Lieferanten", "Die Zellen kommen aus Korea.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            assertThat(fixture.ids("Abwerbung")).containsExactlyInAnyOrder("move", "poach");
        }
    }

    @Test
    void aRecoveryIsValueComingBack() throws IOException {
        // a market's recovery is told as the lost value coming back, the particle after the amount
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 4, 14),
                news("noun", "Die Erholung an der Börse hält an", "Die Kurse steigen den dritten Tag."),
                news(
                        "back",
                        "Der Nasdaq springt um zwölf Prozent",
                        "An einem Nachmittag kamen Billionen an Wert zurück."),
                news("other", "Der Nasdaq fällt um zwei Prozent", "Die Anleger warten auf die Zinsen.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            assertThat(fixture.ids("Erholung")).containsExactly("noun", "back");
        }
    }

    @Test
    void aWordReachedThroughSeveralWordsOfItsGroupCountsOnce() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 6, 30),
                news("absturz", "Absturz bei Siemens Energy", "Die Anleger sind nervös."),
                news("tagesverlust", "Tagesverlust bei Siemens Energy", "Die Anleger sind nervös.")));
        try (TinySearch events = new TinySearch(issues)) {
            // "Tagesverlust" is in the crash group and a listed form of three more of its words; counted once, it
            // weighs as much as "Absturz", and equal scores keep the issue's order
            assertThat(events.ids("Kurssturz")).containsExactly("absturz", "tagesverlust");
        }
    }

    @Test
    void politicsAndPublicMoneyHaveTheirGermanWords() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 7, 7),
                news("loesegeld", "Die Angreifer fordern Lösegeld von der Klinik", "Die Polizei ermittelt."),
                news("weckruf", "Ein Weckruf für Europas Labore", "Das Modell aus Hangzhou kostet wenig."),
                news("bedienstete", "Tausende Staatsbedienstete sollen gehen", "Die Behörden schrumpfen."),
                news("terminmarkt", "Die Terminmärkte zeigen nach unten", "Der Handel beginnt später."),
                news("wetter", "Sonne über Hamburg", "Die Fähren fahren.")));
        try (TinySearch events = new TinySearch(issues)) {
            assertThat(events.ids("ransom")).containsExactly("loesegeld");
            assertThat(events.ids("Sputnik moment")).containsExactly("weckruf");
            assertThat(events.ids("federal workers")).containsExactly("bedienstete");
            assertThat(events.ids("stock futures")).containsExactly("terminmarkt");
        }
    }

    @Test
    void statesMoneyCrimeAndLaunchesHaveTheirWords() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 7, 14),
                news("bremse", "Der Bundestag lockert die Schuldenbremse", "Die Verteidigung bekommt mehr Geld."),
                news("beute", "Hacker stehlen Ether im Wert von 1,4 Milliarden", "Die Börse ersetzt den Schaden."),
                news("launcht", "Mistral launcht ein neues Modell", "Es läuft auf eigenen Servern."),
                news("wetter", "Sonne über Hamburg", "Die Fähren fahren.")));
        try (TinySearch events = new TinySearch(issues)) {
            assertThat(events.ids("debt brake")).containsExactly("bremse");
            // the glossary's German word brings its verbs: "Diebstahl" → "stehlen"
            assertThat(events.ids("crypto heist")).containsExactly("beute");
            // an English verb with German endings reports a launch
            assertThat(events.ids("Markteinführung")).containsExactly("launcht");
        }
    }

    @Test
    void modelsDevicesAndPlatformsHaveTheirGermanWords() throws IOException {
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 7, 21),
                news("kontext", "Das Kontextfenster wächst auf eine Million", "Ganze Bücher passen hinein."),
                news("stores", "Japan verlangt alternative App-Stores", "Apple muss bis Dezember öffnen."),
                news("falt", "Samsung zeigt ein dünneres Falthandy", "Es kostet 2.000 Euro."),
                news("wetter", "Sonne über Hamburg", "Die Fähren fahren.")));
        try (TinySearch events = new TinySearch(issues)) {
            assertThat(events.ids("context window")).containsExactly("kontext");
            assertThat(events.ids("sideloading")).containsExactly("stores");
            assertThat(events.ids("foldable phone")).containsExactly("falt");
        }
    }
}
