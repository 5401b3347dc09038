package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled demo archive: every file reads cleanly and the archive has the breadth the demo promises. */
class DemoArchiveTest {

    static IngestReport report;
    static List<Issue> tagged;

    @BeforeAll
    static void read() throws IOException {
        report = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY)).read(BundledArchive.DEMO);
        Tagger tagger = Tagger.bundled();
        tagged = report.issues().stream().map(tagger::tag).toList();
    }

    @Test
    void everyFileReadsWithoutErrorsOrWarnings() {
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.duplicates()).isEmpty();
        assertThat(report.filesSeen()).isEqualTo(28);
        assertThat(report.issues()).hasSize(28);
    }

    @Test
    void manifestListsExactlyTheFilesOfTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/demo-archive"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("issues.lst"))
                    .sorted()
                    .toList();
            assertThat(BundledArchive.DEMO.manifest()).containsExactlyElementsOf(onDisk);
        }
    }

    @Test
    void theFolderIndexedFromTheCommandLineHoldsTheIssuesOnly() throws IOException {
        // `nachlese index src/main/resources/demo-archive` must not report the manifest as an unreadable issue
        assertThat(new FolderArchive(Path.of("src/main/resources/demo-archive")).files())
                .extracting(file -> Path.of(file.origin()).getFileName().toString())
                .containsExactlyElementsOf(BundledArchive.DEMO.manifest());
    }

    @Test
    void spansMoreThanSixMonthsOfWeeklyIssuesInBothFormats() {
        assertThat(report.issues())
                .extracting(Issue::date)
                .contains(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 7, 14));
        assertThat(report.issues()).allSatisfy(issue -> {
            assertThat(issue.publication()).isEqualTo("Wochenwerk Tech");
            assertThat(issue.metadata()).containsEntry("edition", "DEMO");
            assertThat(issue.date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        });
        assertThat(report.issues())
                .filteredOn(i -> i.metadata().get("format").equals("html"))
                .hasSize(6);
    }

    @Test
    void everyIssueHasLeadNewsChartAndListen() {
        assertThat(report.itemCount()).isGreaterThanOrEqualTo(180);
        assertThat(report.issues()).allSatisfy(issue -> {
            List<ItemType> types = issue.items().stream().map(Item::type).toList();
            assertThat(types.getFirst()).isEqualTo(ItemType.LEAD);
            assertThat(types).contains(ItemType.NEWS, ItemType.CHART, ItemType.LISTEN);
            assertThat(issue.items())
                    .filteredOn(i -> i.type() == ItemType.NEWS)
                    .allSatisfy(news -> assertThat(news.sources()).isNotEmpty());
        });
        assertThat(report.issues())
                .filteredOn(i -> i.items().getLast().type() == ItemType.EARNINGS)
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void storyLinesRecurAcrossWeeks() {
        assertThat(issuesMentioning("Stargate")).isGreaterThanOrEqualTo(4);
        assertThat(issuesTagged(item -> item.tags().people().contains("Elon Musk")))
                .isGreaterThanOrEqualTo(8);
        assertThat(issuesTagged(item -> item.tags().companies().contains("DeepSeek")))
                .isGreaterThanOrEqualTo(4);
        assertThat(issuesTagged(item -> item.tags().companies().contains("Nvidia")))
                .isGreaterThanOrEqualTo(8);
        assertThat(issuesTagged(item -> item.tags().companies().contains("Meta")))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void atLeastSixtyDistinctCompaniesAreTagged() {
        long companies = tagged.stream()
                .flatMap(i -> i.items().stream())
                .map(item -> item.tags().companies())
                .flatMap(Collection::stream)
                .distinct()
                .count();
        assertThat(companies).isGreaterThanOrEqualTo(60);
    }

    private long issuesMentioning(String word) {
        return report.issues().stream()
                .filter(i -> i.items().stream()
                        .anyMatch(item ->
                                item.body().contains(word) || item.headline().contains(word)))
                .count();
    }

    private long issuesTagged(java.util.function.Predicate<Item> test) {
        return tagged.stream().filter(i -> i.items().stream().anyMatch(test)).count();
    }
}
