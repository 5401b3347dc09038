package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issues of newsletters whose layout drifted over the years (fixtures/drift/, written for this test): older rubric
 * names, counters, tips, special editions, other source forms, colons in headlines, lists, ads, calendars in other
 * forms, titles without "KW". Each NAME.txt has a NAME.expected with its exact items: type, headline, sources and
 * the issue date. An item is right when all four match at its position.
 */
class DriftFixturesTest {

    static final Path DRIFT = Path.of("src", "test", "resources", "fixtures", "drift");
    private final IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DRIFT)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** "type | headline | sources | date" per item, the form both sides are compared in. */
    static List<String> expected(Path fixture) throws IOException {
        Path file = Path.of(fixture.toString().replace(".txt", ".expected"));
        String date = null;
        List<String> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("date ")) {
                date = line.substring(5).strip();
                continue;
            }
            String[] parts = line.split("\\|", -1);
            items.add(parts[0].strip() + " | " + parts[1].strip() + " | " + parts[2].strip() + " | " + date);
        }
        return items;
    }

    static List<String> actual(Issue issue) {
        return issue.items().stream().map(item -> describe(item, issue)).toList();
    }

    private static String describe(Item item, Issue issue) {
        return item.type().id() + " | " + item.headline() + " | "
                + item.sources().stream().map(Source::outlet).collect(Collectors.joining(", ")) + " | " + issue.date();
    }

    @Test
    void atLeastThirtyFixturesThreePerClass() throws IOException {
        List<Path> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(30);
        for (String drift : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")) {
            assertThat(fixtures.stream().filter(p -> p.getFileName().toString().startsWith(drift + "")))
                    .as("fixtures of class " + drift)
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyFixtureSplitsIntoExactlyItsExpectedItems() throws Exception {
        int right = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        StringBuilder figures = new StringBuilder();
        for (Path fixture : fixtures()) {
            List<String> expected = expected(fixture);
            ParsedIssue parsed = reader.read(fixture.toString(), Files.readAllBytes(fixture));
            List<String> actual = actual(parsed.issue());
            int ok = 0;
            for (int i = 0; i < expected.size(); i++) {
                if (i < actual.size() && actual.get(i).equals(expected.get(i))) {
                    ok++;
                } else {
                    wrong.add(fixture.getFileName() + " #" + (i + 1) + ": expected " + expected.get(i) + ", got "
                            + (i < actual.size() ? actual.get(i) : "nothing"));
                }
            }
            if (actual.size() > expected.size()) {
                wrong.add(fixture.getFileName() + ": " + (actual.size() - expected.size()) + " extra items "
                        + actual.subList(expected.size(), actual.size()));
            }
            right += ok;
            total += Math.max(expected.size(), actual.size());
            figures.append(String.format(
                    Locale.ROOT,
                    "%-36s %2d/%2d items right, coverage %3.0f %%, %d leftovers, %d ad lines%n",
                    fixture.getFileName(),
                    ok,
                    Math.max(expected.size(), actual.size()),
                    100 * parsed.coverage().itemShare(),
                    parsed.coverage().leftovers().size(),
                    parsed.coverage().ads().size()));
        }
        System.out.printf(
                Locale.ROOT,
                "%sdrift fixtures: %d of %d items right (%.1f %%)%n",
                figures,
                right,
                total,
                100.0 * right / total);
        assertThat(wrong).isEmpty();
        assertThat(right).isEqualTo(total);
    }
}
