package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.DemoServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a reader meets first, in headless Chromium at phone (390×844, and 320 px) and desktop (1366×900) sizes: no
 * error notice on arrival, no sideways scrolling, the first result on the phone's first screen, typing that finds
 * by prefix without filling the history, focus kept across swaps. Also writes the screenshots of every page type at
 * both sizes in light and dark mode to target/screenshots.
 */
@DemoServerTest
class FirstContactBrowserTest {

    static final String ITEM = "/items/wochenwerk-tech-2025-w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im";
    static final String ISSUE = "/issues/wochenwerk-tech-2025-w05";
    static final String ENTITY = "/companies/Nvidia";
    static final String NOT_FOUND = "/items/does-not-exist";
    /** One page of each type, named for its screenshot. */
    static final Map<String, String> PAGES = Map.of(
            "search",
            "/?q=Stargate",
            "home",
            "/",
            "item",
            ITEM,
            "issue",
            ISSUE,
            "issues",
            "/issues",
            "entity",
            ENTITY,
            "companies",
            "/companies",
            "not-found",
            NOT_FOUND,
            "unknown-path",
            "/no/such/page",
            "item-marked",
            ITEM + "?q=Stargate%20Abu%20Dhabi");

    static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start();
    }

    @AfterEach
    void desktopAndLightAgain() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?company=Nvidia", "/?sort=newest", "/?q="})
    void noNoticeGreetsAReaderWithoutAQuery(String path) {
        open(path);
        assertThat(driver.findElements(By.cssSelector(".notice"))).as(path).isEmpty();
        assertThat(driver.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText())
                .endsWith("Treffer · 1–10");
    }

    /** Each page is loaded once and then resized: the layout, and the drawer's state, follow the viewport. */
    @Test
    void noPageScrollsSidewaysOnAPhoneOrTheDesktop() {
        for (String path : List.of(
                "/?q=Stargate",
                "/?q=Stargate&company=Oracle",
                ITEM,
                ITEM + "?q=Stargate%20Abu%20Dhabi",
                ISSUE,
                ENTITY,
                NOT_FOUND,
                "/no/such/page",
                "/?q=Nvidai%20Xyzzyq&company=Oracle",
                "/earnings",
                "/facets/company")) {
            viewport(320, 700);
            open(path);
            for (int[] size : new int[][] {{320, 700}, {390, 844}, {430, 932}, {1366, 900}}) {
                viewport(size[0], size[1]);
                Object overflow = driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) overflow).intValue())
                        .as(path + " at " + size[0] + " px")
                        .isZero();
            }
        }
    }

    @Test
    void onAPhoneTheFirstResultIsOnTheFirstScreenAndTheFiltersWaitInADrawer() {
        viewport(390, 844);
        open("/?q=Stargate&company=Oracle");
        Number top = (Number) driver.executeScript("return document.querySelector('.hit').getBoundingClientRect().top");
        assertThat(top.doubleValue()).isBetween(0.0, 844.0 - 100);
        WebElement drawer = driver.findElement(By.id(WebPaths.FILTER_DRAWER_ID));
        assertThat(drawer.getDomProperty("open")).isEqualTo("false");
        assertThat(text(drawer.findElement(By.tagName("summary")))).isEqualTo("Filter 1 aktiv");
        Number summaryHeight = (Number) driver.executeScript(
                "return document.querySelector('#filters > summary').getBoundingClientRect().height");
        assertThat(summaryHeight.doubleValue()).isGreaterThanOrEqualTo(44);

        drawer.findElement(By.tagName("summary")).click();
        WebElement microsoft =
                driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Microsoft]"));
        Number labelHeight = (Number)
                driver.executeScript("return arguments[0].closest('label').getBoundingClientRect().height", microsoft);
        assertThat(labelHeight.doubleValue()).isGreaterThanOrEqualTo(44);
        microsoft.click();
        new WebDriverWait(driver, Browser.WAIT)
                .until(d -> d.getCurrentUrl().endsWith("company=Oracle&company=Microsoft"));
        // the swap brought new counts, and the drawer stays open for the next tick
        assertThat(driver.findElement(By.id(WebPaths.FILTER_DRAWER_ID)).getDomProperty("open"))
                .isEqualTo("true");
        assertThat(text(driver.findElement(By.cssSelector("#filters > summary"))))
                .isEqualTo("Filter 2 aktiv");
    }

    @Test
    void onTheDesktopTheFiltersAreAnOpenColumn() {
        viewport(1366, 900);
        open("/?q=Stargate");
        assertThat(driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Oracle]"))
                        .isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.cssSelector("#filters > summary")).isDisplayed())
                .isFalse();
    }

    @Test
    void focusStaysOnTheToggledCheckboxAfterTheSwap() {
        open("/?q=Stargate");
        WebElement oracle = driver.findElement(By.cssSelector("fieldset[data-facet=company] input[value=Oracle]"));
        String id = oracle.getDomAttribute("id");
        assertThat(id).startsWith("f-company-oracle-");
        oracle.sendKeys(Keys.SPACE);
        new WebDriverWait(driver, Browser.WAIT).until(d -> d.getCurrentUrl().endsWith("company=Oracle"));
        new WebDriverWait(driver, Browser.WAIT)
                .until(d ->
                        id.equals(driver.executeScript("return document.activeElement && document.activeElement.id")));
        assertThat(driver.switchTo().activeElement().isSelected()).isTrue();
    }

    @Test
    void theSkipLinkLeadsPastTheFiltersToTheHits() {
        open("/?q=Stargate");
        WebElement skip = driver.findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.getDomAttribute("href")).isEqualTo("#" + WebPaths.HITS_ID);
        assertThat(skip.getDomProperty("textContent")).isEqualTo("Zu den Treffern springen");
        // the first thing Tab reaches, and Enter on it moves focus to the hits
        assertThat(driver.executeScript("return document.querySelector('a[href], button, input, select, summary')"))
                .isEqualTo(skip);
        driver.executeScript("arguments[0].focus()", skip);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Browser.WAIT)
                .until(d -> WebPaths.HITS_ID.equals(driver.executeScript("return document.activeElement.id")));
    }

    @Test
    void typingStargFindsStargateAndAddsOneHistoryEntry() {
        open("/");
        long before = historyLength();
        WebElement box = driver.findElement(By.id(WebPaths.QUERY_INPUT_ID));
        WebDriverWait wait = new WebDriverWait(driver, Browser.WAIT);
        for (String letter : List.of("S", "t", "a", "r", "g")) {
            box.sendKeys(letter);
        }
        wait.until(d -> d.getCurrentUrl().endsWith("/?q=Starg"));
        wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty()
                && d.findElement(By.cssSelector(".hit .hit-headline")).getText().contains("Stargate"));
        assertThat(driver.findElements(By.cssSelector(".hit")))
                .allSatisfy(hit -> assertThat(hit.getText()).containsIgnoringCase("stargate"));
        assertThat(historyLength() - before).isLessThanOrEqualTo(1);
        // the count is announced once the query settles, outside the swapped region
        wait.until(d -> d.findElement(By.id(WebPaths.SEARCH_STATUS_ID))
                .getDomProperty("textContent")
                .equals(d.findElement(By.id(WebPaths.RESULT_COUNT_ID)).getText()));

        driver.navigate().back();
        wait.until(d -> d.getCurrentUrl().endsWith("/"));
    }

    /** Each page is loaded once per size; the colour scheme switches on the loaded page, as it does for a reader. */
    @Test
    void screenshotsOfEveryPageTypeAtBothSizesInLightAndDark() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        for (var size : Map.of("phone", new int[] {390, 844}, "desktop", new int[] {1366, 900})
                .entrySet()) {
            viewport(size.getValue()[0], size.getValue()[1]);
            for (var page : PAGES.entrySet()) {
                colorScheme("light");
                open(page.getValue());
                for (String scheme : List.of("light", "dark")) {
                    colorScheme(scheme);
                    Path file = dir.resolve(page.getKey() + "-" + size.getKey() + "-" + scheme + ".png");
                    Files.write(file, Browser.screenshot(driver));
                    assertThat(file).isNotEmptyFile();
                }
            }
        }
        assertThat(driver.executeScript("return getComputedStyle(document.documentElement).colorScheme"))
                .isEqualTo("light dark");
    }

    /** The element's text as a screen reader reads it: visually hidden parts included, white space collapsed. */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent").strip().replaceAll("\\s+", " ");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        Browser.awaitHtmx(driver);
    }

    /** Sets the viewport and waits for the next frame, by which the page has run its media-query listeners. */
    private void viewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
        nextFrame();
    }

    private void colorScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        nextFrame();
    }

    private void nextFrame() {
        driver.executeAsyncScript("requestAnimationFrame(arguments[arguments.length - 1])");
    }

    private long historyLength() {
        return ((Number) driver.executeScript("return history.length")).longValue();
    }
}
