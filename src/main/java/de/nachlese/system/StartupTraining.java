package de.nachlese.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training start of {@code bin/nachlese aot-cache}, which records the JDK's start-up cache (JEP 483/514/515). Run
 * with {@code nachlese.aot-training=true}, the server, once it is ready, answers a round of the requests users make
 * (searches as JSON, as a page and as an htmx fragment, suggestions, an item, an issue, entity pages, the feed) over
 * its own HTTP port, and then exits. The classes those requests load and link, and the method profiles they leave, go
 * into the cache, so on a production start the first request finds them there instead of loading them, and the JIT
 * compiles the search path from recorded profiles. Without the property this bean does nothing.
 */
@Component
public final class StartupTraining {

    static final String PROPERTY = "nachlese.aot-training";
    private static final Logger log = LoggerFactory.getLogger(StartupTraining.class);
    private static final Pattern FIRST_HIT_ID = Pattern.compile("\"hits\":\\[\\{\"id\":\"([^\"]+)\"");
    private static final Pattern FIRST_ISSUE = Pattern.compile("href=\"(/issues/[^\"#]+)\"");
    private static final Pattern FIRST_COMPANY = Pattern.compile("href=\"(/companies/[^\"#?]+)\"");
    /** A few rounds, so the request path is not only loaded but also profiled. */
    private static final int ROUNDS = 3;

    private final ConfigurableApplicationContext context;
    private final boolean enabled;

    StartupTraining(ConfigurableApplicationContext context, Environment environment) {
        this.context = context;
        this.enabled = environment.getProperty(PROPERTY, Boolean.class, false);
    }

    @EventListener
    void ready(ApplicationReadyEvent ready) {
        if (!enabled) {
            return;
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        Thread training = new Thread(
                () -> {
                    int failed = train(URI.create("http://127.0.0.1:" + port));
                    System.exit(Math.max(failed == 0 ? 0 : 1, SpringApplication.exit(context)));
                },
                "nachlese-aot-training");
        training.start();
    }

    /** Sends the training requests; returns how many were not answered with 200. */
    public static int train(URI server) {
        int failed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (TrainingRequest request : requests(server)) {
                try {
                    if (request.send(server).status() != 200) {
                        failed++;
                        log.warn("Training request {} was not answered with 200", request.path());
                    }
                } catch (IOException e) {
                    failed++;
                    log.warn("Training request {} failed: {}", request.path(), e.toString());
                }
            }
        }
        return failed;
    }

    /**
     * The requests of one round. Item, issue and company paths are taken from earlier answers, so the round works on
     * whatever the index holds.
     */
    public static List<TrainingRequest> requests(URI server) {
        List<TrainingRequest> requests = new ArrayList<>(List.of(
                TrainingRequest.of("/api/search?q=KI"),
                TrainingRequest.of("/api/search?q=Rechenzentren&sort=newest"),
                TrainingRequest.of("/api/search?q=%22Quartalszahlen%22+OR+Chips&type=news"),
                TrainingRequest.of("/api/search"),
                TrainingRequest.of("/"),
                TrainingRequest.of("/?q=Nvidai"),
                TrainingRequest.fragment("/?q=KI&page=2"),
                TrainingRequest.of("/api/suggest?q=Nv"),
                TrainingRequest.of("/companies"),
                TrainingRequest.of("/issues"),
                TrainingRequest.of("/feed.atom"),
                TrainingRequest.of("/api/earnings")));
        firstMatch(server, "/api/search?q=KI", FIRST_HIT_ID)
                .ifPresent(id -> requests.addAll(List.of(
                        TrainingRequest.of("/items/" + id),
                        TrainingRequest.of("/api/items/" + id),
                        TrainingRequest.of("/api/items/" + id + "/related"))));
        firstMatch(server, "/issues", FIRST_ISSUE).ifPresent(path -> requests.add(TrainingRequest.of(path)));
        firstMatch(server, "/companies", FIRST_COMPANY).ifPresent(path -> requests.add(TrainingRequest.of(path)));
        return requests;
    }

    private static Optional<String> firstMatch(URI server, String path, Pattern pattern) {
        try {
            Matcher m = pattern.matcher(TrainingRequest.of(path).send(server).body());
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public record TrainingRequest(String path, Map<String, String> headers) {

        static TrainingRequest of(String path) {
            return new TrainingRequest(path, Map.of());
        }

        static TrainingRequest fragment(String path) {
            return new TrainingRequest(path, Map.of("HX-Request", "true"));
        }

        Answer send(URI server) throws IOException {
            HttpURLConnection connection =
                    (HttpURLConnection) server.resolve(path).toURL().openConnection();
            headers.forEach(connection::setRequestProperty);
            connection.setRequestProperty("Accept-Encoding", "gzip");
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            if (stream == null) {
                return new Answer(status, "");
            }
            try (InputStream body =
                    "gzip".equalsIgnoreCase(connection.getContentEncoding()) ? new GZIPInputStream(stream) : stream) {
                return new Answer(status, new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    public record Answer(int status, String body) {}
}
