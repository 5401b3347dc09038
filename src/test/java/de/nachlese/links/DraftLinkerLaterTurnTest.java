package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static de.nachlese.links.TinyLinkArchive.moreOtherNews;
import static de.nachlese.links.TinyLinkArchive.otherNews;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Two installments of one story, so alike they count as one thread: when the older one ranks first, the newer one
 * still shows beside it, as the story's latest turn. So does a newer headline of the draft item's company alike to an
 * older one, when the draft names that company only in its body.
 */
class DraftLinkerLaterTurnTest {

    private static final String FILING = "test-2025-w10-coreweave-will-an-die-b-rse";
    private static final String LISTING = "test-2025-w14-coreweave-wagt-den-b-rsengang";

    @Test
    void aLaterInstallmentAlikeToAnOlderOneRankedAboveItStillShows() throws Exception {
        try (TinyLinkArchive archive = new TinyLinkArchive(
                LocalDate.of(2025, 5, 5),
                issue(
                        LocalDate.of(2025, 3, 3),
                        otherNews(
                                item(
                                        "CoreWeave will an die Börse",
                                        "Der Cloud-Anbieter CoreWeave beantragt den Börsengang in New York. Der Umsatz "
                                                + "wuchs auf knapp zwei Milliarden Dollar, Microsoft ist der größte Kunde, "
                                                + "die Schulden sind hoch, die Rechenzentren voller Grafikchips."),
                                item("Meta baut Llama aus", "Meta stellt ein neues Llama-Modell vor."),
                                item("Nvidia meldet Rekord", "Nvidia verkauft so viele Chips wie nie."))),
                issue(
                        LocalDate.of(2025, 3, 31),
                        moreOtherNews(
                                item(
                                        "CoreWeave wagt den Börsengang",
                                        "CoreWeave ist an der Börse in New York: Der Cloud-Anbieter sammelt weniger ein als "
                                                + "geplant, Microsoft bleibt der größte Kunde, die Schulden sind hoch."),
                                item("Siemens kauft zu", "Siemens übernimmt einen Softwarehersteller."),
                                item(
                                        "BMW ruft Autos zurück",
                                        "BMW holt wegen defekter Bremsen Autos in die Werkstatt."))))) {
            String draft = """
                    ☁️ CoreWeave will an die Börse, die zweite Runde

                    Der Cloud-Anbieter CoreWeave beantragt den Börsengang in New York erneut. Der Umsatz wuchs auf
                    knapp zwei Milliarden Dollar, Microsoft ist der größte Kunde, die Schulden sind hoch, die
                    Rechenzentren voller Grafikchips.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 5, 5)));

            assertThat(links.items().get(0).links())
                    .extracting(DraftLinks.Link::id)
                    .containsExactly(FILING, LISTING);
        }
    }

    @Test
    void aLaterHeadlineOfTheItemsCompanyAlikeToAnOlderOneStillShows() throws Exception {
        try (TinyLinkArchive archive = archive()) {
            String draft = """
                    ☁️ Der Vermieter aus New Jersey füllt sein Auftragsbuch

                    Der Cloud-Anbieter CoreWeave schließt einen Vertrag über 14 Milliarden Dollar, Microsoft ist nicht
                    mehr der größte Kunde, die Schulden bleiben hoch, die Rechenzentren voller Grafikchips.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 5, 5)));

            assertThat(links.items().get(0).links())
                    .extracting(DraftLinks.Link::id)
                    .containsExactly(FILING, LISTING);
        }
    }

    private static TinyLinkArchive archive() throws Exception {
        return new TinyLinkArchive(
                LocalDate.of(2025, 5, 5),
                issue(
                        LocalDate.of(2025, 3, 3),
                        otherNews(
                                item(
                                        "CoreWeave will an die Börse",
                                        "Der Cloud-Anbieter CoreWeave beantragt den Börsengang in New York. Der Umsatz "
                                                + "wuchs auf knapp zwei Milliarden Dollar, Microsoft ist der größte Kunde, "
                                                + "die Schulden sind hoch, die Rechenzentren voller Grafikchips."),
                                item("Meta baut Llama aus", "Meta stellt ein neues Llama-Modell vor."),
                                item("Nvidia meldet Rekord", "Nvidia verkauft so viele Chips wie nie."))),
                issue(
                        LocalDate.of(2025, 3, 31),
                        moreOtherNews(
                                item(
                                        "CoreWeave wagt den Börsengang",
                                        "CoreWeave ist an der Börse in New York: Der Cloud-Anbieter sammelt weniger ein als "
                                                + "geplant, Microsoft bleibt der größte Kunde, die Schulden sind hoch."),
                                item("Siemens kauft zu", "Siemens übernimmt einen Softwarehersteller."),
                                item(
                                        "BMW ruft Autos zurück",
                                        "BMW holt wegen defekter Bremsen Autos in die Werkstatt."))));
    }
}
