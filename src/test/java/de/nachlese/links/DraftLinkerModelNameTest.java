package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static de.nachlese.links.TinyLinkArchive.moreOtherNews;
import static de.nachlese.links.TinyLinkArchive.otherNews;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A draft that names a model by its version alone ("R1", without its maker, so the tagger leaves it untagged) links
 * the earlier headline of that model, which the archive tags as a product: the short name is a word of the draft's
 * headline and the product both items name. A version the archive tags as no product ("R7") links nothing.
 */
class DraftLinkerModelNameTest {

    private static final String RELEASE = "test-2025-w04-deepseek-ver-ffentlicht-r1";

    private static TinyLinkArchive archive() throws Exception {
        return new TinyLinkArchive(
                LocalDate.of(2025, 3, 3),
                issue(
                        LocalDate.of(2025, 1, 20),
                        otherNews(
                                item(
                                        "DeepSeek veröffentlicht R1",
                                        "Das Labor aus Hangzhou stellt mit R1 ein Modell vor, das in Tests mit den besten "
                                                + "amerikanischen Modellen mithält, und nennt sehr niedrige Trainingskosten."))),
                issue(LocalDate.of(2025, 1, 13), moreOtherNews()));
    }

    @Test
    void aModelNamedByItsVersionAloneLinksItsHeadline() throws Exception {
        try (TinyLinkArchive archive = archive()) {
            String draft = """
                    🧮 Was das Training von R1 wirklich gekostet hat

                    Eine neue Rechnung zeigt, dass das Labor aus Hangzhou für R1 weit mehr Rechenzeit brauchte,
                    als es angab. Die Chips dafür stammen aus der Zeit vor dem Exportverbot.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 3, 3)));

            assertThat(links.items().get(0).links())
                    .extracting(DraftLinks.Link::id)
                    .containsExactly(RELEASE);
        }
    }

    @Test
    void aVersionTheArchiveDoesNotTagLinksNothing() throws Exception {
        try (TinyLinkArchive archive = archive()) {
            String draft = """
                    🧮 Was das Training von R7 wirklich gekostet hat

                    Eine neue Rechnung zeigt, dass ein Labor für R7 weit mehr Rechenzeit brauchte, als es angab.
                    Die Chips dafür stammen aus der Zeit vor dem Exportverbot.
                    """;
            DraftLinks links = archive.linker().link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 3, 3)));

            assertThat(links.items().get(0).links()).isEmpty();
        }
    }
}
