package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static de.nachlese.links.TinyLinkArchive.moreOtherNews;
import static de.nachlese.links.TinyLinkArchive.otherNews;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A draft that names its story by a name only one earlier item's body holds ("Hyperion", a campus the earlier item
 * names in passing, not in its headline) links to that item at the story floor; another item of the same company
 * on another subject stays out.
 */
class DraftLinkerSingularNameTest {

    private static final String CAMPUS = "test-2025-w10-meta-plant-zwei-riesige-rechenzentren";

    @Test
    void aNameOnlyOneEarlierBodyHoldsLinksToThatItem() throws Exception {
        try (TinyLinkArchive archive = new TinyLinkArchive(
                LocalDate.of(2025, 5, 5),
                issue(
                        LocalDate.of(2025, 3, 3),
                        otherNews(
                                item(
                                        "Meta plant zwei riesige Rechenzentren",
                                        "Meta will hunderte Milliarden Dollar in Rechenleistung stecken: Prometheus in Ohio "
                                                + "geht nächstes Jahr ans Netz, Hyperion in Louisiana soll über die Jahre "
                                                + "auf fünf Gigawatt wachsen."),
                                item("Nvidia meldet Rekord", "Nvidia verkauft so viele Chips wie nie."))),
                issue(
                        LocalDate.of(2025, 3, 31),
                        moreOtherNews(
                                item(
                                        "Meta zeigt eine neue Brille",
                                        "Meta verkauft eine Brille mit Kamera und Lautsprechern, die Investoren sind "
                                                + "zufrieden, die Milliarden für die Sparte bleiben hoch."),
                                item("Siemens kauft zu", "Siemens übernimmt einen Softwarehersteller."))))) {
            String draft = """
                    🌾 Hyperion bekommt sein Geld

                    Für den Campus in Louisiana holt Meta sich 29 Milliarden Dollar bei Investoren, einen Teil als
                    Anleihe, und behält nur eine Minderheit am Gelände.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 5, 5)));

            assertThat(links.items().get(0).links())
                    .extracting(DraftLinks.Link::id)
                    .containsExactly(CAMPUS);
        }
    }
}
