package de.nachlese.web;

import java.io.IOException;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opens {@link Browser} to browser tests in other packages. */
public final class BrowserAccess {

    /**
     * The one Chromium is driven by one test class at a time. Browser test classes run beside the other tests (see
     * junit-platform.properties) but hold this lock, so they run one after another.
     */
    public static final String LOCK = "chromium";

    private BrowserAccess() {}

    public static ChromeDriver start() throws IOException {
        return Browser.start();
    }
}
