package de.nachlese.security;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Routes that exist only in the test sources (component-scanned into the shared demo server, never in the jar): one
 * that fails, for a 500 the application cannot otherwise be made to write, and one that holds its admission permit
 * until released, to fill the server for a 503. {@link ResponseHeadersTest} drives both.
 */
@RestController
class TestOnlyEndpoints {

    static final String FAIL = "/test-only/fail";
    static final String PARK = "/test-only/park";

    /** Set before parking requests: counted down by each one that got in; released all at once. */
    static volatile CountDownLatch entered = new CountDownLatch(0);

    static volatile CountDownLatch release = new CountDownLatch(0);

    @GetMapping(FAIL)
    String fail() {
        throw new IllegalStateException("a failure only the tests provoke");
    }

    @GetMapping(PARK)
    String park() throws InterruptedException {
        entered.countDown();
        return release.await(60, TimeUnit.SECONDS) ? "released" : "never released";
    }
}
