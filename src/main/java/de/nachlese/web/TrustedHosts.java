package de.nachlese.web;

import de.nachlese.system.NachleseProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Only requests for a host this server is known by are answered; every other Host header gets 421 Misdirected
 * Request. A Host is trusted when it is a loopback name, the host of {@code nachlese.public-url}, the
 * {@code server.address}, or an IP literal while the server listens on all addresses. The Host header is the
 * client's word: trusted blindly, it put {@code http://evil.example/…} into feeds and citation links, and it let a
 * DNS-rebinding page (a name of the attacker's that resolves to 127.0.0.1) read a loopback server. Such a page
 * always sends its own name, never an IP literal, which is why IP literals are safe.
 */
@Component
@Order(TrustedHosts.ORDER)
class TrustedHosts extends OncePerRequestFilter {

    /** After the security headers, so that the refusal carries them, and before any work. */
    static final int ORDER = SecurityHeaders.ORDER + 5;

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Set<String> WILDCARDS = Set.of("", "0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final URI publicUrl;
    private final String serverAddress;

    TrustedHosts(NachleseProperties properties, @Value("${server.address:}") String serverAddress) {
        this.publicUrl = properties.publicUrl();
        this.serverAddress = serverAddress.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a request naming this host (from its Host header, without the port) is answered. */
    boolean trusted(String host) {
        String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1); // "localhost." is "localhost"
        }
        if (LOOPBACK.contains(name)
                || name.equals(serverAddress)
                || (publicUrl != null && name.equals(publicUrl.getHost().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return WILDCARDS.contains(serverAddress) && (IPV4.matcher(name).matches() || name.startsWith("["));
    }

    /** The URL that links in feeds, OpenSearch and citations start with: the public URL, or the trusted request's. */
    String baseUrl() {
        if (publicUrl != null) {
            String url = publicUrl.toString();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (trusted(request.getServerName())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(421);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream()
                .write(("This server does not answer for that host name. Its operator can allow one"
                                + " with nachlese.public-url.\n")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
