package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.nachlese.DemoServerTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The search page's help around the results on the demo archive: zero results, facet value search, date presets. */
@DemoServerTest
class SearchHelpWebTest {

    @Autowired
    MockMvc mvc;

    private Document page(String url, boolean htmx) throws Exception {
        var request = get(url).header("Accept-Language", "de");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void zeroResultsSayWhatWasTriedAndLeadToBrowsing() throws Exception {
        Document doc = page("/?q=Xyzzyq Qwrtzpl", false);
        assertThat(doc.select("#result-count").text()).isEqualTo("Keine Treffer");
        assertThat(doc.select(".zero-results h2").text()).isEqualTo("Nichts gefunden für „Xyzzyq Qwrtzpl“");
        assertThat(doc.select(".zero-tried li").eachText())
                .containsExactly(
                        "jedes Wort von „Xyzzyq Qwrtzpl“, auch in zusammengesetzten Wörtern und verwandten" + " Formen",
                        "dieselbe Suche mit einem Wort weniger");
        assertThat(doc.select(".zero-broader")).isEmpty();
        assertThat(doc.select(".zero-browse a").eachAttr("href"))
                .containsExactly("/issues", "/companies", "/people", "/topics", "/");
    }

    @Test
    void zeroResultsOfferTheClosestNamesAndTheSearchWithoutItsDates() throws Exception {
        Document doc = page("/?q=Nvidai&from=2030-01-01", false);
        assertThat(doc.select("#result-count").text()).isEqualTo("Keine Treffer");
        assertThat(doc.select(".zero-names a").first().attr("href")).isEqualTo("/companies/Nvidia");
        assertThat(doc.select(".zero-broader a").eachText()).containsExactly("ohne Zeitraum");
        assertThat(doc.select(".zero-broader a").attr("href")).isEqualTo("/?q=Nvidai");
    }

    @Test
    void zeroResultsOfferToDropEachFilter() throws Exception {
        Document doc = page("/?q=Stargate&company=Oracle&company=Zalando&from=2030-01-01", true);
        assertThat(doc.select(".zero-results h2").text()).isEqualTo("Nichts gefunden für „Stargate“");
        assertThat(doc.select(".zero-tried li").last().select("a").eachAttr("href"))
                .containsExactly(
                        "/?q=Stargate&company=Zalando&from=2030-01-01",
                        "/?q=Stargate&company=Oracle&from=2030-01-01",
                        "/?q=Stargate&company=Oracle&company=Zalando");
        assertThat(doc.select(".zero-broader a").eachText()).containsExactly("ohne Zeitraum");
        assertThat(doc.select(".zero-broader a").attr("href")).isEqualTo("/?q=Stargate&company=Oracle&company=Zalando");
    }

    @Test
    void aSearchWithHitsHasNoZeroResultHelp() throws Exception {
        assertThat(page("/?q=Stargate", false).select(".zero-results")).isEmpty();
    }

    @Test
    void theCompanyFacetIsSearchableOverAllItsValues() throws Exception {
        Document search = page("/", false);
        assertThat(search.select("fieldset[data-facet=company] .facet-filter").attr("data-values-url"))
                .isEqualTo("/facets/company");
        assertThat(search.select("fieldset[data-facet=company] .facet-more a").attr("href"))
                .isEqualTo("/facets/company");

        Document fragment = page("/facets/company?q=Stargate&company=Oracle&contains=soft", true);
        assertThat(fragment.select("html head title")).isEmpty();
        assertThat(fragment.select("input[name=company]").eachAttr("value"))
                .containsExactly("SoftBank", "Oracle", "Microsoft");
        assertThat(fragment.select("input[value=Oracle]").hasAttr("checked")).isTrue();
        assertThat(fragment.select(".facet-found").text()).matches("2 von \\d+ Werten");
        String json = mvc.perform(get("/api/search?q=Stargate&company=Oracle&facetLimit=1000"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> counts =
                com.jayway.jsonpath.JsonPath.read(json, "$.facets.company[?(@.value == 'SoftBank')].count");
        long softBank = counts.getFirst().longValue();
        assertThat(fragment.select("input[value=SoftBank] ~ .count").text()).isEqualTo(String.valueOf(softBank));
    }

    @Test
    void withoutJavaScriptTheFacetValuesAreAPageOfLinks() throws Exception {
        Document doc = page("/facets/company?q=Stargate&contains=ORAC", false);
        assertThat(doc.select("h1").text()).isEqualTo("Firmen: alle Werte");
        assertThat(doc.select("form.facet-search input[type=hidden]").eachAttr("name"))
                .containsExactly("q");
        assertThat(doc.select(".facet-page-values a").eachAttr("href")).containsExactly("/?q=Stargate&company=Oracle");
        mvc.perform(get("/facets/week")).andExpect(status().isNotFound());
    }

    @Test
    void datePresetsCountBackFromTheArchivesNewestItemAndTheTimelineHasAnAxis() throws Exception {
        Document doc = page("/?q=Stargate", true);
        assertThat(doc.select(".date-presets a").eachText()).startsWith("letzte 4 Wochen", "letzte 3 Monate");
        assertThat(doc.select(".date-presets a").first().attr("href"))
                .matches("/\\?q=Stargate&from=2025-\\d\\d-\\d\\d&until=2025-\\d\\d-\\d\\d");
        assertThat(doc.select(".timeline").attr("data-range-url")).isEqualTo("/?q=Stargate");
        assertThat(doc.select(".timeline .axis text").eachText())
                .containsExactly("Jan 2025", "Mär", "Apr", "Mai", "Jun", "Jul");
        assertThat(doc.select(".timeline figcaption").text()).contains("höchstens", "Treffer pro Woche");
    }

    @Test
    void anHtmxSwapSendsTheSuggestionsOnceOutOfBand() throws Exception {
        Document fragment = page("/?q=Nvi", true);
        assertThat(fragment.select("datalist#suggestions")).hasSize(1);
        assertThat(fragment.select("datalist#suggestions").attr("data-hx-swap-oob"))
                .isEqualTo("true");
        Document full = page("/?q=Nvi", false);
        assertThat(full.select("datalist#suggestions")).hasSize(1);
        assertThat(full.select("datalist#suggestions").hasAttr("data-hx-swap-oob"))
                .isFalse();
    }
}
