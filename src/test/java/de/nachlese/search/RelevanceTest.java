package de.nachlese.search;

import static de.nachlese.search.TinyIssues.issue;
import static de.nachlese.search.TinyIssues.news;
import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.web.SearchJson;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Finding what a reader means on a small hand-written index: rare compounds split into their parts, a relaxed second
 * pass when not every word is found, nouns and their verbs, the bilingual glossary, and "Meinten Sie" leaving real
 * words alone. Every assertion names exact ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceTest {

    private final IndexSchema schema = new IndexSchema();
    private ItemIndexer indexer;
    private ItemSearcher searcher;

    @BeforeAll
    void index() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        indexer.upsert(issue(
                LocalDate.of(2025, 3, 3),
                news(
                        "near",
                        "Washington erwägt ein Verbot von Chips",
                        "Die Regierung prüft neue Regeln für den Export."),
                news("hyphen", "Das Chip-Verbot trifft die Hersteller", "Betroffen sind vor allem Rechenzentren."),
                news("apart", "Neue Chips von AMD", "Das Werk in Texas liefert. Ein Verbot steht nicht zur Debatte."),
                news("chips", "Chips werden teurer", "Die Preise steigen im Frühjahr."),
                news("tiktok", "Verbot für TikTok", "Die App muss verkauft werden.")));
        indexer.upsert(issue(
                LocalDate.of(2025, 3, 10),
                news("umsatz", "Apple steigert den Umsatz", "Im Weihnachtsquartal wächst das Geschäft.", "Apple"),
                news("iphone", "Apple zeigt ein neues iPhone", "Das Gerät kommt im Herbst.", "Apple"),
                news("rekord", "Ein Rekord für Nvidia", "Die Aktie steigt auf einen Höchststand.", "Nvidia"),
                news("kauf", "Google übernimmt Wiz", "Der Kaufpreis liegt bei 32 Milliarden Dollar.", "Google"),
                news("amt", "Die Behörde hat die Fusion genehmigt", "Die Auflagen sind gering."),
                news("beitrag", "Ein Beitrag zur Debatte", "Der Beitrag erschien am Montag.")));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @AfterAll
    void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    @Test
    void aRareCompoundAlsoFindsItsPartsNearOnesFirst() throws IOException {
        // "Chipverbot" occurs nowhere: its parts count, both of them near each other most, one of them alone least
        List<String> ids = ids("Chipverbot");
        assertThat(ids).hasSize(5);
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder("near", "hyphen");
        assertThat(ids.get(2)).isEqualTo("apart");
        assertThat(ids.subList(3, 5)).containsExactlyInAnyOrder("chips", "tiktok");
    }

    @Test
    void aCompoundTheIndexHoldsStaysWhole() throws IOException {
        // "Rechenzentren" is in the index: it finds only itself, not every "Zentrum" or "Rechen…"
        assertThat(ids("Rechenzentren")).containsExactly("hyphen");
    }

    @Test
    void wordsThatAreNotAllFoundAreRelaxedAndTheMissingWordIsNamed() throws IOException {
        SearchPage page = search("Apple Umsatz Rekord");
        // no item has all three; "umsatz" has two of them (Apple, Umsatz); items with one word need all but one
        assertThat(ids(page)).containsExactly("umsatz");
        assertThat(page.notes().relaxed()).isTrue();
        assertThat(page.notes().missingWords()).containsExactly("Rekord");
        SearchJson json = SearchJson.of(page, 10);
        assertThat(json.relaxed()).isTrue();
        assertThat(json.missingWords()).containsExactly("Rekord");
    }

    @Test
    void fourWordsThatFindNothingWithAllButOneNeedHalfOfThem() throws IOException {
        // no item has three of the four words; "umsatz" has Apple and Umsatz, "rekord" Nvidia and Höchststand
        SearchPage page = search("Apple Umsatz Nvidia Höchststand");
        assertThat(ids(page)).containsExactlyInAnyOrder("umsatz", "rekord");
        assertThat(page.notes().relaxed()).isTrue();
        assertThat(page.notes().missingWords()).hasSize(2);
    }

    @Test
    void wordsMostlyAbsentFromTheArchiveFindNothing() throws IOException {
        // only "Apple" of the four words is in the archive: one word alone is no answer
        assertThat(ids(search("Apple Fairphone Akku Reparatur"))).isEmpty();
    }

    @Test
    void twoWordsRelaxOnlyWhenTogetherTheyFindNothing() throws IOException {
        SearchPage either = search("iPhone Höchststand");
        assertThat(ids(either)).containsExactlyInAnyOrder("iphone", "rekord");
        assertThat(either.notes().relaxed()).isTrue();

        // one item has both words: one of two words alone is not searched then
        SearchPage both = search("Apple Umsatz");
        assertThat(ids(both)).containsExactly("umsatz");
        assertThat(both.notes().relaxed()).isFalse();

        // three words, one item with all of them and none with two: relaxing finds no more, so it is not reported
        SearchPage few = search("Apple Umsatz Weihnachtsquartal");
        assertThat(ids(few)).containsExactly("umsatz");
        assertThat(few.notes().relaxed()).isFalse();

        SearchPage all = search("Chips Verbot");
        assertThat(ids(all)).containsExactlyInAnyOrder("near", "hyphen", "apart");
        assertThat(all.notes().relaxed()).isFalse();
    }

    @Test
    void aHyphenatedWordFindsItsPartsApartWithTheirDerivations() throws IOException {
        // no item says "Fusion-Genehmigung"; one says the merger "genehmigt", the verb of the second part
        assertThat(ids("Fusion-Genehmigung")).containsExactly("amt");
        // a hyphenated word of the glossary splits the group's compound ("Chipverbot") as a typed phrase does: the
        // word as typed first, then both parts near each other, both apart, one of them
        List<String> ids = ids("Chip-Verbot");
        assertThat(ids.subList(0, 3)).containsExactly("hyphen", "near", "apart");
        assertThat(ids.subList(3, ids.size())).containsExactlyInAnyOrder("tiktok", "chips");
    }

    @Test
    void ofTwoWordsOneTheArchiveKnowsNothingOfIsNoRelaxedAnswer() throws IOException {
        // "Fairphone" is in no item, nor a form, synonym or part of it: Apple's items alone answer another question
        assertThat(ids(search("Apple Fairphone"))).isEmpty();
        // no item names a moon landing; "Landung" alone would not make one
        assertThat(ids(search("Apple Mondlandung"))).isEmpty();
        // both words are in the archive, in different items: either of them is shown
        assertThat(ids(search("iPhone Höchststand"))).containsExactlyInAnyOrder("iphone", "rekord");
    }

    @Test
    void aNumberAloneIsNoRelaxedAnswer() throws IOException {
        // "Fairphone" is in no item; "32" is in one: a number alone says nothing of what was asked
        assertThat(ids(search("Fairphone 32"))).isEmpty();
        // beside another word the reader typed, the number still counts
        SearchPage page = search("Google 32 Fairphone");
        assertThat(ids(page)).containsExactly("kauf");
        assertThat(page.notes().missingWords()).containsExactly("Fairphone");
    }

    @Test
    void operatorsAndPhrasesAreNeverRelaxed() throws IOException {
        assertThat(ids("iPhone AND Höchststand")).isEmpty();
        assertThat(ids("\"iPhone Höchststand\"")).isEmpty();
        assertThat(search("iPhone AND Höchststand").notes().relaxed()).isFalse();
    }

    @Test
    void nounsFindTheirVerbsAndParticiples() throws IOException {
        // from the derivation list ("übernimmt") and by the -ung rule ("genehmigt")
        assertThat(ids("Übernahme")).containsExactly("kauf");
        assertThat(ids("Genehmigung")).containsExactly("amt");
    }

    @Test
    void englishWordsTheArchiveLacksFindTheirGermanTranslations() throws IOException {
        // "chip ban" → "Chipverbot" from the glossary, which is split like a typed compound
        assertThat(ids("chip ban").subList(0, 2)).containsExactlyInAnyOrder("near", "hyphen");
        assertThat(ids("revenue")).containsExactly("umsatz");
        assertThat(ids("takeover")).containsExactly("kauf");
    }

    @Test
    void aWordOfTheDictionaryIsNeverCorrected() throws IOException {
        // "Betrug" is nowhere in this index but "Beitrag" is, one edit away: still no "Meinten Sie"
        SearchPage page = search("Betrug");
        assertThat(page.notes().suggestion()).isNull();
        assertThat(page.notes().showingSuggestion()).isFalse();
        // a misspelling that is no word is still corrected
        assertThat(search("Beitrg").notes().suggestion()).isEqualTo("Beitrag");
    }

    private SearchPage search(String query) throws IOException {
        return searcher.search(new SearchRequest(query, Map.of(), null, null, null, 1, 20));
    }

    private List<String> ids(String query) throws IOException {
        return ids(search(query));
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(hit -> hit.stored().item().id()).toList();
    }
}
