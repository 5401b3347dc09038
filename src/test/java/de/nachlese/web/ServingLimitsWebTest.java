package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.DemoServerTest;
import de.nachlese.bench.load.LoadRequest;
import de.nachlese.bench.load.LoadResult;
import de.nachlese.bench.load.OpenLoopLoad;
import de.nachlese.bench.load.SkippingTicker;
import de.nachlese.system.StartupTraining;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * The running server over real HTTP: read-only (every method but GET and HEAD is refused), the actuator shows
 * health only, it listens on loopback by default, and a short open-loop run of the load test's mixed searches is
 * answered with 2xx only (the 60-s load test itself is tools/load-test.sh).
 */
@DemoServerTest
class ServingLimitsWebTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "x=1"))
                .timeout(Duration.ofSeconds(20))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nothingButReadingIsAllowed() throws Exception {
        List<String> paths = List.of(
                "/",
                "/api/search?q=KI",
                "/api/suggest?q=Nv",
                "/items/x",
                "/api/items/x",
                "/issues",
                "/companies/Nvidia",
                "/feed.atom",
                "/api/earnings");
        List<String> unexpected = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                int status = send(method, path).statusCode();
                if (status != 405) {
                    unexpected.add(method + " " + path + " -> " + status);
                }
            }
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void theActuatorShowsHealthOnlyAndWithoutDetails() throws Exception {
        HttpResponse<String> health = send("GET", "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        for (String path : List.of(
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/info",
                "/actuator/metrics",
                "/actuator/heapdump",
                "/actuator/threaddump",
                "/actuator/loggers",
                "/actuator/mappings",
                "/actuator/shutdown",
                "/actuator/health/db")) {
            assertThat(send("GET", path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(send("POST", "/actuator/shutdown").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/actuator").body()).doesNotContain("env", "beans", "shutdown");
    }

    /**
     * bin/nachlese aot-cache trains the start-up cache with these requests: every one must be answered (a moved route
     * would silently leave its classes out of the cache), and the item, issue and company pages must be found.
     */
    @Test
    void theStartUpCacheTrainingRequestsAreAllAnswered() {
        URI server = URI.create("http://127.0.0.1:" + port);
        List<StartupTraining.TrainingRequest> requests = StartupTraining.requests(server);
        assertThat(requests).hasSize(17);
        assertThat(requests.stream().map(StartupTraining.TrainingRequest::path))
                .anyMatch(path -> path.startsWith("/items/"))
                .anyMatch(path -> path.endsWith("/related"))
                .anyMatch(path -> path.startsWith("/issues/"))
                .anyMatch(path -> path.startsWith("/companies/"));
        assertThat(StartupTraining.train(server)).isZero();
    }

    @Test
    void itListensOnLoopbackByDefault() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void aShortOpenLoopRunOfTheMixedSearchesIsAllAnswered() {
        List<LoadRequest> mix = LoadRequest.load("load/mixed-searches.tsv");
        LoadResult result = OpenLoopLoad.run(
                URI.create("http://127.0.0.1:" + port),
                mix,
                List.of(new OpenLoopLoad.Stage("smoke", 20, 3)),
                new OpenLoopLoad.Options(200, Duration.ofSeconds(20)),
                // one request at a time and no real seconds: every request of the mix must be answered 2xx, which a
                // busy machine must not turn into 503s (shedding under load is RequestAdmissionTest's subject)
                SkippingTicker.oneAtATime());
        LoadResult.Stage stage = result.stage("smoke");
        System.out.println(stage.format());
        assertThat(stage.counts()).isEqualTo(new LoadResult.Counts(60, 60, 0, 0, 0, 0, 0));
        assertThat(result.timeline())
                .hasSize(3)
                .allSatisfy(second -> assertThat(second.counts().ok()).isEqualTo(20));
        assertThat(stage.ok().count()).isEqualTo(60);
    }
}
