package de.nachlese.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reader in headless Chromium: types a query, sees results swap in without a page load, ticks a facet, and the
 * URL carries the whole state. Skipped where Chromium is not installed; CI installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSearchTest {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static WebDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void indexDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("nachlese-browser-test");
        registry.add("nachlese.index-dir", dir::toString);
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium or chromedriver not installed at /usr/bin; skipping the browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("nachlese-chromium"));
        // the reader of this test reads German, whatever the machine's locale
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "de-DE,de"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void typingSwapsInResultsAndAFacetNarrowsThem() {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return typeof htmx !== 'undefined'").equals(Boolean.TRUE));
        // a marker on the window survives htmx swaps but not a full page load
        ((JavascriptExecutor) driver).executeScript("window.nachleseMarker = 42");

        driver.findElement(By.id(WebPaths.QUERY_INPUT_ID)).sendKeys("Stargate");
        wait.until(d -> d.getCurrentUrl().endsWith("/?q=Stargate"));
        wait.until(d -> !d.findElements(By.cssSelector(".hit-headline mark, .snippet mark")).isEmpty());
        String countBefore = driver.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText();
        assertThat(countBefore).matches("\\d+ Treffer · 1–10");
        assertThat(marker()).isEqualTo(42L);

        WebElement oracle = driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Oracle]"));
        oracle.click();
        wait.until(d -> d.getCurrentUrl().contains("company=Oracle"));
        wait.until(d -> !d.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText().equals(countBefore));
        assertThat(driver.getCurrentUrl()).endsWith("/?q=Stargate&company=Oracle");
        assertThat(marker()).isEqualTo(42L);
        assertThat(driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Oracle]")).isSelected()).isTrue();
        List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
        assertThat(hits).isNotEmpty().allSatisfy(hit ->
                assertThat(hit.findElements(By.cssSelector(".chip.company")).stream().map(WebElement::getText)).contains("Oracle"));
        int narrowed = Integer.parseInt(driver.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText().split(" ")[0]);
        assertThat(narrowed).isLessThan(Integer.parseInt(countBefore.split(" ")[0]));

        // a shared link renders the same state as a full page
        driver.get(driver.getCurrentUrl());
        assertThat(driver.findElement(By.id(WebPaths.QUERY_INPUT_ID)).getAttribute("value")).isEqualTo("Stargate");
        assertThat(driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Oracle]")).isSelected()).isTrue();
        assertThat(Integer.parseInt(driver.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText().split(" ")[0])).isEqualTo(narrowed);
    }

    @Test
    void pagesRunUnderTheContentSecurityPolicyWithoutViolations() {
        for (String path : List.of("/?q=Musk", "/companies/Nvidia", "/issues/wochenwerk-tech-2025-w05")) {
            driver.get("http://localhost:" + port + path);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                    ((JavascriptExecutor) d).executeScript("return typeof htmx !== 'undefined'").equals(Boolean.TRUE));
        }
        List<String> problems = driver.manage().logs().get("browser").getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .filter(message -> message.contains("Content Security Policy") || message.contains("SEVERE"))
                .toList();
        assertThat(problems).isEmpty();
    }

    private Object marker() {
        return ((JavascriptExecutor) driver).executeScript("return window.nachleseMarker");
    }
}
