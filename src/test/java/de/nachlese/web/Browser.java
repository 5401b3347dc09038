package de.nachlese.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium for the browser tests, started the way this machine allows (no network, no sandbox). */
final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    /**
     * Chromium's headless shell (Debian: chromium-headless-shell): the same engine without the browser around it.
     * The browser tests spend about a third less CPU in it than in {@code chromium --headless}, so it is used when
     * installed. It opens no first tab when given its own profile folder, so it gets none: the driver makes one.
     */
    static final File SHELL = new File("/usr/lib/chromium/chromium-headless-shell");

    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /**
     * How long a browser test waits for a condition. Each returns as soon as it holds (well under a second on a quiet
     * machine); the bound is generous because the crash test runs beside the browser tests on the same cores.
     */
    static final Duration WAIT = Duration.ofSeconds(30);

    /** Started by the first browser test class, quit when the test JVM exits. */
    private static ChromeDriver shared;

    private Browser() {}

    /**
     * The German-reading browser the browser test classes share, in a fresh tab; skips the calling test class when
     * Chromium is not installed. Starting Chromium and its driver costs seconds, so it starts once per test JVM. The
     * fresh tab drops what the class before left (history, session storage, emulated media); cookies and the browser
     * log are cleared too, so each class sees only its own. Don't quit it: the shutdown hook does.
     */
    static synchronized ChromeDriver start() throws IOException {
        if (shared == null) {
            shared = launch();
            ChromeDriver started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
            return started;
        }
        String old = shared.getWindowHandle();
        shared.switchTo().newWindow(WindowType.TAB);
        String fresh = shared.getWindowHandle();
        shared.switchTo().window(old).close();
        shared.switchTo().window(fresh);
        shared.manage().deleteAllCookies();
        shared.manage().logs().get("browser"); // reading the log empties it
        return shared;
    }

    /**
     * Switches the page's own scripts on or off in the current tab, for the plain-GET fallback; the driver's own
     * commands keep working. The setting holds across navigations until it is switched back.
     */
    static void javaScript(WebDriver driver, boolean enabled) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    private static ChromeDriver launch() throws IOException {
        assumeTrue(
                (SHELL.canExecute() || CHROMIUM.canExecute()) && CHROMEDRIVER.canExecute(),
                "Chromium or chromedriver not installed at /usr/bin; skipping the browser test");
        ChromeOptions options = new ChromeOptions();
        boolean shell = SHELL.canExecute();
        options.setBinary(shell ? SHELL : CHROMIUM);
        if (!shell) {
            options.addArguments("--headless", "--user-data-dir=" + Files.createTempDirectory("nachlese-chromium"));
        }
        options.addArguments(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000");
        // the reader of these tests reads German, whatever the machine's locale
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * A PNG of the viewport, as {@code getScreenshotAs} takes it, but encoded for speed rather than size: the
     * screenshots are for looking at, and the tests take about fifty of them.
     */
    static byte[] screenshot(WebDriver driver) {
        Map<String, Object> shot = ((ChromeDriver) driver)
                .executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "optimizeForSpeed", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Waits until htmx has loaded and initialised the page. */
    static void awaitHtmx(WebDriver driver) {
        new WebDriverWait(driver, WAIT)
                .until(d -> ((JavascriptExecutor) d)
                        .executeScript("return typeof htmx !== 'undefined'")
                        .equals(Boolean.TRUE));
    }
}
