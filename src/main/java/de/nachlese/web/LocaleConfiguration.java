package de.nachlese.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** German by default, English when the browser prefers it, and a ?lang=de|en switch remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale GERMAN = Locale.GERMAN;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("nachlese-lang") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                // only the two languages we have texts for; anything else reads German
                return super.resolveLocale(request).getLanguage().equals("en") ? ENGLISH : GERMAN;
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getHeader("Accept-Language") == null) {
                return GERMAN; // without the header, servlets report the server's locale, not the reader's
            }
            for (var preferred : java.util.Collections.list(request.getLocales())) {
                if (preferred.getLanguage().equals("de")) {
                    return GERMAN;
                }
                if (preferred.getLanguage().equals("en")) {
                    return ENGLISH;
                }
            }
            return GERMAN;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
