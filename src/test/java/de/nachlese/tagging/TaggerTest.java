package de.nachlese.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nachlese.model.EarningsEntry;
import de.nachlese.model.EarningsEntry.Timing;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hard cases of German entity tagging, each with the exact tag set of a short sentence. */
class TaggerTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 27);
    private final Tagger tagger = Tagger.bundled();

    @Test
    void genitivesAndPossessivesAreTheName() {
        assertThat(tag("Teslas Probleme wachsen.").companies()).containsExactly("Tesla");
        assertThat(tag("OpenAIs Agententool bucht Hotels.").companies()).containsExactly("OpenAI");
        Tags musk = tag("Musks Plattform verliert Werbekunden.");
        assertThat(musk.people()).containsExactly("Elon Musk");
        assertThat(musk.companies()).isEmpty();
    }

    @Test
    void hyphenCompoundsNameTheCompany() {
        assertThat(tag("Der Nvidia-Chef lacht.").companies()).containsExactly("Nvidia");
        assertThat(tag("Der Meta-Konzern testet Anzeigen.").companies()).containsExactly("Meta");
        assertThat(tag("Der Softbank-Chef verspricht viel.").companies()).containsExactly("SoftBank");
        assertThat(tag("Der Oracle-Gründer steht im Weißen Haus.").companies()).containsExactly("Oracle");
        assertThat(tag("Der Oracle-Gründer steht im Weißen Haus.").people()).isEmpty();
    }

    @Test
    void metaIsNotAMetaLevel() {
        assertThat(tag("Auf der Metaebene diskutiert man über Amazonas-Wälder und Apfelbäume.")
                        .companies())
                .isEmpty();
        assertThat(tag("Auf der Meta-Ebene ist das eine Frage der Haltung.").companies())
                .isEmpty();
        assertThat(tag("Der Facebook-Konzern testet Werbung.").companies()).containsExactly("Meta");
    }

    @Test
    void xIsThePlatformOnlyInContext() {
        assertThat(tag("Der Buchstabe X steht für eine Unbekannte.").companies())
                .isEmpty();
        assertThat(tag("Musk schreibt auf X, was er denkt.").companies()).containsExactly("X");
        assertThat(tag("Musk verkauft das Model X jetzt günstiger.").companies())
                .isEmpty();
        assertThat(tag("X verliert Werbekunden, seit Musk dort alles umbaut.").companies())
                .containsExactly("X");
        assertThat(tag("Twitter heißt jetzt anders.").companies()).containsExactly("X");
    }

    @Test
    void appleAndAmazonAreCompaniesButNotFruitOrRiver() {
        assertThat(tag("Apple verkauft weniger iPhones.").companies()).containsExactly("Apple");
        assertThat(tag("Der Amazonas führt Hochwasser, der Apfel fällt nicht weit.")
                        .companies())
                .isEmpty();
        assertThat(tag("Amazon baut Rechenzentren.").companies()).containsExactly("Amazon");
    }

    @Test
    void graphicsCardsAreNotTheDefenceGroup() {
        assertThat(tag("Nvidias GeForce RTX 5090 kostet 1.999 Dollar, die RTX 5070 weniger.")
                        .companies())
                .containsExactly("Nvidia");
        assertThat(tag("Der Rüstungskonzern RTX liefert Raketen.").companies()).containsExactly("RTX");
    }

    @Test
    void sonIsMasayoshiSonOnlyNextToSoftBank() {
        Tags softbank = tag("SoftBank zahlt, und Son übernimmt den Vorsitz.");
        assertThat(softbank.people()).containsExactly("Masayoshi Son");
        assertThat(softbank.companies()).containsExactly("SoftBank");
        assertThat(tag("Son Heung-min trifft zweimal.").people()).isEmpty();
        assertThat(tag("Softbank-Chef Masayoshi Son lacht.").people()).containsExactly("Masayoshi Son");
    }

    @Test
    void alphabetIsTheHoldingOnlyInContext() {
        assertThat(tag("Das Alphabet hat sechsundzwanzig Buchstaben.").companies())
                .isEmpty();
        assertThat(tag("Die Google-Mutter Alphabet investiert.").companies()).containsExactly("Alphabet");
        assertThat(tag("Die Alphabet-Aktie fällt.").companies()).containsExactly("Alphabet");
        assertThat(tag("Amazon, Microsoft und Alphabet investieren.").companies())
                .containsExactly("Amazon", "Microsoft", "Alphabet");
    }

    @Test
    void operatorIsTheProductOnlyNextToOpenAi() {
        Tags launch = tag("OpenAI launcht Operator für alle Pro-Kunden.");
        assertThat(launch.products()).containsExactly("Operator");
        assertThat(launch.companies()).containsExactly("OpenAI");
        assertThat(tag("Der Operator der Anlage meldet eine Störung.").products())
                .isEmpty();
    }

    @Test
    void peopleAreNotTheirCompaniesAndProductsAreNotTheirMakers() {
        Tags tags = tag("Elon Musk lobt ChatGPT und Threads.");
        assertThat(tags.people()).containsExactly("Elon Musk");
        assertThat(tags.companies()).isEmpty();
        assertThat(tags.products()).containsExactly("ChatGPT");
        assertThat(tag("Meta bringt Werbung zu Threads.").products()).containsExactly("Threads");
    }

    @Test
    void aProductNamedAfterItsMakerAlsoNamesTheMaker() {
        Tags tags = tag("DeepSeek R1 schlägt teure Modelle, die Google-Suche wirkt alt.");
        assertThat(tags.companies()).containsExactly("DeepSeek", "Google");
        assertThat(tags.products()).containsExactly("R1", "Google Search");
    }

    @Test
    void earningsCalendarBecomesStructuredEntries() {
        Item earnings = new Item(
                "b",
                9,
                ItemType.EARNINGS,
                "🖨️",
                "Quartalsergebnisse der Woche",
                "Montag 27. Januar: SoFi (BMO), logitech (AMC)\nMittwoch 29. Januar: VISA (AMC), GM (BMO), Neuling AG",
                List.of(),
                Tags.NONE);
        Tags tags = tagger.tag(earnings, MONDAY).tags();
        assertThat(tags.earnings())
                .containsExactly(
                        new EarningsEntry("SoFi", LocalDate.of(2025, 1, 27), Timing.BMO),
                        new EarningsEntry("Logitech", LocalDate.of(2025, 1, 27), Timing.AMC),
                        new EarningsEntry("Visa", LocalDate.of(2025, 1, 29), Timing.AMC),
                        new EarningsEntry("General Motors", LocalDate.of(2025, 1, 29), Timing.BMO),
                        new EarningsEntry("Neuling AG", LocalDate.of(2025, 1, 29), Timing.UNSPECIFIED));
        assertThat(tags.companies()).containsExactly("SoFi", "Logitech", "Visa", "General Motors", "Neuling AG");
        assertThat(tags.topics()).containsExactly("Earnings");
    }

    @Test
    void calendarsCrossNewYear() {
        Item earnings = new Item(
                "c",
                9,
                ItemType.EARNINGS,
                "",
                "Quartalsergebnisse der Woche",
                "Freitag 2. Januar: Nike (AMC)",
                List.of(),
                Tags.NONE);
        assertThat(tagger.tag(earnings, LocalDate.of(2025, 12, 29)).tags().earnings())
                .containsExactly(new EarningsEntry("Nike", LocalDate.of(2026, 1, 2), Timing.AMC));
    }

    @Test
    void calendarCompaniesDoNotLeakIntoOtherItems() {
        Item news = new Item(
                "d",
                3,
                ItemType.LISTEN,
                "🎧",
                "Ein Podcast über Chips",
                "Nvidia erklärt sich.\nDienstag 28. Januar: Boeing (BMO), Starbucks (AMC), SAP (AMC)",
                List.of(),
                Tags.NONE);
        Tags tags = tagger.tag(news, MONDAY).tags();
        assertThat(tags.companies()).containsExactly("Nvidia");
        assertThat(tags.earnings()).isEmpty();
    }

    @Test
    void outletsAreNormalised() {
        Item item = new Item(
                "e",
                2,
                ItemType.CHART,
                "",
                "Chart",
                "Text",
                List.of(
                        Source.named("MIT Tech Review"),
                                new Source("Tech Review", "https://www.technologyreview.com/2025/x"),
                        Source.named("WSJ"), new Source("Spiegel", "https://www.spiegel.de/a")),
                Tags.NONE);
        assertThat(tagger.tag(item, MONDAY).sources())
                .containsExactly(
                        new Source("MIT Technology Review", "https://www.technologyreview.com/2025/x"),
                        Source.named("Wall Street Journal"),
                        new Source("Der Spiegel", "https://www.spiegel.de/a"));
        Item listen = new Item(
                "f",
                3,
                ItemType.LISTEN,
                "🎧",
                "Hörenswert",
                "Text",
                List.of(Source.named("Spotify"), Source.named("Apple")),
                Tags.NONE);
        assertThat(tagger.tag(listen, MONDAY).sources())
                .extracting(Source::outlet)
                .containsExactly("Spotify", "Apple Podcasts");
    }

    @Test
    void topicsComeFromWeightedRules() {
        Item item = new Item(
                "a", 1, ItemType.NEWS, "🤖", "Neues Sprachmodell", "Ein Chatbot für alle.", List.of(), Tags.NONE);
        assertThat(tagger.tag(item, MONDAY).tags().topics()).containsExactly("KI");
    }

    @Test
    void overrideLinesAddEntriesAndBadLinesNameTheirPlace() throws IOException {
        Gazetteer gazetteer = new Gazetteer.Builder()
                .readOverride(
                        new StringReader("# eigene Firmen\ncompany\tBeispielwerk\tBeispielwerk AG\n"
                                + "person\tErika Muster\t?Muster\tBeispielwerk\tneeds: Beispielwerk\n"),
                        "override.tsv")
                .build();
        Tags tags = new Tagger(gazetteer)
                .tag(
                        new Item(
                                "g",
                                1,
                                ItemType.NEWS,
                                "",
                                "Überschrift",
                                "Die Beispielwerk AG wächst, sagt Muster.",
                                List.of(),
                                Tags.NONE),
                        MONDAY)
                .tags();
        assertThat(tags.companies()).containsExactly("Beispielwerk");
        assertThat(tags.people()).containsExactly("Erika Muster");
        assertThatThrownBy(() -> new Gazetteer.Builder().readOverride(new StringReader("firma\tX\n"), "o.tsv"))
                .hasMessage("o.tsv:1: unknown entity kind 'firma', expected company, person or product");
        assertThatThrownBy(() ->
                        new Gazetteer.Builder().readOverride(new StringReader("company\tA\t\t\twhen: B\n"), "o.tsv"))
                .hasMessage("o.tsv:1: context must be 'needs: …' or 'not: …', was 'when: B'");
    }

    @Test
    void fingerprintIsADigestOfTheDataAndFollowsItsChanges() {
        assertThat(tagger.fingerprint())
                .matches("[0-9a-f]{64}")
                .isEqualTo(Tagger.bundled().fingerprint());
        Gazetteer extended = new Gazetteer.Builder()
                .addResource(EntityKind.COMPANY, "/gazetteer/companies.tsv")
                .addResource(EntityKind.PERSON, "/gazetteer/people.tsv")
                .add(new GazetteerEntry(EntityKind.COMPANY, "Beispiel AG", List.of(), List.of(), false))
                .build();
        assertThat(new Tagger(extended).fingerprint()).isNotEqualTo(tagger.fingerprint());
    }

    private Tags tag(String body) {
        return tagger.tag(new Item("x", 1, ItemType.NEWS, "", "Überschrift", body, List.of(), Tags.NONE), MONDAY)
                .tags();
    }
}
