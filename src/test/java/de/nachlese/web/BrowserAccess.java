package de.nachlese.web;

import java.io.IOException;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opens {@link Browser} to browser tests in other packages. */
public final class BrowserAccess {

    private BrowserAccess() {}

    public static ChromeDriver start() throws IOException {
        return Browser.start();
    }
}
