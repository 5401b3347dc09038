package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two invented newsletters (tools/make-platform-fixtures.py) in every platform layout: each reads into the same
 * items through the heading profile, and the German weekly profile declines them with a reason in the warnings.
 */
class PlatformFixturesTest {

    private final IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);

    private static final List<String> GRID_NOTES_W10 = List.of(
            "grid-notes-2025-w10-heat-pumps-outsell-gas-boilers-in-a-cold-region",
            "grid-notes-2025-w10-sodium-batteries-reach-a-grid-pilot",
            "grid-notes-2025-w10-port-cranes-switch-to-shore-power");
    private static final List<String> GRID_NOTES_W11 = List.of(
            "grid-notes-2025-w11-offshore-wind-auction-draws-fewer-bids",
            "grid-notes-2025-w11-a-cement-plant-captures-its-own-carbon");
    private static final List<String> GARTENBRIEF_W15 = List.of(
            "gartenbrief-2025-w15-tomaten-erst-nach-den-eisheiligen-auspflanzen",
            "gartenbrief-2025-w15-kompost-richtig-mischen",
            "gartenbrief-2025-w15-wildbienen-brauchen-offene-bodenstellen");
    private static final List<String> GARTENBRIEF_W16 = List.of(
            "gartenbrief-2025-w16-schnecken-ohne-gift-fernhalten", "gartenbrief-2025-w16-rasen-seltener-maehen");

    @ParameterizedTest
    @CsvSource({
        "grid-notes/substack-page.html, HTML",
        "grid-notes/mailchimp.eml, EML",
        "grid-notes/mailchimp-plain.eml, EML",
        "grid-notes/kit.eml, EML"
    })
    void anEnglishIssueReadsTheSameFromPageAndEmails(String file, Format format) throws IOException {
        FileResult result = read(file);
        assertThat(result.format()).isEqualTo(format);
        assertThat(result.problems()).isEmpty();
        assertThat(itemIds(result)).containsExactlyElementsOf(GRID_NOTES_W10);
        Issue issue = result.issues().get(0).issue();
        assertThat(List.of(issue.publication(), issue.title(), issue.date()))
                .isEqualTo(List.of("Grid Notes", "Heat pumps take the lead", LocalDate.of(2025, 3, 3)));
        assertThat(issue.metadata()).containsEntry("profile", "headings");
        Item first = issue.items().get(0);
        assertThat(first.headline()).isEqualTo("Heat pumps outsell gas boilers in a cold region");
        assertThat(first.body())
                .startsWith("An installers' association in a northern region counted more heat pumps "
                        + "than gas boilers for the first time.");
        assertThat(first.sources())
                .containsExactly(new Source(
                        "Nordic Energy Desk", "https://nordic-energy-desk.example/heat-pumps-take-the-lead/1"));
        assertThat(result.issues().get(0).warnings())
                .first()
                .asString()
                .startsWith("read by the headings profile, not german-weekly: ");
    }

    @ParameterizedTest
    @CsvSource({
        "gartenbrief/substack-page.html, HTML",
        "gartenbrief/mailchimp.eml, EML",
        "gartenbrief/mailchimp-plain.eml, EML",
        "gartenbrief/kit.eml, EML"
    })
    void aGermanNonTechIssueReadsTheSameFromPageAndEmails(String file, Format format) throws IOException {
        FileResult result = read(file);
        assertThat(result.format()).isEqualTo(format);
        assertThat(result.problems()).isEmpty();
        assertThat(itemIds(result)).containsExactlyElementsOf(GARTENBRIEF_W15);
        Issue issue = result.issues().get(0).issue();
        assertThat(List.of(issue.publication(), issue.title(), issue.date()))
                .isEqualTo(List.of("Gartenbrief", "Die Saison beginnt", LocalDate.of(2025, 4, 7)));
        Item last = issue.items().get(2);
        assertThat(last.headline()).isEqualTo("Wildbienen brauchen offene Bodenstellen");
        assertThat(last.body())
                .startsWith("Viele Wildbienen nisten im Boden und finden in dicht bepflanzten Gärten keinen Platz.");
    }

    @ParameterizedTest
    @CsvSource({
        "grid-notes/grid-notes-ghost-export.json, GHOST_JSON",
        "grid-notes/grid-notes-posts.csv, BEEHIIV_CSV",
        "grid-notes/grid-notes-export.zip, BUTTONDOWN_ZIP"
    })
    void englishExportsSkipDraftsAndPages(String file, Format format) throws IOException {
        FileResult result = read(file);
        assertThat(result.format()).isEqualTo(format);
        assertThat(result.problems()).isEmpty();
        assertThat(itemIds(result)).containsExactlyElementsOf(concat(GRID_NOTES_W10, GRID_NOTES_W11));
        assertThat(result.issues()).extracting(p -> p.issue().publication()).containsOnly("Grid Notes");
        Item cement = result.issues().get(1).issue().items().get(1);
        assertThat(cement.headline()).isEqualTo("A cement plant captures its own carbon");
        assertThat(cement.body())
                .startsWith("A cement works started capturing part of the carbon dioxide from its kiln.");
    }

    @Test
    void ghostTagsGoIntoTheIssuesTagsMetadataInSortOrderWithoutInternalTags() throws IOException {
        FileResult result = read("grid-notes/grid-notes-ghost-export.json");
        assertThat(result.issues())
                .extracting(p -> p.issue().metadata().get("tags"))
                .containsExactly("Weekly, Heat pumps", "Weekly");
        FileResult csv = read("grid-notes/grid-notes-posts.csv");
        assertThat(csv.issues())
                .allSatisfy(p -> assertThat(p.issue().metadata()).doesNotContainKey("tags"));
    }

    @ParameterizedTest
    @CsvSource({
        "gartenbrief/gartenbrief-ghost-export.json, GHOST_JSON",
        "gartenbrief/gartenbrief-posts.csv, BEEHIIV_CSV",
        "gartenbrief/gartenbrief-export.zip, BUTTONDOWN_ZIP"
    })
    void germanExportsSkipDraftsAndPages(String file, Format format) throws IOException {
        FileResult result = read(file);
        assertThat(result.format()).isEqualTo(format);
        assertThat(result.problems()).isEmpty();
        assertThat(itemIds(result)).containsExactlyElementsOf(concat(GARTENBRIEF_W15, GARTENBRIEF_W16));
        assertThat(result.issues())
                .extracting(p -> p.issue().date())
                .containsExactly(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 14));
        Item lawn = result.issues().get(1).issue().items().get(1);
        assertThat(lawn.headline()).isEqualTo("Rasen seltener mähen");
        assertThat(lawn.body()).startsWith("Wer nur alle drei Wochen mäht, lässt Klee und Gänseblümchen blühen.");
    }

    @Test
    void brokenExportsAreReportedAndTheRestIsRead() throws IOException {
        FileResult ghost = read("broken/truncated-ghost-export.json");
        assertThat(ghost.issues()).isEmpty();
        assertThat(ghost.problems())
                .singleElement()
                .extracting(IngestProblem::reason)
                .asString()
                .startsWith("broken Ghost JSON export: Unexpected end-of-input");

        FileResult beehiiv = read("broken/grid-notes-posts.csv");
        assertThat(itemIds(beehiiv)).containsExactlyElementsOf(GRID_NOTES_W11);
        assertThat(beehiiv.problems())
                .extracting(IngestProblem::reason)
                .containsExactly(
                        "unreadable row, skipped: lines 2–8: text after a closing quote: \"<div class=\"\"rendered-post\"\"><\"");

        FileResult buttondown = read("broken/grid-notes-missing-email-export.zip");
        assertThat(itemIds(buttondown))
                .containsExactly(
                        "grid-notes-missing-email-2025-w10-heat-pumps-outsell-gas-boilers-in-a-cold-region",
                        "grid-notes-missing-email-2025-w10-sodium-batteries-reach-a-grid-pilot",
                        "grid-notes-missing-email-2025-w10-port-cranes-switch-to-shore-power");
        assertThat(buttondown.problems())
                .extracting(p -> p.origin().replaceAll("^[^!]*", ""), IngestProblem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "!emails/auction-season.md", "listed in emails.csv but missing from the ZIP"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private FileResult read(String name) throws IOException {
        String path = "/fixtures/platforms/" + name;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(path), path)) {
            return reader.readFile(name, in.readAllBytes());
        }
    }

    private static List<String> itemIds(FileResult result) {
        return result.issues().stream()
                .flatMap(p -> p.issue().items().stream())
                .map(Item::id)
                .toList();
    }
}
