package de.nachlese.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The security headers on the answers Tomcat writes itself, before or without the servlet filters: 400 for an
 * encoded "/" or "\" in a path, for too many parameters or a malformed request line, 404 under /META-INF/ and
 * /WEB-INF/, 405 for TRACE, 501 for CONNECT. A valve at the start of the engine's pipeline sees every request that
 * Tomcat parsed far enough to answer through its error report valve, so its headers reach those pages too.
 */
@Component
class ConnectorErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new HeadersValve());
    }

    /** Sets the headers first; a later error page keeps them (sendError resets the body, not the headers). */
    static final class HeadersValve extends ValveBase {

        HeadersValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            SecurityHeaders.apply(response);
            getNext().invoke(request, response);
        }
    }
}
