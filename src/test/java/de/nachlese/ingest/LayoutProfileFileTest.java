package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The layout profile file: the splitter follows a publisher's file, and mistakes name their line. */
class LayoutProfileFileTest {

    private static final String MINIMAL = """
            name = bytebrief
            more news = ^Kurz notiert$
            outlet separators = \\s*/\\s*
            calendar line = ^\\*.*$
            sources = Gelesen bei:
            section chart = Bild der Woche
            ad = Partnerinhalt
            """;

    @Test
    void theSplitterFollowsAPublishersFile() throws Exception {
        FormatProfile profile = LayoutProfileFile.parse("bytebrief.profile", MINIMAL);
        String issue = """
                Ausgabe #7 – Kurz

                Bytebrief

                Von Ida Krämer · 2. Mai 2022

                📡 Ein Aufmacher

                Sein Text.

                Kurz notiert

                💬 Eine Meldung: Ihr Text.
                Gelesen bei: heise / Golem

                Partnerinhalt

                💡 Ein Produkt: Kauf es.

                🖼️ Bild der Woche (1/3): Ein Bild

                Seine Erklärung.
                """;
        ParsedIssue parsed = new IssueReader(profile).read("b.txt", issue.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.issue().items())
                .extracting(Item::type)
                .containsExactly(ItemType.LEAD, ItemType.NEWS, ItemType.CHART);
        assertThat(parsed.issue().items().get(1).sources())
                .extracting(s -> s.outlet())
                .containsExactly("heise", "Golem");
        assertThat(parsed.issue().items().get(2).headline()).isEqualTo("Ein Bild");
        assertThat(parsed.coverage().ads()).extracting(Coverage.Leftover::line).containsExactly(16, 18);
    }

    @Test
    void theBundledProfileIsAFile() {
        assertThat(FormatProfile.GERMAN_WEEKLY.name()).isEqualTo("german-weekly");
        assertThat(FormatProfile.GERMAN_WEEKLY.sectionLabels())
                .containsEntry("grafik der woche", ItemType.CHART)
                .containsEntry("zum hören", ItemType.LISTEN)
                .containsEntry("diese woche berichten", ItemType.EARNINGS);
        assertThat(FormatProfile.GERMAN_WEEKLY.sourcePrefixes())
                .startsWith("🔗")
                .contains("Quelle:");
    }

    @Test
    void mistakesNameTheFileAndLine() {
        assertThatThrownBy(() -> LayoutProfileFile.parse("p", MINIMAL + "colour = blue\n"))
                .hasMessageStartingWith("p:8: unknown key \"colour\"");
        assertThatThrownBy(() -> LayoutProfileFile.parse("p", MINIMAL + "section gossip = Klatsch\n"))
                .hasMessage("p:8: unknown item type 'gossip', expected one of lead, news, chart, listen, earnings");
        assertThatThrownBy(() -> LayoutProfileFile.parse("p", MINIMAL.replace("^Kurz notiert$", "(")))
                .hasMessageStartingWith("p:2: \"more news\" is not a valid regular expression");
        assertThatThrownBy(() -> LayoutProfileFile.parse("p", MINIMAL + "name = zwei\n"))
                .hasMessage("p:8: \"name\" is given twice (first on line 1)");
        assertThatThrownBy(() -> LayoutProfileFile.parse("p", "name = x\n"))
                .hasMessage("p: the required key \"more news\" is missing");
        assertThatThrownBy(() -> LayoutProfileFile.parse("p", MINIMAL + "just text\n"))
                .hasMessage("p:8: expected \"key = value\", found \"just text\"");
    }
}
