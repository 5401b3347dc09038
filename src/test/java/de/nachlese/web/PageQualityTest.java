package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import de.nachlese.DemoServerTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Accessibility (axe-core inside Chromium) and HTML validity (the Nu HTML Checker) of every kind of page, plus the
 * screenshots of the search page in light and dark mode and of an entity page, written to target/screenshots.
 */
@DemoServerTest
class PageQualityTest {

    static final String ITEM = "/items/wochenwerk-tech-2025-w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im";
    /** The item page as a reader reaches it from a search: the words of the search marked. */
    static final String MARKED_ITEM = ITEM + "?q=Stargate%20Abu%20Dhabi";

    static ChromeDriver driver;
    /** The Nu HTML Checker with its schema read, once for the class (see htmlErrors). */
    private static SimpleDocumentValidator nu;

    @LocalServerPort
    int port;

    /** axe-core as the axe-core Selenium library ships it. */
    static final String AXE_SOURCE = axeSource();

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start();
        // axe is loaded into every page of this tab as it opens, rather than sent over the driver (half a megabyte)
        // before each analysis; the fresh tab of the next class drops it
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
    }

    /**
     * axe's default rules plus the AAA contrast of 7:1 for text (4.5:1 for large text); full details of violations
     * only.
     */
    static final String AXE_OPTIONS =
            "{\"rules\":{\"color-contrast-enhanced\":{\"enabled\":true}},\"resultTypes\":[\"violations\"]}";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?q=Stargate&company=Oracle",
                ITEM,
                "/issues",
                "/issues/wochenwerk-tech-2025-w05",
                "/companies",
                "/companies/Nvidia",
                "/people/Elon%20Musk",
                "/topics/KI",
                "/no/such/page",
                MARKED_ITEM,
                "/companies/Nvidia?page=5",
                "/?q=Nvidai%20Xyzzyq&company=Oracle",
                "/earnings",
                "/facets/company?q=KI&contains=a"
            })
    void axeFindsNoViolations(String path) {
        assertThat(axeViolations(path)).as("axe violations on " + path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?q=Stargate&company=Oracle", ITEM, "/companies/Nvidia", "/no/such/page", MARKED_ITEM})
    void axeFindsNoViolationsInDarkMode(String path) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            assertThat(axeViolations(path))
                    .as("axe violations on " + path + " in dark mode")
                    .isEmpty();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private List<String> axeViolations(String path) {
        driver.get("http://localhost:" + port + path);
        Browser.awaitHtmx(driver);
        Results results = axe().analyze(driver);
        return results.getViolations().stream().map(rule -> describe(rule)).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?q=Stargate&company=Oracle",
                ITEM,
                "/issues",
                "/issues/wochenwerk-tech-2025-w05",
                "/companies",
                "/companies/Nvidia",
                "/people/Elon%20Musk",
                "/topics/KI",
                "/items/does-not-exist",
                "/no/such/page",
                MARKED_ITEM,
                "/companies/Nvidia?page=5&lang=en",
                "/?q=Nvidai%20Xyzzyq&company=Oracle",
                "/earnings",
                "/facets/company?q=KI&contains=a"
            })
    void theNuHtmlCheckerFindsNoErrors(String path) throws Exception {
        HttpResponse<byte[]> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept-Language", "de")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(htmlErrors(page.body())).as("HTML errors on " + path).isEmpty();
    }

    /** The checker as set up once for the class still reports what the parser and the schema find, page by page. */
    @Test
    void theNuHtmlCheckerReportsParserAndSchemaErrors() throws Exception {
        String head = "<!DOCTYPE html><html lang=\"de\"><head><title>t</title></head><body>";
        assertThat(htmlErrors((head + "<p>a</p></body></html>").getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(htmlErrors((head + "<img src=\"a.png\"></body></html>").getBytes(StandardCharsets.UTF_8)))
                .containsExactly("An “img” element must have an “alt” attribute, except under certain conditions."
                        + " For details, consult guidance on providing text alternatives for images.");
        assertThat(htmlErrors((head + "<div>a</p></div></body></html>").getBytes(StandardCharsets.UTF_8)))
                .containsExactly("No “p” element in scope but a “p” end tag seen.");
    }

    /**
     * The errors (fatal ones included) that the Nu HTML Checker reports for a page, set up as its
     * {@code EmbeddedValidator} sets itself up for one document. Reading the HTML schema is most of a check's time
     * (about 0.7 s against 0.04 s for the page), so the schema is read once for the class and the validator and
     * parsers are set up anew for each page.
     */
    private static synchronized List<String> htmlErrors(byte[] page) throws Exception {
        if (nu == null) {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new SystemErrErrorHandler());
            nu = validator;
        }
        List<String> errors = new ArrayList<>();
        nu.setUpValidatorAndParsers(
                new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {}

                    @Override
                    public void error(SAXParseException e) {
                        errors.add(e.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException e) {
                        errors.add(e.getMessage());
                    }
                },
                false,
                false);
        nu.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(page)));
        return errors;
    }

    @Test
    void screenshotsInLightAndDarkMode() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        driver.get("http://localhost:" + port + "/?q=Stargate");
        Browser.awaitHtmx(driver);
        Files.write(dir.resolve("search-light.png"), Browser.screenshot(driver));
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        driver.get("http://localhost:" + port + "/?q=Stargate");
        Files.write(dir.resolve("search-dark.png"), Browser.screenshot(driver));
        assertThat(driver.executeScript("return getComputedStyle(document.documentElement).backgroundColor"))
                .isEqualTo("rgb(20, 23, 29)");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        driver.get("http://localhost:" + port + "/companies/Nvidia");
        Files.write(dir.resolve("entity-nvidia.png"), Browser.screenshot(driver));
        assertThat(driver.executeScript("return getComputedStyle(document.documentElement).backgroundColor"))
                .isEqualTo("rgb(251, 251, 249)");
        assertThat(dir.resolve("search-light.png")).isNotEmptyFile();
    }

    @Test
    void zeroResultAndSearchPagesAtPhoneAndDesktopSizes() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        for (int[] size : new int[][] {{390, 844}, {1366, 900}}) {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", size[0] < 800));
            for (String[] page : new String[][] {
                {"zero", "/?q=Nvidai%20Xyzzyq&company=Oracle"},
                {"search-presets", "/?q=Stargate"},
                {"earnings", "/earnings"}
            }) {
                driver.get("http://localhost:" + port + page[1]);
                Browser.awaitHtmx(driver);
                Files.write(dir.resolve(page[0] + "-" + size[0] + ".png"), Browser.screenshot(driver));
                assertThat((Long) driver.executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .as("horizontal scroll on " + page[1] + " at " + size[0] + " px")
                        .isLessThanOrEqualTo(0L);
            }
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Every axe rule, run in the page itself: the pages have no frames, so the default frame-by-frame run (which
     * opens a second window to merge the frames' results) finds the same violations, only slower. Only violations are
     * read, so only they are reported node by node; passes and the like stay summaries.
     */
    private static AxeBuilder axe() {
        AxeBuilder axe = new AxeBuilder().setLegacyMode();
        axe.setOptions(AXE_OPTIONS);
        axe.setInjectAxe(PageQualityTest::injectAxeIfMissing, false);
        return axe;
    }

    private static String axeSource() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (Exception e) {
            throw new IllegalStateException("axe-core is not on the class path", e);
        }
    }

    /** The page has axe from the tab's start-up script; a page opened some other way gets it sent here. */
    private static void injectAxeIfMissing(WebDriver page) {
        JavascriptExecutor js = (JavascriptExecutor) page;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AXE_SOURCE);
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }
}
