package de.nachlese.search;

import static de.nachlese.search.TinyIssues.issue;
import static de.nachlese.search.TinyIssues.news;
import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Facet;
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
 * A story query ("DeepSeek Schock Folgen") on a tiny index where DeepSeek is tagged in ten items and Intel in three:
 * the items with more of the words come first, then the other items about the name, which the relaxed pass alone
 * (all words but one) would leave out. A product the tagger knows ("Stargate") anchors as a name does, counted by the
 * items that name it. Names with fewer items, and queries whose other words the archive lacks, are not anchored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryAnchorTest {

    private TinySearch index;

    @BeforeAll
    void index() throws IOException {
        List<Issue> issues = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        items.add(news("schock", "Der DeepSeek-Schock trifft die Börse", "Chipwerte fallen.", "DeepSeek"));
        items.add(news("modell", "DeepSeek veröffentlicht ein neues Modell", "Es ist billig und offen.", "DeepSeek"));
        items.add(news("behoerde", "Behörden prüfen DeepSeek", "Datenschützer haben Fragen.", "DeepSeek"));
        for (int i = 1; i <= 7; i++) {
            items.add(news("d" + i, "DeepSeek Meldung " + i, "Eine kurze Notiz über DeepSeek.", "DeepSeek"));
        }
        items.add(news("folgen", "Die Folgen der Zölle", "Der Handel leidet.", "Apple"));
        items.add(news("apple", "Apple zeigt ein neues iPhone", "Das Gerät kommt im Herbst.", "Apple"));
        items.add(news("intel1", "Intel baut ein Werk in Ohio", "Die Halle steht.", "Intel"));
        items.add(news("intel2", "Intel ordnet den Vorstand neu", "Drei Posten wechseln.", "Intel"));
        items.add(news("intel3", "Intel spart", "Die Kantine schließt.", "Intel"));
        // a project the tagger knows as a product, named in three items, and one named in two
        items.add(news("stargate1", "Stargate sucht Geldgeber", "Ein Fonds aus Japan bezahlt den ersten Teil."));
        items.add(news("stargate2", "Stargate wächst in Texas", "Die nächste Halle steht."));
        items.add(news("stargate3", "Das Projekt Stargate bekommt ein Kraftwerk", "Es liefert Gas."));
        items.add(news("abo", "Ein Abo wird teurer", "Wer bezahlt, liest ohne Werbung."));
        items.add(news("sora1", "Sora erzeugt längere Videos", "Die Clips dauern eine Minute."));
        items.add(news("sora2", "Sora kommt nach Europa", "Wer es nutzt, bezahlt monatlich."));
        issues.add(issue(LocalDate.of(2025, 2, 3), items.toArray(Item[]::new)));
        index = new TinySearch(issues);
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void aStoryQueryAlsoFindsTheNamesOtherItemsBelowThoseWithMoreWords() throws IOException {
        SearchPage page = index.search("DeepSeek Schock Folgen");
        List<String> ids = TinySearch.ids(page);
        // "schock" has two of the three words; every other DeepSeek item follows; "folgen" (one word, no name) not
        assertThat(ids).hasSize(10);
        assertThat(ids.getFirst()).isEqualTo("schock");
        assertThat(ids.subList(1, 10))
                .containsExactlyInAnyOrder("modell", "behoerde", "d1", "d2", "d3", "d4", "d5", "d6", "d7");
        assertThat(page.notes().relaxed()).isTrue();
        assertThat(page.notes().missingWords()).containsExactly("Folgen");
    }

    @Test
    void twoWordsThatFindLessThanAPageAreFollowedByTheNamesOtherItems() throws IOException {
        // only "schock" says both "DeepSeek" and "Börse"; the other DeepSeek items follow it, the item that says
        // "Handel" without the name does not
        SearchPage page = index.search("DeepSeek Börse");
        List<String> ids = TinySearch.ids(page);
        assertThat(ids).hasSize(10);
        assertThat(ids.getFirst()).isEqualTo("schock");
        assertThat(ids.subList(1, 10))
                .containsExactlyInAnyOrder("modell", "behoerde", "d1", "d2", "d3", "d4", "d5", "d6", "d7");
        assertThat(page.notes().relaxed()).isTrue();
        assertThat(page.notes().missingWords()).isEmpty();
        // where no item says both, either word alone counts, so the item with "Handel" is among them
        assertThat(index.ids("DeepSeek Handel")).hasSize(11).contains("folgen");
        // a name tagged in three items is followed by its other two; one with two items is not
        assertThat(index.ids("Intel Ohio")).containsExactly("intel1", "intel2", "intel3");
        assertThat(index.ids("Apple Herbst")).containsExactly("apple");
    }

    @Test
    void aFilteredViewKeepsTheTotalItsFacetShowed() throws IOException {
        // unfiltered, "DeepSeek Börse" is padded with DeepSeek's other items; filtered by the company, the page holds
        // the one item with both words, the count the company's facet value gave for the words
        SearchPage filtered =
                index.searcher().search(SearchRequest.of("DeepSeek Börse").withFilter(Facet.COMPANY, "DeepSeek"));
        assertThat(TinySearch.ids(filtered)).containsExactly("schock");
        assertThat(filtered.notes().relaxed()).isFalse();
        // where the words together find nothing in the filtered view, it is still relaxed
        SearchPage none =
                index.searcher().search(SearchRequest.of("DeepSeek Handel").withFilter(Facet.COMPANY, "DeepSeek"));
        assertThat(TinySearch.ids(none)).hasSize(10);
        assertThat(none.notes().relaxed()).isTrue();
    }

    @Test
    void anItemFoundByTheNameAloneHasTheNameMarked() throws IOException {
        MarkedItem marked =
                index.searcher().marked("d1", "DeepSeek Schock Folgen").orElseThrow();
        assertThat(marked.anyMarked()).isTrue();
        assertThat(marked.headlineHtml()).isEqualTo("<mark>DeepSeek</mark> Meldung 1");
    }

    @Test
    void aNameWithFewItemsIsNotAnchored() throws IOException {
        // Apple is tagged in two items: only the all-but-one reading, which no item satisfies
        assertThat(index.ids("Apple Schock Herbst")).containsExactly("apple");
        assertThat(index.ids("Apple Schock Datenschützer")).isEmpty();
    }

    @Test
    void aNameOfThreeItemsAnchorsALongerQuery() throws IOException {
        // "intel1" and "intel3" have two of the three words; "intel2" follows for the name alone
        assertThat(index.ids("Intel Ohio Kantine")).containsExactly("intel1", "intel3", "intel2");
    }

    @Test
    void aProductNamedInThreeItemsAnchorsAsANameDoes() throws IOException {
        // "Stargate" is no company or person but a project the tagger knows: its items follow the one with both
        // words, and the item that says "bezahlt" without it does not
        List<String> ids = index.ids("wer bezahlt Stargate");
        assertThat(ids).hasSize(3);
        assertThat(ids.getFirst()).isEqualTo("stargate1");
        assertThat(ids.subList(1, 3)).containsExactlyInAnyOrder("stargate2", "stargate3");
        // in three words too: "stargate1" has two of them, the other Stargate items follow for the name alone
        List<String> longer = index.ids("Stargate Fonds Kraftwerk");
        assertThat(longer).hasSize(3);
        assertThat(longer.subList(0, 2)).containsExactlyInAnyOrder("stargate1", "stargate3");
        assertThat(longer.getLast()).isEqualTo("stargate2");
        // a product named in two items is not followed by its other item
        assertThat(index.ids("Sora bezahlt")).containsExactly("sora2");
    }

    @Test
    void otherWordsTheArchiveLacksKeepTheAnchorOff() throws IOException {
        // "Fairphone" and "Akku" occur nowhere: the name alone is no answer
        assertThat(index.ids("DeepSeek Fairphone Akku")).isEmpty();
    }

    @Test
    void filtersAndOperatorsAreNeverAnchored() throws IOException {
        assertThat(index.ids("DeepSeek Schock Folgen von:2025-01-01")).containsExactly("schock");
        assertThat(index.ids("DeepSeek AND Schock AND Folgen")).isEmpty();
    }
}
