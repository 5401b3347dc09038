package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.Source;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The same issue as a saved web page (the demo archive's KW 8) and as plain text (a twin in the test resources)
 * yields the same items; only the HTML knows link URLs.
 */
class HtmlTextTwinTest {

    private final IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);

    @Test
    void htmlAndTextGiveTheSameItems() throws Exception {
        ParsedIssue html = reader.read("demo-archive/kw08.html", resource("/demo-archive/wochenwerk-2025-kw08.html"));
        ParsedIssue text = reader.read("twins/kw08.txt", resource("/twins/wochenwerk-2025-kw08.txt"));
        assertThat(html.warnings()).isEmpty();
        assertThat(text.warnings()).isEmpty();
        Issue h = html.issue();
        Issue t = text.issue();
        assertThat(h.id()).isEqualTo(t.id()).isEqualTo("wochenwerk-tech-2025-w08");
        assertThat(h.title()).isEqualTo(t.title());
        assertThat(h.date()).isEqualTo(t.date());
        assertThat(h.items()).hasSize(9);
        assertThat(h.items())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("sources")
                .containsExactlyElementsOf(t.items());
        for (int i = 0; i < h.items().size(); i++) {
            assertThat(h.items().get(i).sources())
                    .extracting(Source::outlet)
                    .containsExactlyElementsOf(t.items().get(i).sources().stream()
                            .map(Source::outlet)
                            .toList());
        }
    }

    @Test
    void htmlKeepsSourceUrlsAndDropsPageChrome() throws Exception {
        Issue h = reader.read("demo-archive/kw08.html", resource("/demo-archive/wochenwerk-2025-kw08.html"))
                .issue();
        assertThat(h.items())
                .filteredOn(item -> !item.sources().isEmpty())
                .allSatisfy(item -> assertThat(item.sources())
                        .allSatisfy(s -> assertThat(s.url()).startsWith("https://")));
        String all = String.join("\n", h.items().stream().map(Item::body).toList());
        assertThat(all)
                .doesNotContain("Abonnieren")
                .doesNotContain("Abmelden")
                .doesNotContain("trackOpen")
                .doesNotContain("font-family");
        assertThat(h.metadata()).containsEntry("format", "html");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlTextTwinTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
