package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.search.QueryNotes;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A search that ran out of time says so: in the JSON of /api/search and as a notice above the hits. */
class TimeoutNoticeTest {

    private static SearchPage page(boolean timedOut) {
        return new SearchPage(
                SearchRequest.of("Nvidia"),
                0,
                List.of(),
                Map.of(),
                List.of(),
                new QueryNotes(null, null, false, List.of(), timedOut));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theJsonCarriesTheFlagAndASentence() {
        SearchJson timedOut = SearchJson.of(page(true), SearchJson.DEFAULT_FACET_LIMIT);
        assertThat(timedOut.timedOut()).isTrue();
        assertThat(timedOut.timeoutNotice())
                .isEqualTo(
                        "Die Suche hat ihr Zeitlimit überschritten; Treffer, Trefferzahl und Facetten sind unvollständig.");
        SearchJson complete = SearchJson.of(page(false), SearchJson.DEFAULT_FACET_LIMIT);
        assertThat(complete.timedOut()).isFalse();
        assertThat(complete.timeoutNotice()).isNull();
    }

    @Test
    void thePageShowsANoticeInTheReadersLanguage() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        new Messages(source);
        TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(render(engine, page(true)))
                .isEqualTo("<p class=\"notice\" role=\"alert\">Die Suche hat ihr "
                        + "Zeitlimit überschritten. Gezeigt wird, was bis dahin gefunden wurde; Trefferzahl und Facetten sind "
                        + "unvollständig.</p>");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(render(engine, page(true)))
                .isEqualTo(
                        "<p class=\"notice\" role=\"alert\">The search ran out of "
                                + "time. Shown is what it found until then; the number of results and the facets are incomplete.</p>");
        assertThat(render(engine, page(false))).isEmpty();
    }

    private static String render(TemplateEngine engine, SearchPage page) {
        StringOutput out = new StringOutput();
        engine.render("search/notes.jte", Map.of("view", new SearchView(page)), out);
        return out.toString().strip();
    }
}
