package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static de.nachlese.links.TinyLinkArchive.moreOtherNews;
import static de.nachlese.links.TinyLinkArchive.otherNews;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A long lead whose headline names a person but describes its story ("Trumps Mega-Investition") rather than naming
 * it, and names the story's product again and again in its text, links to an earlier headline of that product even
 * though that item is not tagged with the person; a product named twice in passing does not open that door.
 */
class DraftLinkerRecurringProductTest {

    private static final String CRITICS = "test-2025-w04-stargate-geraet-unter-beschuss";

    private static TinyLinkArchive archive() throws Exception {
        return new TinyLinkArchive(
                LocalDate.of(2025, 2, 3),
                issue(
                        LocalDate.of(2025, 1, 20),
                        otherNews(item(
                                "Stargate gerät unter Beschuss",
                                "Analysten bezweifeln, dass SoftBank seinen Anteil an Stargate ohne neue Schulden "
                                        + "stemmen kann, und fragen, wer die Rechenzentren in Texas bezahlt."))),
                issue(LocalDate.of(2025, 1, 13), moreOtherNews()));
    }

    @Test
    void aProductTheLeadKeepsNamingLinksItsHeadline() throws Exception {
        try (TinyLinkArchive archive = archive()) {
            String draft = """
                    🛠️ Trumps Mega-Investition in KI

                    Donald Trump kündigt im Weißen Haus ein Programm für Rechenzentren an. Es heißt Stargate,
                    und SoftBank soll einen großen Teil zahlen. Ob Stargate wirklich neues Geld bringt, ist offen:
                    Die Rechenzentren in Texas waren schon im Bau. Stargate ist vor allem ein neues Etikett.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 2, 3)));

            assertThat(links.items().get(0).links())
                    .extracting(DraftLinks.Link::id)
                    .containsExactly(CRITICS);
        }
    }

    @Test
    void aProductNamedTwiceInPassingDoesNot() throws Exception {
        try (TinyLinkArchive archive = archive()) {
            String draft = """
                    🛠️ Trumps Mega-Investition in KI

                    Donald Trump kündigt im Weißen Haus ein Programm für Rechenzentren an. Es heißt Stargate,
                    und SoftBank soll einen großen Teil zahlen. Ob das Programm wirklich neues Geld bringt, ist
                    offen: Die Rechenzentren in Texas waren schon im Bau. Stargate ist vor allem ein neues Etikett.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 2, 3)));

            assertThat(links.items().get(0).links()).isEmpty();
        }
    }
}
