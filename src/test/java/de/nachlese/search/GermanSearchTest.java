package de.nachlese.search;

import static de.nachlese.search.TinyIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import de.nachlese.search.suggest.Completion;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The examples of the search issue on a small hand-written index: German analysis, names and synonyms, the query
 * syntax with its fallback, "Meinten Sie", facets over time and autocomplete. Every assertion names exact ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GermanSearchTest {

    private final IndexSchema schema = new IndexSchema();
    private ItemIndexer indexer;
    private ItemSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        indexer.upsert(issue(
                LocalDate.of(2025, 1, 27),
                item(
                        "pw",
                        ItemType.LEAD,
                        "Neue Regeln für Passwörter",
                        "Behörden empfehlen lange Passwörter statt Sonderzeichen.",
                        Tags.NONE,
                        "heise"),
                item(
                        "rz",
                        ItemType.NEWS,
                        "Microsoft baut Rechenzentren in Hessen",
                        "Die neuen Rechenzentren sollen 2026 ans Netz gehen.",
                        tags(List.of("Microsoft"), List.of(), List.of("Cloud & Infrastruktur")),
                        "Reuters"),
                item(
                        "fab",
                        ItemType.NEWS,
                        "TSMC eröffnet Chipfabrik in Dresden",
                        "Die Fabrik soll ab 2027 produzieren.",
                        tags(List.of("TSMC"), List.of(), List.of("Halbleiter")),
                        "Handelsblatt"),
                item(
                        "nvidia",
                        ItemType.CHART,
                        "Nvidia meldet Rekordumsatz",
                        "Der Umsatz mit Rechenzentren wächst weiter.",
                        tags(List.of("Nvidia"), List.of("Jensen Huang"), List.of("Halbleiter")),
                        "Reuters")));
        indexer.upsert(issue(
                LocalDate.of(2025, 2, 10),
                item(
                        "luecke",
                        ItemType.LEAD,
                        "Sicherheitslücke in Exchange",
                        "Angreifer nutzen die Sicherheitslücke bereits aus.",
                        tags(List.of("Microsoft"), List.of(), List.of("Sicherheit & Datenschutz")),
                        "heise"),
                item(
                        "zaun",
                        ItemType.NEWS,
                        "Eine Lücke im Zaun",
                        "Am Werkstor klafft eine Lücke.",
                        Tags.NONE,
                        "Spiegel"),
                item(
                        "ki-infra",
                        ItemType.NEWS,
                        "Europa investiert in KI-Infrastruktur",
                        "Die EU plant mehrere Gigafabriken.",
                        tags(List.of(), List.of(), List.of("KI")),
                        "Politico"),
                item(
                        "ki-words",
                        ItemType.NEWS,
                        "Künstliche Intelligenz im Büro",
                        "Viele Firmen testen künstliche Intelligenz für Routinearbeiten.",
                        tags(List.of(), List.of(), List.of("KI")),
                        "Spiegel")));
        indexer.upsert(issue(
                LocalDate.of(2025, 2, 24),
                item(
                        "llama",
                        ItemType.LEAD,
                        "Zuckerberg stellt Llama 4 vor",
                        "Der Konzern aus Menlo Park zeigt sein neues Modell.",
                        tags(List.of("Meta"), List.of("Mark Zuckerberg"), List.of("KI")),
                        "The Verge"),
                item(
                        "tesla",
                        ItemType.NEWS,
                        "Tesla liefert weniger Autos aus",
                        "Der Konzern von Elon Musk verfehlt die Erwartungen.",
                        tags(List.of("Tesla"), List.of("Elon Musk"), List.of("Mobilität")),
                        "Reuters"),
                item(
                        "xai",
                        ItemType.NEWS,
                        "Musks xAI sammelt Geld",
                        "Das Start-up will weitere Milliarden einsammeln.",
                        tags(List.of("xAI"), List.of("Elon Musk"), List.of("KI")),
                        "Bloomberg"),
                item(
                        "duft",
                        ItemType.NEWS,
                        "Ein Duft nach Musk und Moschus",
                        "Parfümhersteller setzen wieder auf Musk als Duftnote, ganz ohne Musk als Duftnote geht es nicht.",
                        Tags.NONE,
                        "Spiegel"),
                item(
                        "zuck",
                        ItemType.NEWS,
                        "Zuckerberg verteidigt die Ausgaben",
                        "Investoren fragen nach dem Nutzen der Milliarden.",
                        tags(List.of("Meta"), List.of("Mark Zuckerberg"), List.of()),
                        "Reuters")));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @AfterAll
    void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    // 1. German analysis

    @Test
    void umlautFoldingAndStemming() throws IOException {
        assertThat(ids("Passworter")).containsExactly("pw");
        assertThat(ids("Passwort")).containsExactly("pw");
        assertThat(ids("Rechenzentrum")).containsExactly("rz", "nvidia");
    }

    @Test
    void compoundsAreSplitAtIndexTimeOnly() throws IOException {
        assertThat(ids("Chip")).containsExactly("fab");
        // "Chipfabrik" in the headline, "Gigafabriken" in the body of ki-infra
        assertThat(ids("Fabrik")).containsExactly("fab", "ki-infra");
        assertThat(ids("Lücke")).containsExactlyInAnyOrder("luecke", "zaun");
        // the query side keeps the compound whole: "Sicherheitslücke" is not any "Lücke"
        assertThat(ids("Sicherheitslücke")).containsExactly("luecke");
    }

    @Test
    void hyphenCompoundsMatchTheirParts() throws IOException {
        assertThat(ids("Infrastruktur")).containsExactly("ki-infra");
        assertThat(ids("KI-Infrastruktur")).containsExactly("ki-infra");
        assertThat(ids("KI")).contains("ki-infra");
    }

    @Test
    void highlightingMarksStemmedAndCompoundFormsNextToUmlauts() throws IOException {
        assertThat(first("Passworter").headlineHtml()).isEqualTo("Neue Regeln für <mark>Passwörter</mark>");
        assertThat(first("Passworter").snippetHtml())
                .isEqualTo("Behörden empfehlen lange <mark>Passwörter</mark> statt Sonderzeichen.");
        assertThat(first("Chip").headlineHtml()).isEqualTo("TSMC eröffnet <mark>Chipfabrik</mark> in Dresden");
        SearchPage luecke = search("Lücke");
        assertThat(luecke.hits())
                .extracting(Hit::headlineHtml)
                .containsExactlyInAnyOrder(
                        "<mark>Sicherheitslücke</mark> in Exchange", "Eine <mark>Lücke</mark> im Zaun");
        assertThat(first("Rechenzentrum").headlineHtml())
                .isEqualTo("Microsoft baut <mark>Rechenzentren</mark> in Hessen");
    }

    // 2. Synonyms and names

    @Test
    void aiFindsKiAndKuenstlicheIntelligenz() throws IOException {
        List<String> ai = ids("AI");
        // the words first; then items tagged with the topic KI that use neither word
        assertThat(ai.subList(0, 2)).containsExactlyInAnyOrder("ki-infra", "ki-words");
        assertThat(ai.subList(2, 4)).containsExactlyInAnyOrder("llama", "xai");
        assertThat(search("AI").notes().recognized())
                .contains(
                        new QueryNotes.Recognized("AI", null, "KI"),
                        new QueryNotes.Recognized("AI", Facet.TOPIC, "KI"));
    }

    @Test
    void facebookFindsItemsTaggedMeta() throws IOException {
        assertThat(ids("Facebook")).containsExactlyInAnyOrder("llama", "zuck");
        assertThat(search("Facebook").notes().recognized())
                .containsExactly(new QueryNotes.Recognized("Facebook", Facet.COMPANY, "Meta"));
    }

    @Test
    void everyFormOfMuskFindsTheTaggedItemsFirst() throws IOException {
        assertThat(ids("Elon Musk")).containsExactlyInAnyOrder("tesla", "xai");
        // "duft" mentions the word twice but is not about the person: the tag ranks above the word
        assertThat(ids("Musk")).hasSize(3).endsWith("duft").contains("tesla", "xai");
        assertThat(ids("Musks")).hasSize(3).endsWith("duft").contains("tesla", "xai");
        assertThat(search("Musks").notes().recognized())
                .containsExactly(new QueryNotes.Recognized("Musks", Facet.PERSON, "Elon Musk"));
    }

    // 3. Query syntax

    @Test
    void phrasesAndBooleanOperators() throws IOException {
        assertThat(ids("\"Lücke im Zaun\"")).containsExactly("zaun");
        assertThat(ids("\"Zaun Lücke\"")).isEmpty();
        assertThat(ids("Tesla OR Nvidia")).containsExactlyInAnyOrder("tesla", "nvidia");
        assertThat(ids("Tesla ODER Nvidia")).containsExactlyInAnyOrder("tesla", "nvidia");
        assertThat(ids("Rechenzentren AND Nvidia")).containsExactly("nvidia");
        assertThat(ids("Rechenzentren UND Nvidia")).containsExactly("nvidia");
        assertThat(ids("Rechenzentren -Nvidia")).containsExactly("rz");
        assertThat(ids("Rechenzentren NOT Nvidia")).containsExactly("rz");
        assertThat(ids("Rechenzentren NICHT Nvidia")).containsExactly("rz");
        assertThat(ids("(Tesla OR Zuckerberg) AND Ausgaben")).containsExactly("zuck");
        assertThat(ids("Musk -firma:Tesla")).containsExactlyInAnyOrder("xai", "duft");
    }

    @Test
    void fieldFiltersInGermanAndEnglish() throws IOException {
        assertThat(ids("firma:Microsoft")).containsExactlyInAnyOrder("rz", "luecke");
        assertThat(ids("company:microsoft")).containsExactlyInAnyOrder("rz", "luecke");
        assertThat(ids("firma:Facebook")).containsExactlyInAnyOrder("llama", "zuck");
        assertThat(ids("person:Musk")).containsExactlyInAnyOrder("tesla", "xai");
        assertThat(ids("person:\"Jensen Huang\"")).containsExactly("nvidia");
        assertThat(ids("thema:KI")).containsExactlyInAnyOrder("ki-infra", "ki-words", "llama", "xai");
        assertThat(ids("topic:sicherheit")).containsExactly("luecke");
        assertThat(ids("typ:aufmacher")).containsExactlyInAnyOrder("pw", "luecke", "llama");
        assertThat(ids("type:chart")).containsExactly("nvidia");
        assertThat(ids("quelle:heise")).containsExactlyInAnyOrder("pw", "luecke");
        assertThat(ids("source:Reuters Rechenzentren")).containsExactlyInAnyOrder("rz", "nvidia");
        assertThat(ids("woche:2025-W07")).containsExactlyInAnyOrder("luecke", "zaun", "ki-infra", "ki-words");
        assertThat(ids("week:2025-w09 Musk")).containsExactlyInAnyOrder("tesla", "xai", "duft");
        assertThat(ids("von:2025-02-24")).containsExactlyInAnyOrder("llama", "tesla", "xai", "duft", "zuck");
        assertThat(ids("since:2025-02-01 until:2025-02-20"))
                .containsExactlyInAnyOrder("luecke", "zaun", "ki-infra", "ki-words");
        assertThat(ids("bis:27.1.2025")).containsExactlyInAnyOrder("pw", "rz", "fab", "nvidia");
        assertThat(ids("firma:Microsoft OR firma:TSMC")).containsExactlyInAnyOrder("rz", "luecke", "fab");
    }

    @Test
    void syntaxErrorsFallBackToPlainWordsAndSaySo() throws IOException {
        SearchPage open = search("Tesla AND (");
        assertThat(ids(open)).containsExactly("tesla");
        assertThat(open.notes().syntaxError()).isEqualTo("Suchbegriff fehlt am Ende");

        SearchPage quote = search("\"Lücke im");
        assertThat(ids(quote)).containsExactlyInAnyOrder("luecke", "zaun");
        assertThat(quote.notes().syntaxError()).isEqualTo("Anführungszeichen nicht geschlossen");

        SearchPage badDate = search("Tesla von:gestern");
        assertThat(ids(badDate)).isEmpty();
        assertThat(badDate.notes().syntaxError()).isEqualTo("„von:gestern“ ist kein Datum (z. B. 2025-03-01)");

        assertThat(search("Tesla)").notes().syntaxError()).isEqualTo("Schließende Klammer ohne öffnende");
        assertThat(ids("Tesla)")).containsExactly("tesla");
        assertThat(search("OR Tesla").notes().syntaxError()).isEqualTo("Suchbegriff fehlt vor „OR“");
        assertThat(search("Tesla").notes().syntaxError()).isNull();
    }

    @Test
    // lowers Lucene's JVM-wide clause limit for a moment; the classes that run beside this one wait for it
    @ResourceLock(value = ConcurrentInMemory.LUCENE_CLAUSE_LIMIT, mode = ResourceAccessMode.READ_WRITE)
    void longQueriesAreSearchedAndOneBeyondLucenesClauseLimitIsCutInsteadOfFailing() throws IOException {
        String query = "AI ".repeat(166).strip();
        assertThat(query.length()).isLessThanOrEqualTo(SearchRequest.MAX_QUERY_CHARS);
        assertThat(search(query).notes().syntaxError()).isNull();
        assertThat(ids(query)).containsExactlyInAnyOrder("ki-infra", "ki-words", "llama", "xai");

        int limit = org.apache.lucene.search.IndexSearcher.getMaxClauseCount();
        org.apache.lucene.search.IndexSearcher.setMaxClauseCount(40);
        try {
            String words = String.join(" ", java.util.Collections.nCopies(40, "Tesla")) + " Lücke Zaun Musk Moschus";
            SearchPage cut = search(words);
            assertThat(cut.notes().syntaxError())
                    .isEqualTo("Die Suche ist zu lang; gesucht wurde nach den ersten 32 Wörtern");
            assertThat(ids(cut)).containsExactly("tesla");
        } finally {
            org.apache.lucene.search.IndexSearcher.setMaxClauseCount(limit);
        }
    }

    // 4. Typo tolerance

    @Test
    void misspeltNamesGetMeintenSieWithCorrectedResults() throws IOException {
        SearchPage zuckerburg = search("Zuckerburg");
        assertThat(zuckerburg.notes().suggestion()).isEqualTo("Zuckerberg");
        assertThat(zuckerburg.notes().showingSuggestion()).isTrue();
        assertThat(ids(zuckerburg)).containsExactlyInAnyOrder("llama", "zuck");

        SearchPage alone = search("Nvdia");
        assertThat(alone.notes().suggestion()).isEqualTo("Nvidia");
        assertThat(ids(alone)).containsExactly("nvidia");

        SearchPage nvdia = search("Nvdia Rekordumsatz");
        assertThat(nvdia.notes().suggestion()).isEqualTo("Nvidia Rekordumsatz");
        assertThat(ids(nvdia)).containsExactly("nvidia");

        SearchPage known = search("Zuckerberg");
        assertThat(known.notes().suggestion()).isNull();
        assertThat(known.notes().showingSuggestion()).isFalse();
    }

    @Test
    void misspeltWordsAreCorrectedFromIndexTerms() throws IOException {
        SearchPage page = search("Sonderzeichn");
        assertThat(page.notes().suggestion()).isEqualTo("Sonderzeichen");
        assertThat(ids(page)).containsExactly("pw");
    }

    // 5. Facets over time

    @Test
    void twoCompaniesAreOrAndTheCompanyFacetKeepsTheOtherCounts() throws IOException {
        SearchPage page = searcher.search(SearchRequest.of("").withFilter(Facet.COMPANY, "Microsoft", "Meta"));
        assertThat(ids(page)).containsExactlyInAnyOrder("rz", "luecke", "llama", "zuck");
        assertThat(page.facet(Facet.COMPANY))
                .containsExactlyInAnyOrder(
                        new FacetValue("Microsoft", 2, true), new FacetValue("Meta", 2, true),
                        new FacetValue("TSMC", 1, false), new FacetValue("Nvidia", 1, false),
                        new FacetValue("Tesla", 1, false), new FacetValue("xAI", 1, false));
        // other dimensions count the OR result
        assertThat(page.facet(Facet.TYPE))
                .containsExactlyInAnyOrder(new FacetValue("lead", 2, false), new FacetValue("news", 2, false));
    }

    @Test
    void histogramCountsTheResultSetPerWeekWithEmptyWeeks() throws IOException {
        assertThat(search("Microsoft OR Musk").histogram())
                .containsExactly(
                        new WeekCount(new IsoWeek(2025, 5), 1),
                        new WeekCount(new IsoWeek(2025, 6), 0),
                        new WeekCount(new IsoWeek(2025, 7), 1),
                        new WeekCount(new IsoWeek(2025, 8), 0),
                        new WeekCount(new IsoWeek(2025, 9), 3));
        assertThat(search("Zaun").histogram()).containsExactly(new WeekCount(new IsoWeek(2025, 7), 1));
        assertThat(search("Quantencomputer").histogram()).isEmpty();
    }

    @Test
    void sortsAndDateRange() throws IOException {
        SearchRequest newest = new SearchRequest("Microsoft OR Musk", Map.of(), null, null, SortOrder.NEWEST, 1, 10);
        assertThat(ids(searcher.search(newest))).startsWith("tesla").endsWith("rz");
        SearchRequest oldest = new SearchRequest(
                "Microsoft OR Musk", Map.of(), LocalDate.of(2025, 2, 1), null, SortOrder.OLDEST, 1, 10);
        assertThat(ids(searcher.search(oldest))).containsExactly("luecke", "tesla", "xai", "duft");
    }

    // 7. Autocomplete

    @Test
    void autocompleteOffersNamesAndHeadlinesByPrefixAndInfix() throws IOException {
        // names before headlines; headlines newest first and in reading order
        assertThat(searcher.complete("zuck", 5))
                .containsExactly(
                        new Completion(Facet.PERSON, "Mark Zuckerberg", null, 2),
                        new Completion(null, "Zuckerberg stellt Llama 4 vor", "llama", 1),
                        new Completion(null, "Zuckerberg verteidigt die Ausgaben", "zuck", 1));
        assertThat(searcher.complete("musk", 3))
                .containsExactly(
                        new Completion(Facet.PERSON, "Elon Musk", null, 2),
                        new Completion(null, "Musks xAI sammelt Geld", "xai", 1),
                        new Completion(null, "Ein Duft nach Musk und Moschus", "duft", 1));
        assertThat(searcher.complete("infra", 5))
                .containsExactly(
                        new Completion(Facet.TOPIC, "Cloud & Infrastruktur", null, 1),
                        new Completion(null, "Europa investiert in KI-Infrastruktur", "ki-infra", 1));
        assertThat(searcher.complete("Sicherheitsl", 5))
                .containsExactly(new Completion(null, "Sicherheitslücke in Exchange", "luecke", 1));
        // a word that starts so comes before the inside of a compound
        assertThat(searcher.complete("lücke", 5))
                .containsExactly(
                        new Completion(null, "Eine Lücke im Zaun", "zaun", 1),
                        new Completion(null, "Sicherheitslücke in Exchange", "luecke", 1));
        assertThat(searcher.complete("ck", 5)).isEmpty();
        assertThat(searcher.complete("kunstl", 5))
                .containsExactly(new Completion(null, "Künstliche Intelligenz im Büro", "ki-words", 1));
        assertThat(searcher.complete("  ", 5)).isEmpty();
    }

    private SearchPage search(String query) throws IOException {
        return searcher.search(new SearchRequest(query, Map.of(), null, null, null, 1, 20));
    }

    private Hit first(String query) throws IOException {
        return search(query).hits().getFirst();
    }

    private List<String> ids(String query) throws IOException {
        return ids(search(query));
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(hit -> hit.stored().item().id()).toList();
    }

    private static Tags tags(List<String> companies, List<String> people, List<String> topics) {
        return new Tags(companies, people, topics);
    }

    private static Item item(String id, ItemType type, String headline, String body, Tags tags, String outlet) {
        return new Item(id, 1, type, "", headline, body, List.of(new Source(outlet, null)), tags);
    }
}
