package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A Markdown or HTML heading that starts with a section label gives its item the label's type. */
class HeadingSectionsTest {

    private static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    private final IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);

    @Test
    void aMarkdownHeadingWithALabelIsTypedAndLosesTheLabel() throws Exception {
        String draft = """
                # KW36 - Eine Probe

                ## 🌐 Ein Browser bleibt

                Ein Gericht entscheidet über einen Browser.

                ## 📊 Chart der Woche: Was eine Voreinstellung kostet

                Zwanzig Milliarden im Jahr.

                ## 🎧 Podcast-Tipp: Bücher im Training (ca. 45 min)

                Zwei Gäste sprechen über Lizenzen.

                ## Hörenswert – Ein Gespräch über Chips

                Eine Stunde über Fabriken.
                """;
        assertThat(reader.readDraft("d.md", draft.getBytes(StandardCharsets.UTF_8), DATE)
                        .issue()
                        .items())
                .extracting(Item::type, Item::emoji, Item::headline)
                .containsExactly(
                        tuple(ItemType.NEWS, "🌐", "Ein Browser bleibt"),
                        tuple(ItemType.CHART, "📊", "Was eine Voreinstellung kostet"),
                        tuple(ItemType.LISTEN, "🎧", "Bücher im Training (ca. 45 min)"),
                        tuple(ItemType.LISTEN, "", "Ein Gespräch über Chips"));
    }

    @Test
    void aHeadingThatIsOnlyTheLabelTypesTheHeadingBelowIt() throws Exception {
        String post = """
                ## 🧾 Ein Rechenzentrum auf Vorrat

                Ein Konzern verkauft Rechenzeit auf Jahre.

                ### 📊 Chart der Woche

                ### Die Preisschilder der Labore

                Drei Bewertungen nebeneinander.

                ### 🎧 Podcast-Tipp

                Zwei Investoren rechnen nach.

                ### Ein Nachtrag

                Noch eine Meldung.
                """;
        IssueHints hints = new IssueHints("Probe", "Probe", DATE, "test");
        ParsedIssue parsed = new HeadingSplitter(FormatProfile.GERMAN_WEEKLY)
                .split(MarkdownReader.lines(post), "t.md", "markdown", hints);
        assertThat(parsed.issue().items())
                .extracting(Item::type, Item::headline)
                .containsExactly(
                        tuple(ItemType.NEWS, "Ein Rechenzentrum auf Vorrat"),
                        tuple(ItemType.CHART, "Die Preisschilder der Labore"),
                        tuple(ItemType.LISTEN, "Podcast-Tipp"),
                        tuple(ItemType.NEWS, "Ein Nachtrag"));
    }

    @Test
    void withoutAProfileEveryHeadingIsNews() throws Exception {
        IssueHints hints = new IssueHints("Probe", "Probe", DATE, "test");
        ParsedIssue parsed = new HeadingSplitter()
                .split(
                        MarkdownReader.lines("## Chart der Woche: Eine Kurve\n\nIhr Text.\n"),
                        "t.md",
                        "markdown",
                        hints);
        assertThat(parsed.issue().items())
                .extracting(Item::type, Item::headline)
                .containsExactly(tuple(ItemType.NEWS, "Chart der Woche: Eine Kurve"));
    }
}
