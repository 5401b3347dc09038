package de.nachlese.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response. The pages load scripts and styles only from this server (htmx from its
 * webjar), so the policy needs no 'unsafe-inline'; htmx is told not to inject its indicator styles (layout.jte).
 */
@Component
@Order(SecurityHeaders.ORDER)
class SecurityHeaders extends OncePerRequestFilter {

    /** Early, so every answer carries the headers, also one refused by {@link RequestAdmission}. */
    static final int ORDER = 0;

    /** Where Spring Boot forwards errors ({@code server.error.path}). */
    static final String ERROR_PATH = "/error";

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(response);
        if (request.getDispatcherType() == DispatcherType.REQUEST && ERROR_PATH.equals(request.getRequestURI())) {
            // Spring's error page is a forward target, not a page: asked for directly it answered 500 with status 999
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Sets the headers; also called by {@link ConnectorErrors} for the answers Tomcat writes without any filter. */
    static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
