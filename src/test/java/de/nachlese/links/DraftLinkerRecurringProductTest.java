package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
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
                        item(
                                "Stargate gerät unter Beschuss",
                                "Analysten bezweifeln, dass SoftBank seinen Anteil an Stargate ohne neue Schulden "
                                        + "stemmen kann, und fragen, wer die Rechenzentren in Texas bezahlt."),
                        item("Tesla liefert weniger Autos aus", "Die Auslieferungen sinken in Europa deutlich."),
                        item("Apple verkauft weniger iPhones", "In China verliert Apple Marktanteile."),
                        item("Netflix hebt die Preise an", "Das Abo kostet in Deutschland zwei Euro mehr."),
                        item("SAP wächst in der Cloud", "SAP verdient mehr mit Abos."),
                        item("Intel sucht einen Chef", "Der Aufsichtsrat von Intel sucht nach einem Nachfolger.")),
                issue(
                        LocalDate.of(2025, 1, 13),
                        item("Amazon baut Lager in Polen", "Amazon eröffnet zwei neue Logistikzentren."),
                        item("Spotify erhöht die Abopreise", "Spotify verlangt einen Euro mehr im Monat."),
                        item("Samsung baut Speicher aus", "Samsung investiert in neue Speicherfabriken."),
                        item("Zalando wächst wieder", "Zalando verkauft mehr Mode als im Vorjahr."),
                        item("Uber fährt Gewinn ein", "Uber verdient zum ersten Mal ein ganzes Jahr Geld.")));
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
