package de.nachlese.web;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The UI texts for unit tests that render labels without the application context: the same bundle with the same
 * settings as application.properties, so a test that runs after (or before) the shared context sees the same texts.
 */
final class TestMessages {

    private TestMessages() {}

    static void load() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        new Messages(source);
    }
}
