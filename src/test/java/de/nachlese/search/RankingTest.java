package de.nachlese.search;

import static de.nachlese.search.TinyIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How hits are ordered on small hand-written indexes: an item about a word above one that mentions it in passing,
 * separable verbs for their nouns, a relaxed pass when every word together cannot fill a page, and equal scores in
 * the same order however the index was written.
 */
class RankingTest {

    @Test
    void theStoryAboutAWordRanksAboveShortItemsThatMentionIt() throws IOException {
        // the lead names the project in its longer headline and again and again in its body; the short items once
        // each: length alone no longer lifts them above the story
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 1, 20),
                item(
                        "lead",
                        ItemType.LEAD,
                        "Der Präsident verkündet Stargate, ein Projekt für 500 Milliarden Dollar",
                        "Stargate soll Rechenzentren in Texas bauen. Hinter Stargate stehen drei Firmen, die das Geld"
                                + " über vier Jahre aufbringen wollen. Ob Stargate so viel Geld wirklich hat, ist offen;"
                                + " die ersten Bauplätze von Stargate sind aber schon gewählt, und die Bauarbeiten"
                                + " sollen noch in diesem Frühjahr beginnen."),
                item("chart", ItemType.CHART, "Stargate im Vergleich", "Größer als alle Projekte zuvor."),
                item("short", ItemType.NEWS, "Neue Chips", "Auch Stargate soll sie bekommen.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            assertThat(fixture.ids("Stargate")).containsExactly("lead", "chart", "short");
        }
    }

    @Test
    void aVeryLongLeadStillRanksAboveAShortItemThatNamesItsWordOnce() throws IOException {
        // a long lead (about 300 words, eight times the average here) names the mine three times among much else;
        // divided by its whole length it would fall below a note of ten words that names the mine once, but past
        // four times the average length does not count any further
        String argument = " Die Preise am Weltmarkt steigen seit Monaten, und die Abnehmer suchen neue Lieferanten."
                + " Analysten rechnen mit weiteren Verträgen, doch die Genehmigungen dauern lange.";
        String leadBody = "Eine Kupfermine in Chile wechselt den Besitzer." + argument.repeat(6)
                + " Die Kupfermine liefert ein Zehntel der Weltproduktion." + argument.repeat(6)
                + " Wer die Kupfermine betreibt, bestimmt die Preise mit.";
        List<Item> items = new ArrayList<>(List.of(
                item("lead", ItemType.LEAD, "Ein Bergbaukonzern kauft in Südamerika zu", leadBody),
                item("note", ItemType.NEWS, "Neue Zahlen aus Peru", "Auch eine Kupfermine meldet mehr Förderung.")));
        for (int i = 1; i <= 8; i++) {
            items.add(item("other-" + i, ItemType.NEWS, "Kurzmeldung " + i, "Ein Startup sammelt Geld für Batterien."));
        }
        try (TinySearch fixture =
                new TinySearch(List.of(issue(LocalDate.of(2025, 2, 10), items.toArray(Item[]::new))))) {
            assertThat(fixture.ids("Kupfermine")).containsExactly("lead", "note");
        }
    }

    @Test
    void aNounFindsItsSeparableVerb() throws IOException {
        // "Einbruch" is also "bricht ein", with a word in between or none, but not "bricht" with "ein" far apart
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 2, 3),
                item("verb", ItemType.NEWS, "Der Absatz bricht ein", "In Europa fehlen Käufer."),
                item("apart", ItemType.NEWS, "Der Absatz bricht deutlich ein", "Auch in Asien."),
                item("far", ItemType.NEWS, "Ein Rekord bricht", "Es ist ein Tag wie kein anderer."),
                item("noun", ItemType.NEWS, "Ein Einbruch beim Gewinn", "Das Quartal war schwach.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            assertThat(fixture.ids("Einbruch")).containsExactly("noun", "verb", "apart");
        }
    }

    @Test
    void aSeparableVerbMayHaveAClauseInside() throws IOException {
        // German puts the object and an adverb between the verb and its particle ("wirbt weiter bei OpenAI ab"):
        // up to four words apart it is still the verb, nearer ranking higher; the particle in the next sentence is not
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 6, 23),
                item("near", ItemType.NEWS, "Meta wirbt Forscher ab", "Die Angebote sind hoch."),
                item("inside", ItemType.NEWS, "Meta wirbt weiter bei OpenAI ab", "Die Angebote sind hoch."),
                item("apart", ItemType.NEWS, "Meta wirbt", "Für die neue Brille. Ab Herbst im Handel."),
                item("noun", ItemType.NEWS, "Die Abwerbung geht weiter", "Die Angebote sind hoch.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            assertThat(fixture.ids("Abwerbung")).containsExactly("noun", "near", "inside");
        }
    }

    @Test
    void equalScoresComeBackNewestFirstWhateverTheWriteOrder() throws IOException {
        // three items with the same text in three issues: their scores are equal, so the date decides, then the
        // issue, then the position, never where the writer happened to put a document
        Issue january = issue(LocalDate.of(2025, 1, 6), item("jan", ItemType.NEWS, "Ein neues Modell", "Kurz."));
        Issue march = issue(
                LocalDate.of(2025, 3, 3),
                item("mar-1", ItemType.NEWS, "Ein neues Modell", "Kurz."),
                item("mar-2", ItemType.NEWS, "Ein neues Modell", "Kurz."));
        Issue february = issue(LocalDate.of(2025, 2, 3), item("feb", ItemType.NEWS, "Ein neues Modell", "Kurz."));
        List<String> expected = List.of("mar-1", "mar-2", "feb", "jan");
        try (TinySearch forward = new TinySearch(List.of(january, february, march));
                TinySearch backward = new TinySearch(List.of(march, february, january))) {
            assertThat(forward.ids("Modell")).containsExactlyElementsOf(expected);
            assertThat(backward.ids("Modell")).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void moreEqualScoresThanAPageCollectsStillComeBackNewestFirst() throws IOException {
        // 25 items with the same text: ties reach past the hits collected by score for a page of ten, so the
        // page is ordered by the whole sort; both pages, both write orders
        List<Issue> weeks = new ArrayList<>();
        for (int week = 0; week < 25; week++) {
            LocalDate date = LocalDate.of(2025, 1, 6).plusWeeks(week);
            weeks.add(issue(date, item("w" + week, ItemType.NEWS, "Ein neues Modell", "Kurz.")));
        }
        List<Issue> backward = new ArrayList<>(weeks);
        java.util.Collections.reverse(backward);
        try (TinySearch first = new TinySearch(weeks);
                TinySearch second = new TinySearch(backward)) {
            for (TinySearch fixture : List.of(first, second)) {
                assertThat(fixture.ids("Modell", 1, 10))
                        .containsExactly("w24", "w23", "w22", "w21", "w20", "w19", "w18", "w17", "w16", "w15");
                assertThat(fixture.ids("Modell", 2, 10))
                        .containsExactly("w14", "w13", "w12", "w11", "w10", "w9", "w8", "w7", "w6", "w5");
            }
        }
    }

    @Test
    void aFewItemsWithEveryWordAreFollowedByThoseWithAllButOne() throws IOException {
        // one item has all three words, which cannot fill a page: the items with two of them follow it, and none
        // with one; the first hit lacks no word, so none is named
        List<Issue> issues = List.of(issue(
                LocalDate.of(2025, 4, 7),
                item("all", ItemType.NEWS, "Samsung baut ein Chipwerk in Texas", "Die Fabrik soll 2026 öffnen."),
                item("two", ItemType.NEWS, "Samsung baut in Korea", "Ein neues Werk für Speicher."),
                item("one", ItemType.NEWS, "Samsung zeigt ein Telefon", "Es kommt im Herbst.")));
        try (TinySearch fixture = new TinySearch(issues)) {
            SearchPage page = fixture.search("Samsung Werk Texas");
            assertThat(page.hits().stream().map(h -> h.stored().item().id())).containsExactly("all", "two");
            assertThat(page.notes().relaxed()).isTrue();
            assertThat(page.notes().missingWords()).isEmpty();
        }
    }

    private static Item item(String id, ItemType type, String headline, String body) {
        return new Item(
                id,
                1,
                type,
                "",
                headline,
                body,
                List.of(new Source("Reuters", null)),
                new Tags(List.of(), List.of(), List.of()));
    }
}
