package de.nachlese.web;

import de.nachlese.system.NachleseProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Load shedding. At most {@code nachlese.max-concurrent-requests} searches, pages and API calls are worked on at
 * once; a request beyond that waits up to {@code nachlese.queue-timeout} for a turn (first come, first served) and
 * is otherwise answered at once with 503 and {@code Retry-After}. Under overload the server so keeps answering the
 * requests it admits in normal time instead of making every request slow, and it is back to normal as soon as the
 * load drops, because nothing piles up. Static files and the health check are never held back.
 */
@Component
@Order(RequestAdmission.ORDER)
class RequestAdmission extends OncePerRequestFilter {

    /** After {@link SecurityHeaders}, so a 503 carries the same headers as every other answer. */
    static final int ORDER = SecurityHeaders.ORDER + 10;

    static final int RETRY_AFTER_SECONDS = 1;

    private final Semaphore permits;
    private final long queueTimeoutNanos;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final AtomicLong rejected = new AtomicLong();

    RequestAdmission(NachleseProperties properties, MessageSource messages, LocaleResolver locales) {
        this.permits = new Semaphore(properties.concurrentRequests(), true);
        this.queueTimeoutNanos = properties.queueTimeout().toNanos();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/")
                || path.startsWith("/webjars/")
                || path.endsWith(".css")
                || path.endsWith(".js")
                || path.endsWith(".svg")
                || path.endsWith(".ico")
                || path.endsWith(".png");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admit()) {
            rejected.incrementAndGet();
            reject(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private boolean admit() {
        try {
            return permits.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        String message = messages.getMessage("overload.message", null, locale);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter()
                    .write("{\"status\":503,\"error\":\"Service Unavailable\",\"message\":\"" + jsonEscape(message)
                            + "\"}");
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        String title = HtmlUtils.htmlEscape(messages.getMessage("overload.title", null, locale));
        response.getWriter()
                .write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head>"
                        + "<meta charset=\"utf-8\"><title>" + title + " – Nachlese</title>"
                        + "<link rel=\"stylesheet\" href=\"/app.css\"></head><body><main><section class=\"error-page\">"
                        + "<h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(message)
                        + "</p></section></main></body></html>\n");
    }

    /** The reader's language as the pages choose it: ?lang= first, then the cookie and the browser's preference. */
    private Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if ("en".equals(lang)) {
            return LocaleConfiguration.ENGLISH;
        }
        if ("de".equals(lang)) {
            return LocaleConfiguration.GERMAN;
        }
        return locales.resolveLocale(request);
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Requests answered 503 since start-up. */
    long rejected() {
        return rejected.get();
    }

    /** Requests waiting for a turn right now. */
    int waiting() {
        return permits.getQueueLength();
    }
}
