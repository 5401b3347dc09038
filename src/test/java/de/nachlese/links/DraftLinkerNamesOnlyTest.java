package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static de.nachlese.links.TinyLinkArchive.moreOtherNews;
import static de.nachlese.links.TinyLinkArchive.otherNews;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A link outside the draft item's story needs texts that share more than the company: an earlier item on the same
 * subject is linked, one that shares only the company's name, on another subject, is not.
 */
class DraftLinkerNamesOnlyTest {

    private static final String CODE_CRITICISM = "test-2025-w10-die-kommission-legt-einen-kodex-zu-ki-modellen-vor";
    private static final String POWER_DEAL = "test-2025-w14-meta-kauft-atomstrom-auf-zwanzig-jahre";

    @Test
    void aSharedCompanyAloneMakesNoLinkOutsideTheStory() throws Exception {
        try (TinyLinkArchive archive = new TinyLinkArchive(
                LocalDate.of(2025, 5, 5),
                issue(
                        LocalDate.of(2025, 3, 3),
                        otherNews(
                                item(
                                        "Die Kommission legt einen Kodex zu KI-Modellen vor",
                                        "Die Kommission veröffentlicht einen freiwilligen Verhaltenskodex für Anbieter "
                                                + "großer Sprachmodelle, Meta und Google prüfen die Regeln zu "
                                                + "Urheberrecht und Transparenz."),
                                item("Nvidia meldet Rekord", "Nvidia verkauft so viele Chips wie nie."))),
                issue(
                        LocalDate.of(2025, 3, 31),
                        moreOtherNews(
                                item(
                                        "Meta kauft Atomstrom auf zwanzig Jahre",
                                        "Meta sichert sich den Strom eines Kernkraftwerks in Illinois, Google und Amazon "
                                                + "schließen ähnliche Verträge."),
                                item("Siemens kauft zu", "Siemens übernimmt einen Softwarehersteller."))))) {
            String draft = """
                    🇪🇺 Meta verweigert den KI-Kodex der EU

                    Meta unterschreibt den freiwilligen Verhaltenskodex der Kommission für große Sprachmodelle
                    nicht, Google zögert noch.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 5, 5)));

            assertThat(links.items().get(0).links())
                    .extracting(DraftLinks.Link::id)
                    .containsExactly(CODE_CRITICISM)
                    .doesNotContain(POWER_DEAL);
        }
    }
}
