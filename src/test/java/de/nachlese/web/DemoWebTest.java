package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import de.nachlese.DemoServerTest;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application on the bundled demo archive, indexed into a fresh folder at start-up. */
@DemoServerTest
class DemoWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void apiSearchReturnsHitsAndAllFacetDimensions() throws Exception {
        mvc.perform(get("/api/search").param("q", "Musk").param("size", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("Musk"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.hits.length()").value(3))
                .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>Musk</mark>")))
                .andExpect(jsonPath("$.hits[0].url")
                        .value(org.hamcrest.Matchers.startsWith("/items/wochenwerk-tech-2025-w")))
                .andExpect(jsonPath("$.hits[0].week").value(org.hamcrest.Matchers.matchesPattern("2025-W\\d\\d")))
                .andExpect(jsonPath("$.facets.person[0].value").value("Elon Musk"))
                .andExpect(jsonPath("$.facets.person[0].selected").value(false))
                .andExpect(jsonPath("$.facets.company").isNotEmpty())
                .andExpect(jsonPath("$.facets.topic").isNotEmpty())
                .andExpect(jsonPath("$.facets.type").isNotEmpty())
                .andExpect(jsonPath("$.facets.source").isNotEmpty())
                .andExpect(jsonPath("$.facets.week").isNotEmpty());
    }

    @Test
    void aCompanyFilterNarrowsTheHits() throws Exception {
        long all = total(mvc.perform(get("/api/search").param("q", "Stargate"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String narrowed = mvc.perform(get("/api/search").param("q", "Stargate").param("company", "Oracle"))
                .andExpect(jsonPath("$.facets.company[?(@.value == 'Oracle')].selected")
                        .value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(total(narrowed)).isPositive().isLessThan(all);
        List<List<String>> companies = JsonPath.read(narrowed, "$.hits[*].companies");
        assertThat(companies).allSatisfy(c -> assertThat(c).contains("Oracle"));
    }

    @Test
    void searchPageShowsHighlightedHitsFromSeveralWeeks() throws Exception {
        String html = mvc.perform(get("/").param("q", "Stargate"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("<mark>Stargate</mark>")))
                .andExpect(content().string(containsString("<!DOCTYPE html>")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher weeks = Pattern.compile("<span class=\"week\">KW (\\d+) ").matcher(html);
        TreeSet<String> distinct = new TreeSet<>();
        while (weeks.find()) {
            distinct.add(weeks.group(1));
        }
        assertThat(distinct).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void htmxRequestsGetOnlyTheResultsRegion() throws Exception {
        mvc.perform(get("/").param("q", "Stargate").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"result-count\"")));
        mvc.perform(get("/").param("q", "Stargate")
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(content().string(containsString("<!DOCTYPE html>")));
    }

    @Test
    void facetStateIsInTheLinks() throws Exception {
        mvc.perform(get("/").param("q", "Stargate").param("company", "Oracle"))
                .andExpect(content().string(containsString("name=\"company\" value=\"Oracle\" checked")))
                .andExpect(content().string(containsString("href=\"/?q=Stargate\" title=\"Filter entfernen\"")));
    }

    @Test
    void itemPermalinkAndJson() throws Exception {
        String id = JsonPath.read(
                mvc.perform(get("/api/search").param("q", "Stargate UAE"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.hits[0].id");
        mvc.perform(get("/api/items/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.body").value(containsString("Abu Dhabi")))
                .andExpect(jsonPath("$.issue.id").value("wochenwerk-tech-2025-w21"))
                .andExpect(jsonPath("$.issue.title").value("Stargate landet in der Wüste"))
                .andExpect(jsonPath("$.week").value("2025-W21"));
        mvc.perform(get("/items/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Beitrag 1 von 9 in KW 21/2025")))
                .andExpect(content().string(containsString("aria-current=\"page\"")))
                .andExpect(content()
                        .string(containsString(
                                "<textarea id=\"citation\" readonly rows=\"2\">„Stargate UAE: OpenAI baut sein erstes Rechenzentrum im Ausland“, Wochenwerk Tech, KW 21/2025 (19.05.2025), http://localhost/items/"
                                        + id + "</textarea>")));
    }

    @Test
    void badParametersGetA400WithAClearMessage() throws Exception {
        mvc.perform(get("/api/search").param("page", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'page' must be a whole number, was 'abc'"));
        mvc.perform(get("/api/search").param("from", "gestern"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'from' must be an ISO date like 2025-03-01, was 'gestern'"));
        mvc.perform(get("/api/search").param("sort", "random"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("unknown sort 'random', expected relevance, newest or oldest"));
        mvc.perform(get("/api/search").param("size", "5000")).andExpect(status().isBadRequest());
        mvc.perform(get("/").param("page", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("page must be 1 or more, was 0")));
    }

    @Test
    void unknownItemsAre404() throws Exception {
        mvc.perform(get("/api/items/does-not-exist"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no item with id 'does-not-exist'"));
        mvc.perform(get("/items/does-not-exist"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Nicht gefunden")));
    }

    @Test
    void securityHeadersAreOnEveryResponse() throws Exception {
        for (String url : List.of("/", "/api/search", "/app.css")) {
            mvc.perform(get(url))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        }
    }

    @Test
    void germanByDefaultEnglishOnRequestOrSwitch() throws Exception {
        mvc.perform(get("/").param("q", "Stargate"))
                .andExpect(content().string(containsString("<html lang=\"de\">")))
                .andExpect(content().string(containsString("Treffer · 1–")))
                .andExpect(content().string(containsString("Aufmacher")));
        mvc.perform(get("/").param("q", "Stargate").header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("results · 1–")))
                .andExpect(content().string(containsString("Lead story")))
                .andExpect(content().string(containsString("Week 4 · 2025-01-20")));
        mvc.perform(get("/").param("q", "Stargate").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("<html lang=\"de\">")));
        mvc.perform(get("/").param("q", "Stargate").param("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie()
                        .value("nachlese-lang", "en"))
                .andExpect(content().string(containsString("href=\"/?q=Stargate&amp;lang=de\"")));
    }

    @Test
    void actuatorExposesHealthOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
        for (String hidden : List.of(
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/heapdump",
                "/actuator/loggers",
                "/actuator/mappings",
                "/actuator/metrics")) {
            mvc.perform(get(hidden)).andExpect(status().isNotFound());
        }
    }

    @Test
    void htmxIsServedFromItsWebjar() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/app.css")).andExpect(status().isOk());
    }

    private static long total(String json) {
        return ((Number) JsonPath.read(json, "$.total")).longValue();
    }
}
