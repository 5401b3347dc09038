package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.DemoServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An author in headless Chromium pastes a draft on /links, sees the links swap in and copies them as Markdown. */
@DemoServerTest
class BrowserLinksTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start();
    }

    @Test
    void pasteADraftSeeTheLinksAndCopyThemAsMarkdown() throws Exception {
        driver.get("http://localhost:" + port + "/links");
        WebDriverWait wait = new WebDriverWait(driver, Browser.WAIT);
        Browser.awaitHtmx(driver);
        ((JavascriptExecutor) driver).executeScript("window.nachleseMarker = 42");
        WebElement text = driver.findElement(By.id("draft-text"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", text, LinksApiWebTest.draft());
        driver.findElement(By.cssSelector("#" + WebPaths.LINKS_FORM_ID + " button[type=submit]"))
                .click();
        wait.until(d -> !d.findElements(By.cssSelector(".draft-links li")).isEmpty());
        assertThat(((JavascriptExecutor) driver).executeScript("return window.nachleseMarker"))
                .isEqualTo(42L);
        assertThat(driver.findElements(By.cssSelector(".draft-item h2"))
                        .getFirst()
                        .getText())
                .isEqualTo("Stargate plant den nächsten Campus");

        WebElement copy = driver.findElement(By.cssSelector("button[data-copy-from=all-markdown]"));
        copy.click();
        wait.until(d -> copy.getText().equals("Kopiert"));
        String markdown = driver.findElement(By.id("all-markdown")).getAttribute("value");
        assertThat(markdown).startsWith("[").contains("](http://localhost:" + port + "/items/wochenwerk-tech-2025-w");
    }
}
