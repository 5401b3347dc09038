package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Beats on a tiny archive of ten items: Microsoft is tagged in three of them (a beat), Intel in one (a rare name).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftLinkerBeatsTest {

    private static final String INTEL_CHIEF = "test-2025-w08-intel-holt-lip-bu-tan-als-chef";

    private TinyLinkArchive archive;
    private DraftLinker linker;

    @BeforeAll
    void index() throws IOException {
        archive = new TinyLinkArchive(
                LocalDate.of(2025, 3, 3),
                issue(
                        LocalDate.of(2025, 2, 3),
                        item("Microsoft streicht Stellen", "Microsoft entlässt weltweit Mitarbeiter im Management."),
                        item("Tesla liefert weniger Autos aus", "Die Auslieferungen sinken in Europa deutlich."),
                        item("Apple verkauft weniger iPhones", "In China verliert Apple Marktanteile.")),
                issue(
                        LocalDate.of(2025, 2, 10),
                        item(
                                "Microsoft enttäuscht mit Azure",
                                "Das Cloudgeschäft Azure wächst langsamer, die Aktie fällt."),
                        item("Nvidia meldet Rekord", "Nvidia verkauft so viele Chips wie nie."),
                        item("Netflix hebt die Preise an", "Das Abo kostet in Deutschland zwei Euro mehr.")),
                issue(
                        LocalDate.of(2025, 2, 17),
                        item("Microsoft kauft ein Spielestudio", "Microsoft übernimmt ein Studio für die Xbox."),
                        item(
                                "Intel holt Lip-Bu Tan als Chef",
                                "Intel macht Lip-Bu Tan zum Chef, er soll die Fertigung in Ohio retten."),
                        item("Meta baut Llama aus", "Meta stellt ein neues Llama-Modell vor."),
                        item("SAP wächst in der Cloud", "SAP verdient mehr mit Abos.")));
        linker = archive.linker();
    }

    @AfterAll
    void close() throws IOException {
        archive.close();
    }

    @Test
    void aBeatInBothHeadlinesMakesNoStoryARareNameDoes() throws Exception {
        String draft = """
                🤖 Microsoft zeigt neue Agenten

                Auf der Entwicklerkonferenz stellt Microsoft Agenten für Windows und GitHub vor.

                🧑‍💼 Intel streicht Stellen unter Lip-Bu Tan

                Intel baut unter Lip-Bu Tan jede fünfte Stelle ab, die Fertigung in Ohio verzögert sich.
                """;
        DraftLinks links = linker.link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 3, 3)));

        assertThat(links.items())
                .extracting(DraftLinks.DraftItem::headline)
                .containsExactly("Microsoft zeigt neue Agenten", "Intel streicht Stellen unter Lip-Bu Tan");
        // no installment of a "Microsoft" story, and no link either: the texts share nothing but the name
        // (EarlierCoverage.WORD_SIMILARITY)
        assertThat(links.items().get(0).links()).isEmpty();
        assertThat(links.items().get(1).links())
                .extracting(DraftLinks.Link::id, DraftLinks.Link::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(INTEL_CHIEF, "gleiche Story seit KW 8"));
    }
}
