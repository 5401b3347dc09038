package de.nachlese.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.DemoServerTest;
import de.nachlese.links.DraftLinker;
import de.nachlese.system.NachleseProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer the running server writes carries the security headers, also the ones Tomcat writes itself before any
 * servlet filter runs (encoded "/" in a path, a 64-KB URL, huge headers, too many parameters, TRACE, CONNECT,
 * /META-INF/). Raw requests over a socket, because MockMvc never reaches Tomcat and an HTTP client refuses to send
 * most of them.
 */
@DemoServerTest
class ResponseHeadersTest {

    static final List<String> HEADERS =
            List.of("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy");

    @LocalServerPort
    int port;

    @Autowired
    NachleseProperties properties;

    @Test
    void everyStatusTheServerWritesCarriesTheSecurityHeaders() throws IOException {
        String lastModified = send(get("/app.css", "")).headers().get("last-modified");
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(get("/?q=Nvidia", ""), 200);
        expected.put(get("/companies/nvidia", ""), 301);
        expected.put(get("/app.css", "If-Modified-Since: " + lastModified + "\r\n"), 304);
        expected.put(get("/?page=x", ""), 400);
        expected.put(get("/items/a%2Fb", ""), 400);
        expected.put(get("/items/a%5Cb", ""), 400);
        expected.put(get("/?q=" + "x".repeat(64 * 1024), ""), 400);
        expected.put(get("/", "X-Big: " + "y".repeat(20_000) + "\r\n"), 400);
        expected.put(get("/?" + "a=1&".repeat(1_001), ""), 400);
        expected.put(get("/no-such-page", ""), 404);
        expected.put(get("/META-INF/MANIFEST.MF", ""), 404);
        expected.put(get("/WEB-INF/web.xml", ""), 404);
        expected.put(get("/error", ""), 404);
        expected.put(get("/api/items/no-such-item", ""), 404);
        expected.put("GET /feed.atom HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n", 421);
        expected.put("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 405);
        expected.put("TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 405);
        expected.put("CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\nConnection: close\r\n\r\n", 501);
        expected.put(post("/api/links", "x".repeat(DraftLinker.MAX_DRAFT_BYTES + 1)), 413);
        expected.put(post("/api/links", "Nur ein Satz ohne jede Meldung."), 422);
        expected.put(get(TestOnlyEndpoints.FAIL, ""), 500);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Integer> request : expected.entrySet()) {
            check(request.getKey(), send(request.getKey()), request.getValue(), failures);
        }
        assertThat(failures).isEmpty();
    }

    /**
     * A 503 from the admission limiter: requests to a test-only route hold every permit (each signals when it got
     * in, so nothing waits for a fixed time), and one more request is refused once its queue timeout has passed.
     */
    @Test
    void aRequestRefusedForOverloadCarriesTheSecurityHeaders() throws Exception {
        int permits = properties.concurrentRequests();
        TestOnlyEndpoints.entered = new CountDownLatch(permits);
        TestOnlyEndpoints.release = new CountDownLatch(1);
        List<Future<Answer>> parked = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                for (int i = 0; i < permits; i++) {
                    parked.add(threads.submit(() -> send(get(TestOnlyEndpoints.PARK, ""))));
                }
                assertThat(TestOnlyEndpoints.entered.await(60, TimeUnit.SECONDS))
                        .as("%d requests hold every permit", permits)
                        .isTrue();
                List<String> failures = new ArrayList<>();
                check(get("/?q=Nvidia", ""), send(get("/?q=Nvidia", "")), 503, failures);
                check(get("/api/search?q=Nvidia", ""), send(get("/api/search?q=Nvidia", "")), 503, failures);
                assertThat(failures).isEmpty();
            } finally {
                TestOnlyEndpoints.release.countDown();
            }
            for (Future<Answer> request : parked) {
                assertThat(request.get().status()).isEqualTo(200);
            }
        }
        assertThat(send(get("/?q=Nvidia", "")).status()).isEqualTo(200);
    }

    private static void check(String request, Answer answer, int expectedStatus, List<String> failures) {
        String what = request.lines().findFirst().orElseThrow();
        what = what.length() > 60 ? what.substring(0, 60) + "…" : what;
        if (answer.status() != expectedStatus) {
            failures.add(what + ": status " + answer.status() + ", expected " + expectedStatus);
        }
        for (String header : HEADERS) {
            if (!answer.headers().containsKey(header)) {
                failures.add(what + " (" + answer.status() + "): no " + header);
            }
        }
        if (answer.body().contains("999") || answer.body().contains("Exception")) {
            failures.add(what + ": body " + answer.body());
        }
    }

    private static String post(String target, String body) {
        return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n"
                + body;
    }

    private static String get(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n";
    }

    record Answer(int status, Map<String, String> headers, String body) {}

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedEarly) {
                // Tomcat may answer and close before it has read a huge request; the answer is still there
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (IOException reset) {
                // a reset after the answer was written: keep what arrived
            }
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            List<String> lines = head.lines().toList();
            assertThat(lines)
                    .as("answer to %s", request.lines().findFirst().orElseThrow())
                    .isNotEmpty();
            int status = Integer.parseInt(lines.getFirst().split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(
                            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            }
            return new Answer(status, headers, end < 0 ? "" : text.substring(end + 4));
        }
    }
}
