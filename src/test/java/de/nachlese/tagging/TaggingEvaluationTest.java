package de.nachlese.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.tagging.TaggingEvaluation.Dimension;
import de.nachlese.tagging.TaggingEvaluation.Result;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tagger against the hand-labelled gold set (151 demo items, plus the 9 items of the real fixture when it is
 * present), and the real fixture's lead and Threads items in particular.
 */
class TaggingEvaluationTest {

    static final Path FIXTURE = Path.of("..", "shared", "fixtures", "real", "doppelgaenger-2025-kw05.txt");
    static final Tagger TAGGER = Tagger.bundled();
    static List<Issue> demo;

    @BeforeAll
    static void readDemo() throws Exception {
        demo = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY), 20_000_000)
                .read(BundledArchive.DEMO)
                .issues();
    }

    @Test
    void demoGoldSetMeetsTheTargets() throws Exception {
        TaggingEvaluation evaluation = gold("gold-demo.tsv");
        assertThat(evaluation.goldItems()).isEqualTo(151);
        Result result = evaluation.evaluate(TAGGER, demo);
        assertThat(result.unmatchedKeys()).isEmpty();
        assertThat(result.items()).isEqualTo(151);
        assertTargets(result);
    }

    @Test
    void wholeGoldSetWithTheRealFixtureMeetsTheTargets() throws Exception {
        Issue fixture = fixture();
        TaggingEvaluation evaluation = gold("gold-demo.tsv");
        try (Reader in = resource("gold-real-fixture.tsv")) {
            evaluation.read(in, "gold-real-fixture.tsv");
        }
        List<Issue> issues = new ArrayList<>(demo);
        issues.add(fixture);
        Result result = evaluation.evaluate(TAGGER, issues);
        assertThat(result.unmatchedKeys()).isEmpty();
        assertThat(result.items()).isEqualTo(160);
        assertTargets(result);
    }

    @Test
    void realLeadStoryCarriesItsCompaniesAndPeople() throws Exception {
        Item lead = TAGGER.tag(fixture()).items().get(0);
        assertThat(lead.tags().companies()).contains("OpenAI", "Oracle", "SoftBank", "Microsoft", "Meta");
        assertThat(lead.tags().people())
                .contains("Donald Trump", "Sam Altman", "Larry Ellison", "Masayoshi Son", "Elon Musk");
    }

    @Test
    void realThreadsItemIsMetaAndNotX() throws Exception {
        Item threads = TAGGER.tag(fixture()).items().stream()
                .filter(item -> item.tags().products().contains("Threads"))
                .findFirst()
                .orElseThrow();
        assertThat(threads.tags().companies()).containsExactly("Meta");
        assertThat(threads.tags().topics()).contains("Social Media");
    }

    @Test
    void realCalendarCompaniesStayOnTheEarningsItem() throws Exception {
        List<Item> items = TAGGER.tag(fixture()).items();
        Item earnings = items.get(items.size() - 1);
        assertThat(earnings.tags().earnings()).hasSize(21);
        assertThat(earnings.tags().companies())
                .hasSize(21)
                .contains("Logitech", "General Motors", "Visa", "Exxon Mobil");
        for (Item other : items.subList(0, items.size() - 1)) {
            assertThat(other.tags().companies())
                    .doesNotContain("Logitech", "LendingClub", "Atlassian", "Starbucks", "Boeing");
        }
    }

    private static void assertTargets(Result result) {
        assertThat(result.scores().get(Dimension.COMPANIES).precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.scores().get(Dimension.COMPANIES).recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.scores().get(Dimension.PEOPLE).precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.scores().get(Dimension.PEOPLE).recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.scores().get(Dimension.TOPICS).precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(result.scores().get(Dimension.TOPICS).recall()).isGreaterThanOrEqualTo(0.80);
    }

    private static TaggingEvaluation gold(String name) throws Exception {
        try (Reader in = resource(name)) {
            return new TaggingEvaluation().read(in, name);
        }
    }

    private static Reader resource(String name) {
        return new InputStreamReader(
                TaggingEvaluationTest.class.getResourceAsStream("/tagging/" + name), StandardCharsets.UTF_8);
    }

    private static Issue fixture() throws Exception {
        assumeTrue(Files.isRegularFile(FIXTURE), "real fixture absent at " + FIXTURE.toAbsolutePath() + ", skipped");
        return new IssueReader(FormatProfile.GERMAN_WEEKLY)
                .read(FIXTURE.getFileName().toString(), Files.readAllBytes(FIXTURE))
                .issue();
    }
}
