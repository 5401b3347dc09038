package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static de.nachlese.links.TinyLinkArchive.moreOtherNews;
import static de.nachlese.links.TinyLinkArchive.otherNews;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Same-story links on a tiny archive of sixteen items: Anthropic is tagged in two of them (12.5 %, so its name is a
 * story word), one on a model launch, one on an authors' lawsuit. Both have "Anthropic" in the headline and share
 * enough text to form one story thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftLinkerStoryTest {

    private static final String LAUNCH = "test-2025-w10-anthropic-stellt-claude-vor";
    private static final String LAWSUIT = "test-2025-w14-autoren-verklagen-anthropic";

    private TinyLinkArchive archive;
    private DraftLinker linker;

    @BeforeAll
    void index() throws IOException {
        archive = new TinyLinkArchive(
                LocalDate.of(2025, 5, 5),
                issue(
                        LocalDate.of(2025, 3, 3),
                        otherNews(
                                item(
                                        "Anthropic stellt Claude vor",
                                        "Anthropic zeigt das Modell Claude: Es schreibt Code, kostet im Abo zwei Euro im Monat, "
                                                + "verkauft sich in Europa deutlich besser als erwartet und soll im ersten ganzen "
                                                + "Jahr Geld verdienen; erste Kunden setzen es in der Werkstatt und im Lager ein."),
                                item("Meta baut Llama aus", "Meta stellt ein neues Llama-Modell vor."),
                                item("Nvidia meldet Rekord", "Nvidia verkauft so viele Chips wie nie."))),
                issue(
                        LocalDate.of(2025, 3, 31),
                        moreOtherNews(
                                item(
                                        "Autoren verklagen Anthropic",
                                        "Drei Autoren verklagen Anthropic, weil Claude mit ihren Büchern trainiert wurde; "
                                                + "sie verlangen Schadenersatz für jedes Buch."),
                                item("Siemens kauft zu", "Siemens übernimmt einen Softwarehersteller."),
                                item(
                                        "BMW ruft Autos zurück",
                                        "BMW holt wegen defekter Bremsen Autos in die Werkstatt."))));
        linker = archive.linker();
    }

    @AfterAll
    void close() throws IOException {
        archive.close();
    }

    @Test
    void aHeadlineCompanyAloneMakesNoInstallment() throws Exception {
        String draft = """
                ⚖️ Anthropic wehrt sich gegen Autoren

                Im Streit mit den Autoren um die Bücher im Training legt Anthropic Berufung ein. Die Kläger
                verlangen Schadenersatz für jedes Buch. Ein Urteil träfe die Marktanteile des Anbieters stärker als die
                Preise für Chips, Speicher und Cloud in China, sagen Softwarehersteller.
                Der Aufsichtsrat sucht schon einen Nachfolger für die Rechtsabteilung.
                """;
        DraftLinks links = linker.link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 5, 5)));

        // the launch shares only "Anthropic" with the draft (cosine 0.15, below the 0.16 one name alone needs): it is
        // neither an installment nor the story's start, and too weak for an ordinary link
        assertThat(links.items().get(0).links())
                .extracting(DraftLinks.Link::id, DraftLinks.Link::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LAWSUIT, "gleiche Story seit KW 14"));
    }
}
