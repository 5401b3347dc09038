package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.system.NachleseProperties;
import jakarta.servlet.FilterChain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Load shedding: with every permit taken, a request waits at most the queue timeout and is then answered 503 with
 * Retry-After; static files and the health check pass; once the permits are free again, requests are served. The
 * requests holding the permits are parked on a latch, so nothing here depends on timing.
 */
class RequestAdmissionTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(2);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    private static RequestAdmission admission(int permits, Duration queueTimeout) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        NachleseProperties properties = new NachleseProperties(
                null,
                Path.of("index"),
                20_971_520,
                209_715_200,
                100,
                true,
                Duration.ofMillis(500),
                permits,
                queueTimeout,
                null);
        return new RequestAdmission(properties, messages, new LocaleConfiguration().localeResolver());
    }

    /** A request that takes a permit and holds it until {@link #release}. */
    private Future<Integer> parked(RequestAdmission filter, String path) {
        return threads.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(new MockHttpServletRequest("GET", path), response, hold(entered));
            return response.getStatus();
        });
    }

    /** A chain that signals it was entered, then waits for {@link #release}. */
    private FilterChain hold(CountDownLatch signal) {
        return (req, res) -> {
            signal.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static MockHttpServletResponse send(RequestAdmission filter, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain ok = (req, res) -> res.getWriter().write("served");
        filter.doFilter(request, response, ok);
        return response;
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    @Test
    void beyondThePermitsTheApiGetsAFast503WithRetryAfterAndJson() throws Exception {
        RequestAdmission filter = admission(2, Duration.ZERO);
        Future<Integer> first = parked(filter, "/api/search");
        Future<Integer> second = parked(filter, "/");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = send(filter, get("/api/search"));
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(refused.getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(refused.getContentAsString())
                .isEqualTo("{\"status\":503,\"error\":\"Service Unavailable\","
                        + "\"message\":\"Nachlese beantwortet gerade zu viele Anfragen auf einmal. Bitte versuchen Sie es in "
                        + "einer Sekunde noch einmal.\"}");
        assertThat(filter.rejected()).isEqualTo(1);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        MockHttpServletResponse served = send(filter, get("/api/search"));
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentAsString()).isEqualTo("served");
        assertThat(filter.rejected()).isEqualTo(1);
    }

    @Test
    void pagesGetASmallPageInTheReadersLanguageAndStaticFilesAndHealthPass() throws Exception {
        RequestAdmission filter = admission(2, Duration.ZERO);
        parked(filter, "/items/x");
        parked(filter, "/feed.atom");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletRequest english = get("/");
        english.addParameter("lang", "en");
        MockHttpServletResponse page = send(filter, english);
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("1");
        assertThat(page.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.getContentAsString())
                .isEqualTo("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>Busy right now – Nachlese</title><link rel=\"stylesheet\" href=\"/app.css\"></head><body><main>"
                        + "<section class=\"error-page\"><h1>Busy right now</h1><p>Nachlese is answering too many requests at "
                        + "once. Please try again in a second.</p></section></main></body></html>\n");
        MockHttpServletResponse german = send(filter, get("/issues"));
        assertThat(german.getStatus()).isEqualTo(503);
        assertThat(german.getContentAsString()).contains("<html lang=\"de\">", "<h1>Gerade ausgelastet</h1>");

        for (String path : new String[] {
            "/app.css", "/app.js", "/favicon.svg", "/webjars/htmx.org/dist/htmx.min.js", "/actuator/health"
        }) {
            assertThat(send(filter, get(path)).getStatus()).as(path).isEqualTo(200);
        }
        assertThat(filter.rejected()).isEqualTo(2);
    }

    @Test
    void aRequestWaitsForAFreePermitWithinTheQueueTimeout() throws Exception {
        RequestAdmission filter = admission(1, Duration.ofSeconds(10));
        CountDownLatch one = new CountDownLatch(1);
        Future<Integer> holder = threads.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(get("/api/search"), response, hold(one));
            return response.getStatus();
        });
        assertThat(one.await(10, TimeUnit.SECONDS)).isTrue();
        Future<MockHttpServletResponse> waiter = threads.submit(() -> send(filter, get("/api/search")));
        while (filter.waiting() == 0) {
            Thread.onSpinWait();
        }
        assertThat(waiter.isDone()).isFalse();
        release.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(waiter.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(filter.rejected()).isZero();
    }

    @Test
    void aRequestThatWaitedTheQueueTimeoutInVainIsRefused() throws Exception {
        RequestAdmission filter = admission(1, Duration.ofMillis(50));
        CountDownLatch one = new CountDownLatch(1);
        threads.submit(() -> {
            filter.doFilter(get("/"), new MockHttpServletResponse(), hold(one));
            return null;
        });
        assertThat(one.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThat(send(filter, get("/api/suggest")).getStatus()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }
}
