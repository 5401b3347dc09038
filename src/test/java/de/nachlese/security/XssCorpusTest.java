package de.nachlese.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every payload of the XSS corpus is placed into indexed items (headlines, bodies, outlet names) and sent as a
 * query. The server's HTML, parsed as a browser would, must hold no element a payload created, and headless
 * Chromium must never run one: {@code window.__xss} stays undefined on every page.
 */
// a context of its own (not @DemoServerTest): it serves an archive built from the XSS payloads, not the demo
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class XssCorpusTest {

    static final List<String> PAYLOADS = XssPayloads.all();
    static final int NEWS_PER_ISSUE = 8;
    static final int PAYLOADS_PER_ISSUE = NEWS_PER_ISSUE * 3 + 1;
    static final int ISSUES = (PAYLOADS.size() + PAYLOADS_PER_ISSUE - 1) / PAYLOADS_PER_ISSUE;
    static ChromeDriver driver;
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) throws Exception {
        Path archive = Files.createTempDirectory("nachlese-xss-archive");
        int next = 0;
        for (int issue = 0; issue < ISSUES; issue++) {
            LocalDate monday = LocalDate.of(2024, 1, 1).plusWeeks(issue);
            StringBuilder text = new StringBuilder();
            text.append("KW")
                    .append(issue + 1)
                    .append(" - Probe ")
                    .append(issue)
                    .append("\n\nXSS-Probe\n\nVon Test · ")
                    .append(monday.getDayOfMonth())
                    .append(". ")
                    .append(month(monday))
                    .append(" ")
                    .append(monday.getYear())
                    .append("\n\n👋 Hallo!\n\n🧪 Aufmacher xssprobe ")
                    .append(issue)
                    .append("\n\n")
                    .append("Der Aufmacher enthält xssprobe und ")
                    .append(payload(next++))
                    .append("\n\n")
                    .append("Das sind die weiteren News der Woche:\n\n");
            for (int news = 0; news < NEWS_PER_ISSUE; news++) {
                text.append("🤖 Meldung ")
                        .append(news)
                        .append(" xssprobe ")
                        .append(payload(next++))
                        .append(": Text xssprobe ")
                        .append(payload(next++))
                        .append("\n")
                        .append("🔗 ")
                        .append(payload(next++))
                        .append(" | heise\n\n");
            }
            Files.writeString(archive.resolve("probe-" + issue + ".txt"), text, StandardCharsets.UTF_8);
        }
        registry.add("nachlese.archive-dir", archive::toString);
        registry.add(
                "nachlese.index-dir",
                () -> archive.resolveSibling(archive.getFileName() + "-index").toString());
    }

    private static String payload(int index) {
        return PAYLOADS.get(index % PAYLOADS.size());
    }

    private static String month(LocalDate date) {
        return List.of(
                        "Januar",
                        "Februar",
                        "März",
                        "April",
                        "Mai",
                        "Juni",
                        "Juli",
                        "August",
                        "September",
                        "Oktober",
                        "November",
                        "Dezember")
                .get(date.getMonthValue() - 1);
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = de.nachlese.web.BrowserAccess.start();
    }

    @Test
    void theCorpusIsLargeAndEveryPayloadIsIndexed() throws Exception {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(500).doesNotHaveDuplicates();
        String json = get("/api/search?q=xssprobe&size=1");
        assertThat(((Number) JsonPath.read(json, "$.total")).intValue()).isEqualTo(ISSUES * (NEWS_PER_ISSUE + 1));
    }

    @Test
    void noPayloadBecomesMarkupInAnyPage() throws Exception {
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= (ISSUES * (NEWS_PER_ISSUE + 1) + 49) / 50; page++) {
            pages.add("/?q=xssprobe&size=50&page=" + page);
        }
        for (int issue = 0; issue < ISSUES; issue++) {
            pages.add("/issues/xss-probe-"
                    + LocalDate.of(2024, 1, 1)
                            .plusWeeks(issue)
                            .format(java.time.format.DateTimeFormatter.ofPattern(
                                    "YYYY-'w'ww", java.util.Locale.GERMANY)));
        }
        for (String path : pages) {
            Document html = Jsoup.parse(get(path));
            assertThat(html.select("[data-xss]")).as(path).isEmpty();
            assertThat(html.select("script:not([src])")).as(path).isEmpty();
        }
        List<String> snippets = JsonPath.read(get("/api/search?q=xssprobe&size=50"), "$.hits[*].snippet");
        assertThat(snippets)
                .hasSize(50)
                .allSatisfy(s -> assertThat(Jsoup.parseBodyFragment(s).select("[data-xss]"))
                        .isEmpty());
        for (String path : pages) {
            assertInert(path);
        }
    }

    @Test
    void noPayloadSentAsAQueryBecomesMarkup() throws Exception {
        List<Document> pages = fetchAndParse(PAYLOADS.stream()
                .map(payload -> "/?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8))
                .toList());
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            Document html = pages.get(i);
            assertThat(html.select("[data-xss]")).as(payload).isEmpty();
            assertThat(html.select("script:not([src])")).as(payload).isEmpty();
        }
        for (int i = 0; i < PAYLOADS.size(); i += 25) {
            assertInert("/?q=" + URLEncoder.encode(PAYLOADS.get(i), StandardCharsets.UTF_8));
        }
    }

    private void assertInert(String path) {
        driver.get("http://localhost:" + port + path);
        Object ran = ((JavascriptExecutor) driver)
                .executeScript("return [window.__xss === undefined, document.querySelectorAll('[data-xss]').length]");
        assertThat(ran).as(path).isEqualTo(List.of(true, 0L));
    }

    /**
     * The pages, fetched and parsed by as many threads as there are cores: one request leaves a core idle while the
     * other side works, and the server serves requests side by side as it does for readers.
     */
    private List<Document> fetchAndParse(List<String> paths) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Document>> pages = new ArrayList<>();
            for (String path : paths) {
                pages.add(pool.submit(() -> Jsoup.parse(get(path))));
            }
            List<Document> parsed = new ArrayList<>();
            for (Future<Document> page : pages) {
                parsed.add(page.get());
            }
            return parsed;
        } finally {
            pool.shutdownNow();
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
