package de.nachlese.ingest;

import de.nachlese.ingest.Coverage.Fate;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounting invariant on every plain-text issue we have (drift fixtures, the demo archive, the real fixture):
 * each non-blank line has exactly one fate, leftover lines are in an item's body, and nothing is lost silently.
 */
class AccountingTest {

    private static final Path DEMO = Path.of("src", "main", "resources", "demo-archive");
    private static final LineRules RULES = new LineRules(FormatProfile.GERMAN_WEEKLY);
    private final IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);

    private List<Path> textIssues() throws Exception {
        List<Path> files = new ArrayList<>(DriftFixturesTest.fixtures());
        try (var demo = Files.list(DEMO)) {
            demo.filter(p -> p.getFileName().toString().matches("wochenwerk-.*\\.txt")).sorted().forEach(files::add);
        }
        if (Files.exists(RealFixtureTest.FIXTURE)) {
            files.add(RealFixtureTest.FIXTURE);
        }
        return files;
    }

    @Test
    void everyLineHasExactlyOneFateAndNothingIsLost() throws Exception {
        List<Path> files = textIssues();
        assertThat(files).hasSizeGreaterThanOrEqualTo(31);
        StringBuilder figures = new StringBuilder();
        for (Path file : files) {
            String text = TextDecoder.decode(Files.readAllBytes(file));
            List<Line> lines = PlainTextReader.lines(TextDecoder.repairMojibake(text).text());
            ParsedIssue parsed = reader.read(file.toString(), Files.readAllBytes(file));
            Coverage coverage = parsed.coverage();
            assertThat(coverage.fates()).as(file + ": one fate per non-blank line").hasSize(lines.size())
                    .doesNotContainNull();
            assertThat(coverage.bodyChars()).isEqualTo(lines.stream().mapToInt(l -> l.text().length()).sum());
            Issue issue = parsed.issue();
            String items = String.join("\n", issue.items().stream().map(i -> i.headline() + "\n" + i.body()).toList());
            for (Coverage.Leftover leftover : coverage.leftovers()) {
                assertThat(items).as(file + ": leftover line " + leftover.line() + " stays searchable")
                        .contains(leftover.text());
            }
            for (int i = 0; i < lines.size(); i++) {
                if (coverage.fates().get(i) == Fate.ITEM) {
                    String line = lines.get(i).text();
                    // a sources line lands in the item's sources, an inline "(via …)" leaves the body line
                    assertThat(RULES.sourcePrefix(line) != null || RULES.section(line) != null || items.contains(RULES.withoutInlineSource(line)) || issue.items().stream().anyMatch(item -> line.contains(item.headline())))
                            .as(file + ": item line " + lines.get(i).number() + " is in an item").isTrue();
                }
            }
            for (Item item : issue.items()) {
                if (item.type() == ItemType.EARNINGS) {
                    assertThat(item.body()).as(file + ": " + item.headline() + " lists its companies").isNotBlank();
                }
            }
            figures.append(String.format(Locale.ROOT, "%-36s coverage %3.0f %%, %s%n", file.getFileName(),
                    100 * coverage.itemShare(), coverage.linesPerFate()));
        }
        System.out.print(figures);
    }

    @Test
    void aLineNoRulePlacesIsKeptWithTheItemBeforeItAndReportedWithItsLineNumber() throws Exception {
        String issue = """
                KW10 - Test

                Wochenwerk Tech

                Von Marta Feldkamp · 6. März 2023

                📉 Ein Aufmacher

                Der Text des Aufmachers.

                Das sind die weiteren News der Woche:

                💬 Eine Meldung: Ihr Text.
                🔗 heise

                Ein Absatz, den keine Regel kennt.

                ☁️ Noch eine Meldung: Ihr Text.
                🔗 Golem
                """;
        ParsedIssue parsed = reader.read("t.txt", issue.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.coverage().leftovers()).containsExactly(new Coverage.Leftover(16, "Ein Absatz, den keine Regel kennt."));
        assertThat(parsed.issue().items().get(1).body()).isEqualTo("Ihr Text.\n\nEin Absatz, den keine Regel kennt.");
        assertThat(parsed.issue().items()).hasSize(3);
        assertThat(parsed.warnings()).contains("1 lines matched no rule and were kept with the item before them");
    }
}
