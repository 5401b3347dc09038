package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.DemoServerTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader in headless Chromium: types a query, sees results swap in without a page load, ticks a facet, and the
 * URL carries the whole state. Skipped where Chromium is not installed; CI installs it.
 */
@DemoServerTest
class BrowserSearchTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start();
    }

    @Test
    void typingSwapsInResultsAndAFacetNarrowsThem() {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Browser.WAIT);
        Browser.awaitHtmx(driver);
        // a marker on the window survives htmx swaps but not a full page load
        ((JavascriptExecutor) driver).executeScript("window.nachleseMarker = 42");

        driver.findElement(By.id(WebPaths.QUERY_INPUT_ID)).sendKeys("Stargate");
        wait.until(d -> d.getCurrentUrl().endsWith("/?q=Stargate"));
        wait.until(d -> !d.findElements(By.cssSelector(".hit-headline mark, .snippet mark"))
                .isEmpty());
        String countBefore = driver.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText();
        assertThat(countBefore).matches("\\d+ Treffer · 1–10");
        assertThat(marker()).isEqualTo(42L);

        WebElement oracle = driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Oracle]"));
        oracle.click();
        wait.until(d -> d.getCurrentUrl().contains("company=Oracle"));
        wait.until(
                d -> !d.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText().equals(countBefore));
        assertThat(driver.getCurrentUrl()).endsWith("/?q=Stargate&company=Oracle");
        assertThat(marker()).isEqualTo(42L);
        assertThat(driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Oracle]"))
                        .isSelected())
                .isTrue();
        List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
        assertThat(hits)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.findElements(By.cssSelector(".chip.company")).stream()
                                .map(WebElement::getText))
                        .contains("Oracle"));
        int narrowed = Integer.parseInt(
                driver.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText().split(" ")[0]);
        assertThat(narrowed).isLessThan(Integer.parseInt(countBefore.split(" ")[0]));

        // a shared link renders the same state as a full page
        driver.get(driver.getCurrentUrl());
        assertThat(driver.findElement(By.id(WebPaths.QUERY_INPUT_ID)).getAttribute("value"))
                .isEqualTo("Stargate");
        assertThat(driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Oracle]"))
                        .isSelected())
                .isTrue();
        assertThat(Integer.parseInt(driver.findElement(By.id(WebPaths.RESULT_COUNT_ID))
                        .getText()
                        .split(" ")[0]))
                .isEqualTo(narrowed);
    }

    @Test
    void valuesOfOneFacetAreOrAndTheOtherCountsStay() {
        driver.get("http://localhost:" + port + "/?q=Stargate");
        Browser.awaitHtmx(driver);
        WebDriverWait wait = new WebDriverWait(driver, Browser.WAIT);
        int oracleCount = facetCount("company", "Oracle");
        int microsoftCount = facetCount("company", "Microsoft");
        click("fieldset[data-facet=company] input[value=Oracle]");
        wait.until(d -> d.getCurrentUrl().endsWith("company=Oracle"));
        int oracleOnly = total();
        assertThat(oracleOnly).isEqualTo(oracleCount);
        // drill sideways: Microsoft still shows what it would add on its own
        assertThat(facetCount("company", "Microsoft")).isEqualTo(microsoftCount);
        click("fieldset[data-facet=company] input[value=Microsoft]");
        wait.until(d -> d.getCurrentUrl().endsWith("company=Oracle&company=Microsoft"));
        wait.until(d -> total() > oracleOnly);
        assertThat(total()).isLessThanOrEqualTo(oracleCount + microsoftCount);
        assertThat(facetCount("company", "Oracle")).isEqualTo(oracleCount);

        // back restores the previous state, URL and page alike
        driver.navigate().back();
        wait.until(d -> d.getCurrentUrl().endsWith("/?q=Stargate&company=Oracle"));
        wait.until(d -> total() == oracleOnly);
        assertThat(driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Microsoft]"))
                        .isSelected())
                .isFalse();
    }

    @Test
    void aTimelineBarSetsTheDateRangeOfItsWeek() {
        driver.get("http://localhost:" + port + "/?q=Stargate");
        Browser.awaitHtmx(driver);
        WebElement bar = driver.findElement(By.cssSelector(".timeline a"));
        String href = bar.getDomAttribute("href");
        assertThat(href).isEqualTo("/?q=Stargate&from=2025-01-20&until=2025-01-26");
        driver.findElement(By.cssSelector(".timeline a rect")).click();
        new WebDriverWait(driver, Browser.WAIT).until(d -> d.getCurrentUrl().endsWith(href));
        new WebDriverWait(driver, Browser.WAIT)
                .until(d -> d.findElement(By.cssSelector(".active-filters"))
                        .getText()
                        .contains("Zeitraum: 20.01.2025 – 26.01.2025"));
        assertThat(driver.findElements(By.cssSelector(".hit .week")))
                .isNotEmpty()
                .allSatisfy(week -> assertThat(week.getText()).isEqualTo("KW 4 · 20.01.2025"));
    }

    @Test
    void aTimelineBarSwapsInItsWeekWithoutReloadingThePage() {
        driver.get("http://localhost:" + port + "/?q=Stargate");
        Browser.awaitHtmx(driver);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.notReloaded = true");
        driver.findElement(By.cssSelector(".timeline a rect")).click();
        new WebDriverWait(driver, Browser.WAIT)
                .until(d -> d.getCurrentUrl().endsWith("/?q=Stargate&from=2025-01-20&until=2025-01-26"));
        new WebDriverWait(driver, Browser.WAIT)
                .until(d -> d.findElement(By.cssSelector(".active-filters"))
                        .getText()
                        .contains("Zeitraum: 20.01.2025 – 26.01.2025"));
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return window.notReloaded === true"))
                .isEqualTo(true);
    }

    @Test
    void anEntityPageDrawsItsTimelineAndLeadsToTheWeeksItems() {
        driver.get("http://localhost:" + port + "/companies/Nvidia");
        List<WebElement> bars = driver.findElements(By.cssSelector(".timeline rect.bar"));
        assertThat(bars).hasSizeGreaterThanOrEqualTo(20);
        driver.findElement(By.cssSelector(".timeline a rect.bar")).click();
        new WebDriverWait(driver, Browser.WAIT)
                .until(d -> d.getCurrentUrl().contains("company=Nvidia&from=2025-01-06"));
        assertThat(driver.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText())
                .matches("\\d+ Treffer · 1–\\d+");
    }

    @Test
    void withoutJavaScriptTheFormStillWorks() throws Exception {
        // the shared browser with script execution switched off for this tab, rather than a second Chromium
        Browser.javaScript(driver, false);
        try {
            WebDriver noJs = driver;
            noJs.get("http://localhost:" + port + "/");
            assertThat(((JavascriptExecutor) noJs).executeScript("return typeof htmx"))
                    .as("the page's own scripts did not run")
                    .isEqualTo("undefined");
            noJs.findElement(By.id(WebPaths.QUERY_INPUT_ID)).sendKeys("Stargate");
            noJs.findElement(By.cssSelector(".searchbar button[type=submit]")).click();
            new WebDriverWait(noJs, Browser.WAIT).until(d -> d.getCurrentUrl().contains("q=Stargate"));
            int all = Integer.parseInt(
                    noJs.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText().split(" ")[0]);
            noJs.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Oracle]"))
                    .click();
            noJs.findElement(By.cssSelector(".searchbar button[type=submit]")).click();
            new WebDriverWait(noJs, Browser.WAIT).until(d -> d.getCurrentUrl().contains("company=Oracle"));
            int narrowed = Integer.parseInt(
                    noJs.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText().split(" ")[0]);
            assertThat(narrowed).isPositive().isLessThan(all);
        } finally {
            Browser.javaScript(driver, true);
        }
    }

    @Test
    void longFacetListsCanBeFilteredWithoutSearching() {
        driver.get("http://localhost:" + port + "/");
        Browser.awaitHtmx(driver);
        String url = driver.getCurrentUrl();
        WebElement box = driver.findElement(By.cssSelector("fieldset[data-facet=company] .facet-filter"));
        box.sendKeys("nvi");
        // the list is filtered at once on the page, then replaced by the server's matches over all values: read it
        // once the server's list is in
        new WebDriverWait(driver, Browser.WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("fieldset[data-facet=company] .facet-found"))
                        .isEmpty());
        List<String> visible = driver.findElements(By.cssSelector("fieldset[data-facet=company] li")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
        assertThat(visible).hasSize(1).first().asString().startsWith("Nvidia");
        box.sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(driver.getCurrentUrl()).isEqualTo(url);
    }

    @Test
    void aPermalinkLeadsToEarlierCoverageAndAlongItsStory() {
        driver.get("http://localhost:" + port
                + "/items/wochenwerk-tech-2025-w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im");
        WebElement earlier = driver.findElement(By.cssSelector(".related.earlier li a"));
        String target = earlier.getDomAttribute("href");
        earlier.click();
        new WebDriverWait(driver, Browser.WAIT).until(d -> d.getCurrentUrl().endsWith(target));
        assertThat(target).matches("/items/wochenwerk-tech-2025-w(0[2-9]|1\\d|20)-.*");
        driver.get("http://localhost:" + port
                + "/items/wochenwerk-tech-2025-w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im");
        driver.findElement(By.cssSelector(".thread-nav a[rel=next]")).click();
        new WebDriverWait(driver, Browser.WAIT)
                .until(d -> d.getCurrentUrl()
                        .endsWith("/items/wochenwerk-tech-2025-w28-stargate-bekommt-4-5-gigawatt-mehr"));
    }

    @Test
    void typingOffersCompletions() {
        driver.get("http://localhost:" + port + "/");
        Browser.awaitHtmx(driver);
        driver.findElement(By.id(WebPaths.QUERY_INPUT_ID)).sendKeys("Nvi");
        new WebDriverWait(driver, Browser.WAIT)
                .until(d -> !d.findElements(By.cssSelector("#suggestions option[value=Nvidia]"))
                        .isEmpty());
    }

    private void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    private int facetCount(String facet, String value) {
        return Integer.parseInt(driver.findElement(
                        By.cssSelector("fieldset[data-facet=" + facet + "] input[value=" + value + "] ~ .count"))
                .getText());
    }

    private int total() {
        return Integer.parseInt(
                driver.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText().split(" ")[0]);
    }

    @Test
    void pagesRunUnderTheContentSecurityPolicyWithoutViolations() {
        for (String path : List.of("/?q=Musk", "/companies/Nvidia", "/issues/wochenwerk-tech-2025-w05")) {
            driver.get("http://localhost:" + port + path);
            Browser.awaitHtmx(driver);
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
