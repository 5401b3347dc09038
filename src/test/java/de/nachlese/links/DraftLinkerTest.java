package de.nachlese.links;

import static de.nachlese.links.TinyLinkArchive.issue;
import static de.nachlese.links.TinyLinkArchive.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The core rules of the draft assistant on a tiny hand-written archive: thread first, before-date, already linked, one per thread. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftLinkerTest {

    private static final String STARGATE_START = "test-2025-w04-stargate-startet-in-texas";
    private static final String STARGATE_ABILENE = "test-2025-w10-stargate-waechst-in-abilene";
    private static final String STARGATE_LATER = "test-2025-w19-stargate-zieht-nach-abu-dhabi";
    private static final String SOFTBANK_MONEY = "test-2025-w06-softbank-leiht-openai-milliarden";

    private TinyLinkArchive archive;
    private DraftLinker linker;

    @BeforeAll
    void index() throws IOException {
        archive = new TinyLinkArchive(
                LocalDate.of(2025, 4, 14),
                issue(
                        LocalDate.of(2025, 1, 20),
                        item(
                                "Stargate startet in Texas",
                                "OpenAI, Oracle und SoftBank gründen Stargate und bauen in Abilene "
                                        + "ein Rechenzentrum für 100 Milliarden Dollar; bis zu 500 Milliarden sollen folgen."),
                        item("Apple verkauft weniger iPhones", "In China verliert Apple Marktanteile an Huawei.")),
                issue(
                        LocalDate.of(2025, 2, 3),
                        item(
                                "SoftBank leiht OpenAI Milliarden",
                                "SoftBank gibt OpenAI 40 Milliarden Dollar, Sam Altman "
                                        + "will damit Rechenzentren und Modelle bezahlen."),
                        item("Tesla liefert weniger Autos aus", "Die Auslieferungen sinken in Europa deutlich.")),
                issue(
                        LocalDate.of(2025, 3, 3),
                        item(
                                "Stargate wächst in Abilene",
                                "Das Stargate-Rechenzentrum in Abilene bekommt weitere Hallen; "
                                        + "OpenAI, Oracle und SoftBank bauen schneller als geplant, der Strom kommt aus Gas."),
                        item("Meta baut Llama aus", "Meta stellt ein neues Llama-Modell vor.")),
                issue(
                        LocalDate.of(2025, 5, 5),
                        item(
                                "Stargate zieht nach Abu Dhabi",
                                "OpenAI baut mit Oracle und SoftBank ein Stargate-Rechenzentrum "
                                        + "in Abu Dhabi, nach dem Vorbild von Abilene."),
                        item("Nvidia meldet Rekord", "Nvidia verkauft so viele Chips wie nie.")));
        linker = archive.linker();
    }

    @AfterAll
    void close() throws IOException {
        archive.close();
    }

    private static final String DRAFT = """
            🏗️ Stargate bekommt mehr Strom in Abilene

            OpenAI, Oracle und SoftBank erweitern das Stargate-Rechenzentrum in Abilene um ein Gaskraftwerk; \
            SoftBank legt weitere Milliarden nach.
            """;

    @Test
    void sameStoryComesFirstAndOnlyOlderItemsAreLinked() throws Exception {
        DraftLinks links = linker.link(DraftLinker.Draft.of(DRAFT, LocalDate.of(2025, 4, 14)));
        assertThat(links.draftDate()).isEqualTo("2025-04-14");
        assertThat(links.items()).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("Stargate bekommt mehr Strom in Abilene");
            assertThat(ids(item)).isEqualTo(List.of(STARGATE_ABILENE, SOFTBANK_MONEY));
            assertThat(item.links().get(0).why()).isEqualTo("gleiche Story seit KW 4");
            // the words it shares with the target, as the draft writes them, within one clause
            assertThat(item.links().get(0).anchor())
                    .isEqualTo("SoftBank erweitern das Stargate-Rechenzentrum in Abilene");
            assertThat(item.links().get(0).markdown())
                    .isEqualTo("[SoftBank erweitern das Stargate-Rechenzentrum in Abilene](/items/" + STARGATE_ABILENE
                            + ")");
        });
    }

    @Test
    void aLaterBeforeDateReachesTheLaterInstallment() throws Exception {
        byte[] draft = DRAFT.getBytes(StandardCharsets.UTF_8);
        DraftLinks june = linker.link(new DraftLinker.Draft(draft, "text/plain", LocalDate.of(2025, 6, 1), 5, 3, ""));
        assertThat(ids(june.items().get(0))).contains(STARGATE_LATER);
        DraftLinks april = linker.link(new DraftLinker.Draft(draft, "text/plain", LocalDate.of(2025, 4, 14), 5, 3, ""));
        assertThat(ids(april.items().get(0))).doesNotContain(STARGATE_LATER);
        DraftLinks early = linker.link(DraftLinker.Draft.of(DRAFT, LocalDate.of(2025, 1, 21)));
        assertThat(ids(early.items().get(0))).isEqualTo(List.of(STARGATE_START));
    }

    @Test
    void onePerThreadUnlessMoreAreAskedFor() throws Exception {
        DraftLinks one = linker.link(DraftLinker.Draft.of(DRAFT, LocalDate.of(2025, 4, 14)));
        assertThat(ids(one.items().get(0))).containsOnlyOnce(STARGATE_ABILENE).doesNotContain(STARGATE_START);
        DraftLinks two = linker.link(new DraftLinker.Draft(
                DRAFT.getBytes(StandardCharsets.UTF_8),
                "text/plain",
                LocalDate.of(2025, 4, 14),
                5,
                2,
                "https://archiv.example"));
        assertThat(ids(two.items().get(0))).isEqualTo(List.of(STARGATE_ABILENE, STARGATE_START, SOFTBANK_MONEY));
        assertThat(two.items().get(0).links().get(0).markdown())
                .startsWith("[")
                .endsWith("](https://archiv.example/items/" + STARGATE_ABILENE + ")");
    }

    @Test
    void installmentsTellingDifferentTurnsOfTheStoryAreEachLinked() throws Exception {
        String draft = """
                🏗️ Stargate baut in Abu Dhabi weiter

                OpenAI, Oracle und SoftBank bauen das Stargate-Rechenzentrum in Abu Dhabi aus, größer als geplant.
                """;
        DraftLinks one = linker.link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 6, 2)));
        // Abu Dhabi and Abilene are two turns of the story; the start in Texas tells what Abilene tells
        assertThat(ids(one.items().get(0))).isEqualTo(List.of(STARGATE_LATER, STARGATE_ABILENE));
        assertThat(one.items().get(0).links()).extracting(DraftLinks.Link::why).containsOnly("gleiche Story seit KW 4");
        DraftLinks two = linker.link(new DraftLinker.Draft(
                draft.getBytes(StandardCharsets.UTF_8), "text/plain", LocalDate.of(2025, 6, 2), 5, 2, ""));
        assertThat(ids(two.items().get(0))).isEqualTo(List.of(STARGATE_LATER, STARGATE_ABILENE, STARGATE_START));
    }

    @Test
    void aLinkTheDraftHoldsIsMarked() throws Exception {
        String draft = DRAFT.strip() + " Mehr dazu: https://archiv.example/items/" + SOFTBANK_MONEY + "\n";
        DraftLinks links = linker.link(DraftLinker.Draft.of(draft, LocalDate.of(2025, 4, 14)));
        assertThat(links.items().get(0).links())
                .extracting(DraftLinks.Link::id, DraftLinks.Link::alreadyLinked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(STARGATE_ABILENE, false),
                        org.assertj.core.groups.Tuple.tuple(SOFTBANK_MONEY, true));
    }

    @Test
    void withoutBeforeTheBylineDateCountsElseToday() throws Exception {
        String withByline = "KW 20 - Entwurf\n\nTestbrief\n\nVon Test · 12. Mai 2025\n\n" + DRAFT;
        assertThat(linker.link(DraftLinker.Draft.of(withByline, null)).draftDate())
                .isEqualTo("2025-05-12");
        assertThat(linker.link(DraftLinker.Draft.of(DRAFT, null)).draftDate()).isEqualTo("2025-04-14");
    }

    @Test
    void emptyBinaryAndItemlessDraftsAreRefusedWithAReason() {
        assertThatThrownBy(() -> linker.link(DraftLinker.Draft.of("  \n", null)))
                .isInstanceOf(DraftException.class)
                .hasMessage("the draft is empty");
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 % 7);
        }
        assertThatThrownBy(() -> linker.link(new DraftLinker.Draft(junk, "text/plain", null, 5, 1, "")))
                .isInstanceOf(DraftException.class)
                .hasMessageContaining("binary content");
        assertThatThrownBy(() -> linker.link(
                        new DraftLinker.Draft(new byte[DraftLinker.MAX_DRAFT_BYTES + 1], "text/plain", null, 5, 1, "")))
                .isInstanceOf(DraftException.class)
                .hasMessageContaining("at most");
    }

    private static List<String> ids(DraftLinks.DraftItem item) {
        return item.links().stream().map(DraftLinks.Link::id).toList();
    }
}
