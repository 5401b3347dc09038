package de.nachlese.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Issue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameDiscoveryTest {

    private static final String ISSUE = """
            KW10 - Eine kleine Testausgabe

            Testbrief (BETA)

            Von Testautorin · 3. März 2025

            👋 Hallo! Diese Ausgabe gibt es nur für einen Test.

            🛠️ Zorbex wächst schneller als Nvidia

            Was ist passiert? Der Hersteller meldet für Zorbex 5 Mrd. Dollar Umsatz. Laut Hanna Quell wächst Zorbex in China.
            Auch die Zeitung sieht das so, und Hanna Quell bleibt Chefin. Die Zeitung lobt Nvidia.

            Das sind die weiteren News der Woche:

            🤖 Zorbex kauft zu: Das Startup Lumora Labs geht an Zorbex, sagt Hanna Quell.
            🔗 Lokalblatt

            Danke fürs Lesen!
            """;

    @Test
    void listsUncoveredNamesWithCountsAndAnExample() throws Exception {
        Issue issue = new IssueReader(FormatProfile.GERMAN_WEEKLY)
                .read("t.txt", ISSUE.getBytes(StandardCharsets.UTF_8))
                .issue();
        List<NameDiscovery.Candidate> candidates = new NameDiscovery(Tagger.bundled()).discover(List.of(issue), 2);
        // Nvidia is covered, "Zeitung" follows an article, "Mrd", "Dollar" and "China" are on the ignore list, the
        // first word of a sentence never counts ("Zorbex" in the headline, "Laut" before "Hanna Quell"), and
        // "Lumora Labs" is seen once only.
        assertThat(candidates)
                .containsExactly(
                        new NameDiscovery.Candidate("Hanna Quell", 3, "Laut Hanna Quell wächst Zorbex in China."),
                        new NameDiscovery.Candidate(
                                "Zorbex", 3, "Der Hersteller meldet für Zorbex 5 Mrd. Dollar Umsatz."));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NameDiscovery.print(candidates, 1, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                2 capitalised names not covered by the gazetteer (showing 1)
                    3  Hanna Quell                  Laut Hanna Quell wächst Zorbex in China.
                """);
    }
}
