package de.nachlese.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.tagging.TaggingEvaluation.Dimension;
import de.nachlese.tagging.TaggingEvaluation.Result;
import de.nachlese.tagging.TaggingEvaluation.Score;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Company tags on the drift fixtures, whose layouts (earnings calendars as lists, tables, single lines, times of day)
 * the demo archive does not have, against gold companies labelled by reading every item.
 */
class DriftTaggingTest {

    private static final Path DRIFT = Path.of("src", "test", "resources", "fixtures", "drift");
    private static final Tagger TAGGER = Tagger.bundled();

    @Test
    void companiesOnTheDriftSetMeetTheTargets() throws Exception {
        TaggingEvaluation evaluation;
        try (Reader in = new InputStreamReader(
                getClass().getResourceAsStream("/tagging/gold-drift-companies.tsv"), StandardCharsets.UTF_8)) {
            evaluation = new TaggingEvaluation().read(in, "gold-drift-companies.tsv");
        }
        Result result = evaluation.evaluate(TAGGER, driftIssues());
        Score companies = result.scores().get(Dimension.COMPANIES);
        System.out.printf(
                Locale.ROOT,
                "drift set, companies: %d items, precision %.3f, recall %.3f (TP %d, FP %d, FN %d)%n",
                result.items(),
                companies.precision(),
                companies.recall(),
                companies.truePositives(),
                companies.falsePositives(),
                companies.falseNegatives());
        assertThat(result.unmatchedKeys()).isEmpty();
        assertThat(result.items()).isEqualTo(106);
        assertThat(result.errors())
                .filteredOn(e -> e.dimension() == Dimension.COMPANIES)
                .isEmpty();
        assertThat(companies.truePositives()).isEqualTo(23);
        assertThat(companies.precision()).isEqualTo(1.0);
        assertThat(companies.recall()).isEqualTo(1.0);
    }

    @Test
    void aCalendarInAnyFormGivesItsCompaniesAmbiguousOrUnknownByName() {
        Item table = new Item(
                "t-1",
                1,
                de.nachlese.model.ItemType.EARNINGS,
                "",
                "Quartalszahlen der Woche",
                """
                | Datum | Unternehmen |
                |---|---|
                | 23.7. | Alphabet, Tesla |
                | 24.7. | Kleinfirma Holding |""",
                List.of(),
                de.nachlese.model.Tags.NONE);
        assertThat(TAGGER.tag(table, java.time.LocalDate.of(2024, 7, 22)).tags().companies())
                .containsExactlyInAnyOrder("Alphabet", "Tesla", "Kleinfirma Holding");
        Item times = new Item(
                "t-2",
                1,
                de.nachlese.model.ItemType.EARNINGS,
                "",
                "Termine der Woche",
                """
                Di 22:05 Uhr: Airbnb
                Mi 22:10 Uhr: Nintendo und Roblox
                • Disney (Do, nachbörslich)
                Alle Zeiten sind deutsche Zeit.""",
                List.of(),
                de.nachlese.model.Tags.NONE);
        assertThat(TAGGER.tag(times, java.time.LocalDate.of(2023, 11, 6)).tags().companies())
                .containsExactlyInAnyOrder("Airbnb", "Nintendo", "Roblox", "Disney");
    }

    private static List<Issue> driftIssues() throws Exception {
        IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);
        List<Issue> issues = new ArrayList<>();
        try (Stream<Path> files = Files.list(DRIFT)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                issues.add(
                        reader.read(file.toString(), Files.readAllBytes(file)).issue());
            }
        }
        return issues;
    }
}
