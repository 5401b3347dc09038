package de.nachlese.search.query;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A query string that does not follow the syntax. The message is German, the language of the archive and the
 * default; {@link #message(Locale)} gives it in the reader's language (texts in {@code syntax*.properties}).
 */
final class QuerySyntaxException extends Exception {

    private static final String BUNDLE = "de.nachlese.search.query.syntax";
    /** No fallback to the JVM's default locale: on an English machine German must still mean German. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;
    private final transient Object[] args;

    QuerySyntaxException(String key, Object... args) {
        super(format(key, Locale.GERMAN, args));
        this.key = key;
        this.args = args.clone();
    }

    String message(Locale locale) {
        return format(key, locale, args);
    }

    private static String format(String key, Locale locale, Object[] args) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, CONTROL);
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
