package de.nachlese.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings are checked when they are bound: a value out of range stops the start with the property and range. */
class NachlesePropertiesTest {

    private static NachleseProperties with(
            long maxFileBytes,
            int maxZipRatio,
            Duration searchTimeout,
            int maxConcurrentRequests,
            Duration queueTimeout) {
        return new NachleseProperties(
                null,
                Path.of("index"),
                maxFileBytes,
                209_715_200,
                maxZipRatio,
                true,
                searchTimeout,
                maxConcurrentRequests,
                queueTimeout,
                null);
    }

    @Test
    void theDefaultsAndTheEdgesOfEachRangeAreAccepted() {
        assertThat(with(20_971_520, 100, Duration.ofMillis(500), 0, Duration.ofMillis(100))
                        .concurrentRequests())
                .isEqualTo(4 * Runtime.getRuntime().availableProcessors());
        assertThat(with(1024, 2, Duration.ofMillis(1), 10_000, Duration.ZERO).concurrentRequests())
                .isEqualTo(10_000);
        assertThat(with(1024, 2, Duration.ofSeconds(60), 1, Duration.ofSeconds(10))
                        .searchTimeout())
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aValueOutOfRangeIsRefusedWithThePropertyName() {
        Duration ok = Duration.ofMillis(100);
        assertThatThrownBy(() -> with(1023, 100, ok, 0, ok))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nachlese.max-file-bytes must be at least 1024, was 1023");
        assertThatThrownBy(() -> with(1024, 1, ok, 0, ok))
                .hasMessage("nachlese.max-zip-ratio must be at least 2, was 1");
        assertThatThrownBy(() -> with(1024, 2, Duration.ZERO, 0, ok))
                .hasMessage("nachlese.search-timeout must be between 1ms and 60s, was PT0S");
        assertThatThrownBy(() -> with(1024, 2, Duration.ofSeconds(61), 0, ok))
                .hasMessage("nachlese.search-timeout must be between 1ms and 60s, was PT1M1S");
        assertThatThrownBy(() -> with(1024, 2, ok, -1, ok))
                .hasMessage("nachlese.max-concurrent-requests must be between 0 and 10000, was -1");
        assertThatThrownBy(() -> with(1024, 2, ok, 10_001, ok))
                .hasMessage("nachlese.max-concurrent-requests must be between 0 and 10000, was 10001");
        assertThatThrownBy(() -> with(1024, 2, ok, 0, Duration.ofMillis(-1)))
                .hasMessage("nachlese.queue-timeout must be between 0ms and 10s, was PT-0.001S");
        assertThatThrownBy(() -> with(1024, 2, ok, 0, null))
                .hasMessage("nachlese.queue-timeout must be between 0ms and 10s, was null");
        assertThatThrownBy(() -> new NachleseProperties(null, null, 1024, 1024, 2, true, ok, 0, ok, null))
                .hasMessage("nachlese.index-dir must be set");
        assertThatThrownBy(() -> new NachleseProperties(null, Path.of("i"), 1024, 1023, 2, true, ok, 0, ok, null))
                .hasMessage("nachlese.max-zip-bytes must be at least 1024, was 1023");
    }

    @Test
    void publicUrlIsAnHttpUrlWithAHostOnly() {
        Duration ok = Duration.ofMillis(100);
        java.util.function.Function<String, NachleseProperties> withUrl = url ->
                new NachleseProperties(null, Path.of("i"), 1024, 1024, 2, true, ok, 0, ok, java.net.URI.create(url));
        assertThat(withUrl.apply("https://nachlese.example.org").publicUrl().getHost())
                .isEqualTo("nachlese.example.org");
        assertThat(withUrl.apply("http://10.0.0.5:8080/").publicUrl().getPort()).isEqualTo(8080);
        for (String bad : List.of(
                "ftp://x.example",
                "https:///nohost",
                "https://x.example/suche",
                "https://x.example/?a=1",
                "https://x.example/#top",
                "x.example")) {
            assertThatThrownBy(() -> withUrl.apply(bad))
                    .as(bad)
                    .hasMessageStartingWith("nachlese.public-url must be an http(s) URL with a host");
        }
    }
}
