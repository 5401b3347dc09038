package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.system.NachleseProperties;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which Host headers the server answers, by how it is configured. */
class TrustedHostsTest {

    private static TrustedHosts hosts(String publicUrl, String serverAddress) {
        Duration ok = Duration.ofMillis(100);
        return new TrustedHosts(
                new NachleseProperties(
                        null,
                        Path.of("i"),
                        1024,
                        1024,
                        2,
                        true,
                        ok,
                        0,
                        ok,
                        publicUrl == null ? null : URI.create(publicUrl)),
                serverAddress);
    }

    @Test
    void onLoopbackOnlyLoopbackNamesAreTrusted() {
        TrustedHosts hosts = hosts(null, "127.0.0.1");
        assertThat(hosts.trusted("localhost")).isTrue();
        assertThat(hosts.trusted("LOCALHOST.")).isTrue();
        assertThat(hosts.trusted("127.0.0.1")).isTrue();
        assertThat(hosts.trusted("[::1]")).isTrue();
        assertThat(hosts.trusted("evil.example")).isFalse();
        assertThat(hosts.trusted("rebind.attacker.example")).isFalse();
        assertThat(hosts.trusted("10.0.0.5")).isFalse();
        assertThat(hosts.trusted("")).isFalse();
    }

    @Test
    void thePublicUrlsHostAndTheServerAddressAreTrusted() {
        TrustedHosts hosts = hosts("https://nachlese.example.org", "10.0.0.5");
        assertThat(hosts.trusted("nachlese.example.org")).isTrue();
        assertThat(hosts.trusted("Nachlese.Example.org")).isTrue();
        assertThat(hosts.trusted("10.0.0.5")).isTrue();
        assertThat(hosts.trusted("10.0.0.6")).isFalse();
        assertThat(hosts.trusted("evil.example")).isFalse();
        assertThat(hosts.baseUrl()).isEqualTo("https://nachlese.example.org");
        assertThat(hosts("http://10.0.0.5:8080/", "").baseUrl()).isEqualTo("http://10.0.0.5:8080");
    }

    @Test
    void onAllAddressesIpLiteralsAreTrustedButNoOtherName() {
        TrustedHosts hosts = hosts(null, "0.0.0.0");
        assertThat(hosts.trusted("192.168.1.20")).isTrue();
        assertThat(hosts.trusted("[fe80::1]")).isTrue();
        assertThat(hosts.trusted("localhost")).isTrue();
        assertThat(hosts.trusted("evil.example")).isFalse();
    }
}
