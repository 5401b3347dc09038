package de.nachlese.web;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;

/** Opens {@link Browser} to browser tests in other packages. */
public final class BrowserAccess {

    private BrowserAccess() {
    }

    public static ChromeDriver start() throws IOException {
        return Browser.start();
    }
}
