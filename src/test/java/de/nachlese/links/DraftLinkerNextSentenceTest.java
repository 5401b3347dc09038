package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static de.nachlese.links.TinyLinkArchive.moreOtherNews;
import static de.nachlese.links.TinyLinkArchive.otherNews;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A draft whose headline names none of its companies ("Die Richterin verhandelt …") and whose first sentence names
 * only the parent ("Alphabet"), which no earlier headline names, links to the best-ranked earlier headline naming
 * the company of its next sentence ("Google"), at the story floor. A next sentence is read only after a first one
 * that names someone: a first sentence naming no one leaves the headline's subject open.
 */
class DraftLinkerNextSentenceTest {

    private static final String TRIAL = "test-2025-w34-google-verliert-den-werbetechnik-prozess";

    private static TinyLinkArchive archive() throws Exception {
        return new TinyLinkArchive(
                LocalDate.of(2025, 9, 29),
                issue(
                        LocalDate.of(2025, 8, 18),
                        otherNews(item(
                                "Google verliert den Werbetechnik-Prozess",
                                "Ein Bundesgericht urteilt, dass Google mit seiner Werbetechnik ein Monopol "
                                        + "missbraucht hat. Das Ministerium will, dass Google seine Anzeigenbörse verkauft; "
                                        + "darüber wird gesondert verhandelt."))),
                issue(
                        LocalDate.of(2025, 1, 13),
                        moreOtherNews(item("Google zeigt ein neues Telefon", "Google stellt das nächste Pixel vor."))));
    }

    @Test
    void theNextSentenceNamesTheCompanyTheArchiveKnows() throws Exception {
        try (TinyLinkArchive archive = archive()) {
            String draft = """
                    🏛️ Die Richterin verhandelt über die Zerschlagung der Werbebörse

                    Im zweiten Kartellverfahren gegen Alphabet geht es jetzt um die Strafe. Das Ministerium
                    verlangt, dass Google seine Anzeigenbörse verkauft; der Konzern will sie lieber öffnen.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 9, 29)));

            assertThat(links.items().get(0).links())
                    .extracting(DraftLinks.Link::id)
                    .containsExactly(TRIAL);
        }
    }

    @Test
    void aFirstSentenceNamingNoOneLeavesTheSubjectOpen() throws Exception {
        try (TinyLinkArchive archive = archive()) {
            String draft = """
                    🏛️ Die Richterin verhandelt über die Zerschlagung der Werbebörse

                    Im zweiten Kartellverfahren geht es jetzt um die Strafe. Das Ministerium verlangt, dass
                    Google seine Anzeigenbörse verkauft; der Konzern will sie lieber öffnen.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 9, 29)));

            assertThat(links.items().get(0).links()).isEmpty();
        }
    }
}
