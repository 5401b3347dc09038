package de.nachlese.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.model.Facet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins every displayed hit of a set of searches over the demo archive: the marked headline, the snippet and the whole
 * stored item, page by page. How hits are loaded and highlighted may change for speed; what a reader sees may not.
 * The expected file holds one SHA-256 per search of its rendering (the hits' text would be most of the archive);
 * a mismatch prints the rendering. After an intended change of the output, run with
 * {@code -Dnachlese.pin.write=src/test/resources/search/demo-hits.sha256} and review the diff of the renderings.
 */
@ConcurrentInMemory
class HitsPinTest {

    private static final String EXPECTED = "/search/demo-hits.sha256";
    private static DemoIndex demo;

    @BeforeAll
    static void index() throws IOException {
        demo = new DemoIndex();
    }

    @AfterAll
    static void close() throws IOException {
        demo.close();
    }

    @Test
    void displayedHitsAreThoseThatWerePinned() throws IOException {
        Map<String, String> renderings = new LinkedHashMap<>();
        for (SearchRequest request : requests()) {
            renderings.put(describe(request), render(demo.searcher.search(request)));
        }
        List<String> actual = new ArrayList<>();
        renderings.forEach((request, rendering) -> actual.add(request + "\t" + sha256(rendering)));
        String write = System.getProperty("nachlese.pin.write");
        if (write != null) {
            Files.write(Path.of(write), actual, StandardCharsets.UTF_8);
        }
        List<String> expected = expected();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String request = actual.get(i).substring(0, actual.get(i).indexOf('\t'));
            assertThat(actual.get(i))
                    .as("hits of %s, now rendered as:%n%s", request, renderings.get(request))
                    .isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSameSizeAs(expected);
    }

    @Test
    void renderingCoversMarksSnippetsAndStoredFields() throws IOException {
        String rendering = render(demo.searcher.search(SearchRequest.of("Stargate")));
        assertThat(rendering)
                .startsWith("total=")
                .contains("<mark>Stargate</mark>")
                .contains("item=Item[id=")
                .contains("issueTitle=")
                .contains("sources=[Source[");
        assertThat(expected()).hasSize(requests().size());
    }

    @Test
    void itemsReadWithTheVisitorEqualThoseOfTheLoadedDocuments() throws IOException {
        int compared = demo.searcher.read((searcher, schema) -> {
            int count = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    assertThat(schema.storedItem(stored, doc)).isEqualTo(schema.fromDocument(stored.document(doc)));
                    count++;
                }
            }
            return count;
        });
        assertThat(compared).isEqualTo(235);
    }

    /** Every query of the quality set, plus pages, sort orders, filters, dates, syntax and the match-all browse. */
    private static List<SearchRequest> requests() throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        try (InputStream in = HitsPinTest.class.getResourceAsStream("/quality/queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    requests.add(SearchRequest.of(line.substring(0, line.indexOf('\t'))));
                }
            }
        }
        for (String query : List.of(
                "\"Stargate UAE\"",
                "Musk OR Altman",
                "Musk -Tesla",
                "Nvidia Quartal Umsatz Aktie",
                "Sicherheitslücke",
                "der die das",
                "Milliarden Dollar",
                "\"500 Milliarden\"",
                "KI",
                "Zuckerburg Mta",
                "(Apple OR Google) AND KI",
                "\"nicht geschlossen")) {
            requests.add(SearchRequest.of(query));
        }
        requests.add(new SearchRequest("Musk", Map.of(), null, null, null, 2, 10));
        requests.add(new SearchRequest("KI", Map.of(), null, null, null, 1, 50));
        requests.add(new SearchRequest("Nvidia", Map.of(), null, null, SortOrder.NEWEST, 1, 10));
        requests.add(new SearchRequest("OpenAI", Map.of(), null, null, SortOrder.OLDEST, 3, 7));
        requests.add(
                new SearchRequest("Chips", Map.of(Facet.COMPANY, List.of("Nvidia", "AMD")), null, null, null, 1, 10));
        requests.add(new SearchRequest("", Map.of(Facet.TOPIC, List.of("KI")), null, null, null, 1, 10));
        requests.add(new SearchRequest(
                "Tesla",
                Map.of(),
                java.time.LocalDate.of(2025, 3, 1),
                java.time.LocalDate.of(2025, 5, 31),
                null,
                1,
                10));
        requests.add(SearchRequest.of(""));
        requests.add(new SearchRequest("", Map.of(), null, null, null, 3, 10));
        return requests;
    }

    private static String describe(SearchRequest request) {
        return "q=" + request.query() + " filters=" + request.filters() + " from=" + request.from() + " until="
                + request.until() + " sort=" + request.sort() + " page=" + request.page() + " size=" + request.size();
    }

    private static String render(SearchPage page) {
        StringBuilder out = new StringBuilder("total=" + page.total() + " notes=" + page.notes() + "\n");
        for (Hit hit : page.hits()) {
            out.append(hit.headlineHtml())
                    .append('\n')
                    .append(hit.snippetHtml())
                    .append('\n')
                    .append(hit.stored())
                    .append('\n');
        }
        return out.toString();
    }

    private static List<String> expected() throws IOException {
        try (InputStream in = HitsPinTest.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as(EXPECTED).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
