package de.nachlese.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * UI text in the reader's language (messages.properties is German, messages_en.properties English). Static, so
 * that templates and labels can ask for text without every template passing a localizer down; the locale is the
 * request's, which Spring's DispatcherServlet holds for the duration of a request.
 */
@Component
public final class Messages {

    private static volatile MessageSource source;

    Messages(MessageSource messageSource) {
        source = messageSource;
    }

    public static String t(String key, Object... args) {
        MessageSource current = source;
        if (current == null) {
            throw new IllegalStateException("Messages used before the application context started");
        }
        return current.getMessage(key, args, locale());
    }

    public static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** "de" or "en", for the html lang attribute. */
    public static String language() {
        return locale().getLanguage().equals("en") ? "en" : "de";
    }

    /** The current page in another language: the same URL with lang=… set. */
    public static String switchUrl(String language) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "?lang=" + language;
        }
        HttpServletRequest request = attributes.getRequest();
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("lang")) {
                url.queryParam(name, (Object[]) values);
            }
        });
        return url.queryParam("lang", language).encode().build().toUriString();
    }
}
