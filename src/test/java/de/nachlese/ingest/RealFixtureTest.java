package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real issue in ../shared/fixtures/real/ must split into exactly its nine items. The fixture's text stays outside
 * the project: the test reads it in place and is skipped where it is absent.
 */
class RealFixtureTest {

    static final Path FIXTURE = Path.of("..", "shared", "fixtures", "real", "doppelgaenger-2025-kw05.txt");
    static Issue issue;
    static List<String> warnings;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(Files.exists(FIXTURE), "real fixture not found at " + FIXTURE.toAbsolutePath() + "; skipping");
        ParsedIssue parsed =
                new IssueReader(FormatProfile.GERMAN_WEEKLY).read(FIXTURE.toString(), Files.readAllBytes(FIXTURE));
        issue = parsed.issue();
        warnings = parsed.warnings();
    }

    @Test
    void issueMetadata() {
        assertThat(issue.publication()).isEqualTo("Doppelgänger Update");
        assertThat(issue.metadata())
                .containsEntry("edition", "BETA")
                .containsEntry("author", "Philipp Klöckner")
                .containsEntry("weekLabel", "KW5")
                .containsEntry("format", "text");
        assertThat(issue.title()).isEqualTo("Train, Baby, Train!");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2025, 1, 27));
        assertThat(issue.week()).isEqualTo(new IsoWeek(2025, 5));
        assertThat(issue.id()).isEqualTo("doppelgaenger-update-2025-w05");
        assertThat(warnings).isEmpty();
    }

    @Test
    void exactlyNineItemsInOrder() {
        assertThat(issue.items())
                .extracting(Item::type)
                .containsExactly(
                        ItemType.LEAD,
                        ItemType.NEWS,
                        ItemType.NEWS,
                        ItemType.NEWS,
                        ItemType.NEWS,
                        ItemType.NEWS,
                        ItemType.CHART,
                        ItemType.LISTEN,
                        ItemType.EARNINGS);
        assertThat(issue.items()).extracting(Item::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        // Prefixes and suffixes only: the fixture's sentences must not be copied into the project.
        List<String> headlines = issue.items().stream().map(Item::headline).toList();
        assertThat(headlines.get(0)).isEqualTo("Train, Baby, Train! Trumps Mega-Investition in KI");
        assertThat(headlines.get(1)).isEqualTo("OpenAI launcht Operator");
        assertThat(headlines.get(2)).isEqualTo("Elon Musk empört mit weiterem AfD Support");
        assertThat(headlines.get(3)).isEqualTo("Krypto-Hardware Gründer entführt und freigelassen");
        assertThat(headlines.get(4)).isEqualTo("Perplexity justiert TikTok-Angebot nach");
        assertThat(headlines.get(5)).isEqualTo("Meta bringt Werbung zu Threads");
        assertThat(headlines.get(6))
                .startsWith("Wie eine Chinesische KI-Firma")
                .endsWith("zum beben bringt…")
                .hasSize(66);
        assertThat(headlines.get(7))
                .startsWith("Tech & Tales zu")
                .endsWith("und KI (ca. 30 min)")
                .hasSize(44);
        assertThat(headlines.get(8)).isEqualTo("Quartalsergebnisse der Woche");
        assertThat(issue.items())
                .extracting(Item::emoji)
                .containsExactly("🛠️", "🤖", "💩", "👍", "🪭", "💰", "", "🎧", "🖨️");
    }

    @Test
    void leadRunsThroughTheQuoteAndStopsBeforeTheNewsMarker() {
        Item lead = issue.items().getFirst();
        assertThat(lead.body()).startsWith("Was ist passiert? Am Dienstag");
        assertThat(lead.body()).contains("“The largest AI infrastructure project in history.”");
        assertThat(lead.body()).endsWith("über das Stargate Projekt").contains("\n\nDonald J. Trump - ");
        assertThat(lead.body()).doesNotContain("Das sind die weiteren News").doesNotContain("Hallo!");
        assertThat(lead.body().split("\n\n")).hasSize(9);
        assertThat(lead.sources()).isEmpty();
    }

    @Test
    void sourcesLinesBecomeOutlets() {
        assertThat(outlets(1)).containsExactly("OpenAI", "heise");
        assertThat(outlets(2)).containsExactly("Spiegel", "Stern");
        assertThat(outlets(3)).containsExactly("Sifted");
        assertThat(outlets(4)).containsExactly("CNBC");
        assertThat(outlets(5)).containsExactly("The Information");
        assertThat(outlets(6)).containsExactly("WSJ", "MIT Tech Review", "Wired");
        assertThat(outlets(7)).containsExactly("Spotify", "Apple");
        assertThat(outlets(8)).isEmpty();
        assertThat(issue.items().get(1).sources()).extracting(Source::url).containsOnlyNulls();
    }

    @Test
    void newsBodyIsTheTextAfterTheHeadline() {
        Item operator = issue.items().get(1);
        assertThat(operator.body()).startsWith("Der lang erwartete Browser Agent von OpenAI");
        assertThat(operator.body()).doesNotContain("🔗");
    }

    @Test
    void chartBodyHasBothParagraphs() {
        Item chart = issue.items().get(6);
        assertThat(chart.body().split("\n\n")).hasSize(2);
        assertThat(chart.body()).contains("DeepSeek R1").doesNotContain("🔗");
    }

    @Test
    void earningsHoldExactlyTheWeekdayLines() {
        Item earnings = issue.items().get(8);
        assertThat(earnings.body().lines().toList())
                .hasSize(5)
                .allMatch(line -> line.matches("^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag) \\d+\\. Januar: .*"));
        assertThat(earnings.body()).endsWith("Freitag 31. Januar: ExxonMobil (AMC)");
    }

    @Test
    void greetingThanksAndFooterAreNoItems() {
        String all = String.join(
                "\n",
                issue.items().stream().map(i -> i.headline() + "\n" + i.body()).toList());
        assertThat(all)
                .doesNotContain("Abonnent")
                .doesNotContain("1.31M Wörter")
                .doesNotContain("Dieser Newsletter wird")
                .doesNotContain("Feedback")
                .doesNotContain("rp_refer_url");
    }

    @Test
    void noBreakSpacesAreNormalised() {
        assertThat(issue.items()).allSatisfy(item -> {
            assertThat(item.body()).doesNotContain("\u00A0");
            assertThat(item.headline()).doesNotContain("\u00A0");
        });
    }

    @Test
    void itemIdsAreSlugsOfIssueAndHeadline() {
        assertThat(issue.items().get(1).id()).isEqualTo("doppelgaenger-update-2025-w05-openai-launcht-operator");
        assertThat(issue.items().get(8).id()).isEqualTo("doppelgaenger-update-2025-w05-quartalsergebnisse-der-woche");
        assertThat(issue.items().get(6).id())
                .startsWith("doppelgaenger-update-2025-w05-wie-eine-chinesische-ki-firma-")
                .hasSize(88);
    }

    private List<String> outlets(int index) {
        return issue.items().get(index).sources().stream().map(Source::outlet).toList();
    }
}
