package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static de.nachlese.links.TinyLinkArchive.moreOtherNews;
import static de.nachlese.links.TinyLinkArchive.otherNews;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A draft whose headline calls the company by a role ("Der Datenbank-Veteran") and names it only in its first
 * sentence links to the best-ranked earlier item whose headline names that company plainly, at the story floor;
 * another earlier headline of the same company on another subject stays out, and so does the link when the draft's
 * headline names the company itself, as then the ordinary confidence cut applies.
 */
class DraftLinkerRoleHeadlineTest {

    private static final String CONTRACT = "test-2025-w10-oracle-baut-rechenzentren-f-r-openai";

    private static TinyLinkArchive archive() throws Exception {
        return new TinyLinkArchive(
                LocalDate.of(2025, 9, 8),
                issue(
                        LocalDate.of(2025, 3, 3),
                        otherNews(
                                item(
                                        "Oracle baut Rechenzentren für OpenAI",
                                        "Oracle errichtet in Texas Hallen für die Rechenleistung von OpenAI, bezahlt wird "
                                                + "über Jahre."),
                                item(
                                        "Nvidia meldet Rekord",
                                        "Nvidia verkauft so viele Chips für Rechenleistung wie nie."))),
                issue(
                        LocalDate.of(2025, 1, 13),
                        moreOtherNews(
                                item(
                                        "Oracle kauft eine Krankenaktenfirma",
                                        "Oracle übernimmt einen Anbieter von Software " + "für Kliniken."),
                                item("Siemens kauft zu", "Siemens übernimmt einen Softwarehersteller."))));
    }

    @Test
    void aRoleInTheHeadlineLinksToTheLatestPlainHeadlineOfTheCompany() throws Exception {
        try (TinyLinkArchive archive = archive()) {
            String draft = """
                    🧾 Der Datenbank-Veteran verkauft Rechenzeit auf Vorrat

                    Oracle meldet Aufträge für Rechenleistung über 455 Milliarden Dollar, die erst in einigen
                    Jahren abgerufen werden. Die Aktie springt um ein Drittel.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 9, 8)));

            assertThat(links.items().get(0).links())
                    .extracting(DraftLinks.Link::id)
                    .containsExactly(CONTRACT);
        }
    }

    @Test
    void aCompanyNamedOnlyAfterTheFirstSentenceGetsNoSuchLink() throws Exception {
        try (TinyLinkArchive archive = archive()) {
            String draft = """
                    🧾 Der Datenbank-Veteran verkauft Rechenzeit auf Vorrat

                    Die Aktie springt um ein Drittel. Oracle meldet Aufträge für Rechenleistung über 455
                    Milliarden Dollar, die erst in einigen Jahren abgerufen werden.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 9, 8)));

            assertThat(links.items().get(0).links()).isEmpty();
        }
    }
}
