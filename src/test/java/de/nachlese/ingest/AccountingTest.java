package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ingest.Coverage.Fate;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The accounting invariant on every issue of every fixture we have (drift fixtures, the demo archive in text and HTML,
 * the real fixture read in place, the container formats, the platform exports and e-mails, the malformed files):
 * each non-blank line has exactly one fate, leftover lines are in an item's body, and nothing is lost silently.
 */
class AccountingTest {

    private static final Path DEMO = Path.of("src", "main", "resources", "demo-archive");
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static final LineRules RULES = new LineRules(FormatProfile.GERMAN_WEEKLY);
    private final IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);

    private List<Path> textIssues() throws Exception {
        List<Path> files = new ArrayList<>(DriftFixturesTest.fixtures());
        try (var demo = Files.list(DEMO)) {
            demo.filter(p -> p.getFileName().toString().matches("wochenwerk-.*\\.txt"))
                    .sorted()
                    .forEach(files::add);
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
            List<Line> lines =
                    PlainTextReader.lines(TextDecoder.repairMojibake(text).text());
            ParsedIssue parsed = reader.read(file.toString(), Files.readAllBytes(file));
            Coverage coverage = parsed.coverage();
            assertThat(coverage.fates())
                    .as(file + ": one fate per non-blank line")
                    .hasSize(lines.size())
                    .doesNotContainNull();
            assertThat(coverage.bodyChars())
                    .isEqualTo(lines.stream().mapToInt(l -> l.text().length()).sum());
            Issue issue = parsed.issue();
            String items = String.join(
                    "\n",
                    issue.items().stream()
                            .map(i -> i.headline() + "\n" + i.body())
                            .toList());
            for (Coverage.Leftover leftover : coverage.leftovers()) {
                assertThat(items)
                        .as(file + ": leftover line " + leftover.line() + " stays searchable")
                        .contains(leftover.text());
            }
            for (int i = 0; i < lines.size(); i++) {
                if (coverage.fates().get(i) == Fate.ITEM) {
                    String line = lines.get(i).text();
                    // a sources line lands in the item's sources, an inline "(via …)" leaves the body line
                    assertThat(RULES.sourcePrefix(line) != null
                                    || RULES.section(line) != null
                                    || items.contains(RULES.withoutInlineSource(line))
                                    || issue.items().stream().anyMatch(item -> line.contains(item.headline())))
                            .as(file + ": item line " + lines.get(i).number() + " is in an item")
                            .isTrue();
                }
            }
            for (Item item : issue.items()) {
                if (item.type() == ItemType.EARNINGS) {
                    assertThat(item.body())
                            .as(file + ": " + item.headline() + " lists its companies")
                            .isNotBlank();
                }
            }
            figures.append(String.format(
                    Locale.ROOT,
                    "%-36s coverage %3.0f %%, %s%n",
                    file.getFileName(),
                    100 * coverage.itemShare(),
                    coverage.linesPerFate()));
        }
        System.out.print(figures);
    }

    /** Every input file of the project's fixtures, whatever its format, and the real fixture where it exists. */
    static List<Path> allFixtureFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(
                FIXTURES.resolve("drift"),
                DEMO,
                FIXTURES.resolve("formats"),
                FIXTURES.resolve("platforms"),
                FIXTURES.resolve("malformed"))) {
            try (var walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(".expected"))
                        .filter(p -> !p.getFileName().toString().equals("issues.lst")) // the demo's file list
                        .sorted()
                        .forEach(files::add);
            }
        }
        if (Files.exists(RealFixtureTest.FIXTURE)) {
            files.add(RealFixtureTest.FIXTURE);
        }
        return files;
    }

    @Test
    void everyIssueOfEveryFixtureAccountsForEachLineWhicheverProfileReadIt() throws Exception {
        List<Path> files = allFixtureFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(31 + 29 + 10 + 17 + 35);
        Map<String, Integer> issuesPerProfile = new TreeMap<>();
        int lines = 0;
        int leftovers = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            FileResult result = reader.readFile(file.toString(), bytes);
            assertThat(result.issues().isEmpty() && result.problems().isEmpty())
                    .as(file + ": a file gives issues or reports why not")
                    .isFalse();
            for (ParsedIssue parsed : result.issues()) {
                Coverage coverage = parsed.coverage();
                String origin = parsed.issue().origin();
                assertThat(coverage).as(origin + ": accounted").isNotSameAs(Coverage.UNKNOWN);
                assertThat(coverage.fates()).as(origin).isNotEmpty().doesNotContainNull();
                assertThat(coverage.itemChars()).as(origin + ": text in items").isPositive();
                String items = itemText(parsed.issue());
                for (Coverage.Leftover leftover : coverage.leftovers()) {
                    assertThat(items)
                            .as(origin + ": leftover line " + leftover.line() + " stays searchable")
                            .contains(leftover.text());
                }
                if (result.issues().size() == 1 && (result.format() == Format.TEXT || result.format() == Format.HTML)) {
                    assertEveryItemLineIsInAnItem(file, bytes, result.format() == Format.HTML, parsed);
                }
                issuesPerProfile.merge(coverage.profile(), 1, Integer::sum);
                lines += coverage.fates().size();
                leftovers += coverage.leftovers().size();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d files, issues per profile %s, %d lines, %d leftover lines%n",
                files.size(),
                issuesPerProfile,
                lines,
                leftovers);
        assertThat(issuesPerProfile).containsOnlyKeys(FormatProfile.GERMAN_WEEKLY.name(), HeadingSplitter.PROFILE);
    }

    /** Reads the file's lines again, as the profile that split it does, and finds each item line in the items. */
    private static void assertEveryItemLineIsInAnItem(Path file, byte[] bytes, boolean html, ParsedIssue parsed) {
        String text = TextDecoder.repairMojibake(
                        html
                                ? TextDecoder.decode(
                                        bytes, TextDecoder.metaCharset(bytes).orElse(null))
                                : TextDecoder.decode(bytes))
                .text();
        boolean headings = parsed.coverage().profile().equals(HeadingSplitter.PROFILE);
        List<Line> lines = headings
                ? (html ? HtmlReader.page(text, "", IssueHints.NONE).lines() : MarkdownReader.lines(text))
                : (html ? HtmlReader.lines(text, "") : PlainTextReader.lines(text));
        Coverage coverage = parsed.coverage();
        assertThat(coverage.fates()).as(file + ": one fate per non-blank line").hasSize(lines.size());
        assertThat(coverage.bodyChars())
                .as(file.toString())
                .isEqualTo(lines.stream().mapToInt(l -> l.text().length()).sum());
        String items = itemText(parsed.issue());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (coverage.fates().get(i) == Fate.ITEM) {
                assertThat(RULES.sourcePrefix(line) != null
                                || RULES.section(line) != null
                                || items.contains(RULES.withoutInlineSource(line))
                                || items.contains(line)
                                || parsed.issue().items().stream().anyMatch(item -> line.contains(item.headline())))
                        .as(file + ": item line " + (i + 1) + " is in an item: " + line)
                        .isTrue();
            }
        }
    }

    private static String itemText(Issue issue) {
        return String.join(
                "\n",
                issue.items().stream().map(i -> i.headline() + "\n" + i.body()).toList());
    }

    @Test
    void theHeadingProfileNamesTheFateOfEveryLineAndKeepsALongIntroductionSearchable() throws Exception {
        String post = """
                View in browser

                Hi all, a short note before the news.

                ## Section without text

                ## First story

                Its text.

                **A lead-in.** Its text, too.

                Share

                Unsubscribe from this list
                """;
        IssueHints hints = new IssueHints("Test post", "Test Notes", LocalDate.of(2025, 3, 3), "test");
        ParsedIssue parsed = new HeadingSplitter().split(MarkdownReader.lines(post), "t.md", "markdown", hints);
        assertThat(parsed.coverage().fates())
                .containsExactly(
                        Fate.CHROME,
                        Fate.GREETING,
                        Fate.MARKER,
                        Fate.ITEM,
                        Fate.ITEM,
                        Fate.ITEM,
                        Fate.CHROME,
                        Fate.FOOTER);
        assertThat(parsed.coverage().profile()).isEqualTo("headings");
        assertThat(parsed.coverage().leftovers()).isEmpty();

        String intro = "An introduction that runs on for a while, long enough to be worth finding later. "
                .repeat(4)
                .strip();
        ParsedIssue longIntro = new HeadingSplitter()
                .split(MarkdownReader.lines(intro + "\n\n## First story\n\nIts text.\n"), "t.md", "markdown", hints);
        assertThat(longIntro.coverage().fates()).containsExactly(Fate.LEFTOVER, Fate.ITEM, Fate.ITEM);
        assertThat(longIntro.coverage().leftovers()).containsExactly(new Coverage.Leftover(1, intro));
        assertThat(longIntro.issue().items())
                .singleElement()
                .extracting(Item::body)
                .isEqualTo(intro + "\n\nIts text.");
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
        assertThat(parsed.coverage().leftovers())
                .containsExactly(new Coverage.Leftover(16, "Ein Absatz, den keine Regel kennt."));
        assertThat(parsed.issue().items().get(1).body()).isEqualTo("Ihr Text.\n\nEin Absatz, den keine Regel kennt.");
        assertThat(parsed.issue().items()).hasSize(3);
        assertThat(parsed.warnings()).contains("1 lines matched no rule and were kept with the item before them");
    }
}
