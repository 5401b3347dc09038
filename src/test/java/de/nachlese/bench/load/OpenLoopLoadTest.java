package de.nachlese.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The open-loop load generator against a tiny in-process HTTP server whose answers are known: how it counts 2xx,
 * 503, other statuses, timeouts and requests it could not send, and that it sends load to loopback only.
 */
class OpenLoopLoadTest {

    private HttpServer server;
    private URI target;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        // a backlog for every request of a run at once: with the schedule's waits skipped they all connect together
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int status = switch (path) {
                case "/busy" -> 503;
                case "/boom" -> 500;
                case "/fragment" -> "true".equals(exchange.getRequestHeaders().getFirst("HX-Request")) ? 200 : 400;
                case "/stall" -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    yield 200;
                }
                default -> 200;
            };
            byte[] body = "answer".getBytes();
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        target = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void everyAnswerIsCountedByKind() {
        List<LoadRequest> mix = List.of(
                LoadRequest.get("/ok"),
                LoadRequest.get("/busy"),
                LoadRequest.get("/boom"),
                new LoadRequest("fragment", "/fragment", Map.of("HX-Request", "true")));
        LoadResult result = OpenLoopLoad.run(
                target,
                mix,
                List.of(new OpenLoopLoad.Stage("load", 40, 2)),
                OpenLoopLoad.Options.DEFAULTS,
                SkippingTicker.skipping());

        LoadResult.Stage stage = result.stage("load");
        assertThat(stage.counts()).isEqualTo(new LoadResult.Counts(80, 40, 20, 20, 0, 0, 0));
        assertThat(stage.counts().errors()).isEqualTo(20);
        assertThat(stage.ok().count()).isEqualTo(40);
        assertThat(stage.shed().count()).isEqualTo(20);
        assertThat(stage.okRate()).isEqualTo(20.0);
        assertThat(stage.achievedRate()).isEqualTo(40.0);
        assertThat(result.timeline()).extracting(s -> s.counts().due()).containsExactly(40L, 40L);
        assertThat(result.timeline()).extracting(s -> s.counts().ok()).containsExactly(20L, 20L);
        assertThat(stage.ok().p50()).isPositive().isLessThanOrEqualTo(stage.ok().max());
    }

    @Test
    void requestsBeyondTheCapInFlightAreDroppedAndStalledOnesTimeOut() {
        OpenLoopLoad.Options options = new OpenLoopLoad.Options(3, Duration.ofMillis(300));
        LoadResult result = OpenLoopLoad.run(
                target,
                List.of(LoadRequest.get("/stall")),
                List.of(new OpenLoopLoad.Stage("stalled", 20, 1)),
                options,
                SkippingTicker.skipping());
        // the first 3 take every slot and hang until their timeout (300 ms of real time); the schedule's second is
        // skipped, so the other 17 fall due while the 3 still hang, and are dropped
        LoadResult.Counts counts = result.stage("stalled").counts();
        assertThat(counts.due()).isEqualTo(20);
        assertThat(counts.ok()).isZero();
        assertThat(counts.timeouts() + counts.dropped()).isEqualTo(20);
        assertThat(counts.timeouts()).isBetween(3L, 12L);
        assertThat(counts.timeouts()).isEqualTo(3);
        assertThat(counts.dropped()).isEqualTo(17);
        assertThat(counts.errors()).isEqualTo(20);
        assertThat(result.recoverySeconds("stalled", 100)).isEmpty();
    }

    @Test
    void recoveryIsTheFirstSecondFromWhichEverythingIsFine() {
        LoadResult.Latencies fast = new LoadResult.Latencies(10, 2, 3, 4, 4, 5);
        LoadResult.Latencies slow = new LoadResult.Latencies(10, 200, 300, 400, 400, 500);
        LoadResult.Counts clean = new LoadResult.Counts(10, 10, 0, 0, 0, 0, 0);
        LoadResult.Counts shedding = new LoadResult.Counts(10, 4, 6, 0, 0, 0, 0);
        LoadResult result = new LoadResult(
                target,
                List.of(),
                List.of(
                        new LoadResult.Second(0, "over", shedding, slow),
                        new LoadResult.Second(1, "back", shedding, fast),
                        new LoadResult.Second(2, "back", clean, slow),
                        new LoadResult.Second(3, "back", clean, fast),
                        new LoadResult.Second(4, "back", clean, fast),
                        new LoadResult.Second(5, "back", clean, fast),
                        new LoadResult.Second(6, "back", clean, slow),
                        new LoadResult.Second(7, "back", clean, fast)));
        // second 1 still sheds, second 2 is slow; seconds 3-5 are the first three good ones in a row
        assertThat(result.recoverySeconds("back", 100)).contains(2);
        assertThat(result.slowSecondsAfter("back", 2, 100)).isEqualTo(1);
        assertThat(result.recoverySeconds("back", 1)).isEmpty();
        assertThat(result.recoverySeconds("over", 100)).isEmpty();
    }

    @Test
    void onlyLoopbackTargetsAreAccepted() {
        OpenLoopLoad.requireLoopback(URI.create("http://127.0.0.1:8080"));
        OpenLoopLoad.requireLoopback(URI.create("http://localhost:8080"));
        OpenLoopLoad.requireLoopback(URI.create("http://[::1]:8080"));
        assertThatThrownBy(() -> OpenLoopLoad.run(
                        URI.create("http://192.0.2.7:8080"), List.of(LoadRequest.get("/")), 10, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "refusing to send load to 192.0.2.7 (192.0.2.7): load tests target only loopback addresses");
        assertThatThrownBy(() -> OpenLoopLoad.requireLoopback(URI.create("http://10.1.2.3")))
                .hasMessageContaining("only loopback");
        assertThatThrownBy(() -> OpenLoopLoad.requireLoopback(URI.create("file:///etc/passwd")))
                .hasMessage("target must be an http(s) URL with a host, was file:///etc/passwd");
    }

    @Test
    void theMixFileIsReadWithKindsPathsAndHeaders() throws IOException {
        String text = "# comment\n\napi\t/api/search?q=KI\nfragment\t/?q=KI\tHX-Request: true; Accept-Language: en\n";
        assertThat(LoadRequest.parse(new BufferedReader(new StringReader(text)), "mix"))
                .containsExactly(
                        new LoadRequest("api", "/api/search?q=KI", Map.of()),
                        new LoadRequest("fragment", "/?q=KI", Map.of("HX-Request", "true", "Accept-Language", "en")));
        assertThatThrownBy(() -> LoadRequest.parse(new BufferedReader(new StringReader("api\n")), "mix"))
                .hasMessage("mix:1: expected kind<TAB>path[<TAB>headers]");
        List<LoadRequest> bundled = LoadRequest.load("load/mixed-searches.tsv");
        assertThat(bundled).hasSizeGreaterThanOrEqualTo(30);
        assertThat(bundled).extracting(LoadRequest::kind).contains("api", "page", "fragment");
    }
}
