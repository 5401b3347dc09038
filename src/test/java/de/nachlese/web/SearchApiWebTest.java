package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import de.nachlese.DemoServerTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API of the search features on the demo archive: notes, histogram, related items, autocomplete. */
@DemoServerTest
class SearchApiWebTest {

    private static final String P = "wochenwerk-tech-2025-";

    @Autowired
    MockMvc mvc;

    @Test
    void misspeltQueryShowsTheCorrectedResults() throws Exception {
        mvc.perform(get("/api/search").param("q", "Zuckerburg"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("Zuckerburg"))
                .andExpect(jsonPath("$.didYouMean").value("Zuckerberg"))
                .andExpect(jsonPath("$.showingResultsFor").value("Zuckerberg"))
                .andExpect(jsonPath("$.total").value(16))
                .andExpect(jsonPath("$.hits[0].id")
                        .value(P + "w27-meta-superintelligence-labs-zuckerberg-baut-seine-ki-sparte"))
                .andExpect(jsonPath("$.understood[0].facet").value("person"))
                .andExpect(jsonPath("$.understood[0].value").value("Mark Zuckerberg"));
    }

    @Test
    void syntaxErrorFallsBackToThePlainWordsWithANotice() throws Exception {
        mvc.perform(get("/api/search").param("q", "Stargate AND ("))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.syntaxError").value("Suchbegriff fehlt am Ende"))
                .andExpect(jsonPath("$.total").value(14))
                .andExpect(jsonPath("$.didYouMean").value(nullValue()));
        mvc.perform(get("/api/search").param("q", "Stargate"))
                .andExpect(jsonPath("$.syntaxError").value(nullValue()))
                .andExpect(jsonPath("$.total").value(14));
    }

    @Test
    void theSyntaxErrorIsInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/search").param("q", "Stargate AND (").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.syntaxError").value("A search term is missing at the end"));
        mvc.perform(get("/api/search").param("q", "von:gestern Tesla").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(jsonPath("$.syntaxError").value("“von:gestern” is not a date (e.g. 2025-03-01)"));
        mvc.perform(get("/api/search").param("q", "von:gestern Tesla").header("Accept-Language", "de"))
                .andExpect(jsonPath("$.syntaxError").value("„von:gestern“ ist kein Datum (z. B. 2025-03-01)"));
        String page = mvc.perform(
                        get(WebPaths.SEARCH).param("q", "Stargate AND (").header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("The query could not be read as written (A search term is missing at the end)");
    }

    @Test
    void anEmptyQueryIsNoSyntaxError() throws Exception {
        for (String blank : new String[] {"", "   "}) {
            mvc.perform(get("/api/search").param("q", blank))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.syntaxError").value(nullValue()));
        }
        mvc.perform(get("/api/search"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.syntaxError").value(nullValue()));
    }

    @Test
    void aliasesAreReportedAsUnderstood() throws Exception {
        mvc.perform(get("/api/search").param("q", "Facebook"))
                .andExpect(jsonPath("$.understood[0].typed").value("Facebook"))
                .andExpect(jsonPath("$.understood[0].facet").value("company"))
                .andExpect(jsonPath("$.understood[0].value").value("Meta"))
                .andExpect(jsonPath("$.total").value(31));
    }

    @Test
    void twoCompaniesAreOrAndTheCompanyFacetKeepsTheOtherCounts() throws Exception {
        String both = mvc.perform(get("/api/search").param("company", "Nvidia").param("company", "Tesla"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(70))
                .andExpect(jsonPath("$.facets.company[?(@.value == 'Nvidia')].count")
                        .value(contains(48)))
                .andExpect(jsonPath("$.facets.company[?(@.value == 'Nvidia')].selected")
                        .value(contains(true)))
                .andExpect(jsonPath("$.facets.company[?(@.value == 'Tesla')].selected")
                        .value(contains(true)))
                // drill sideways: companies that are not selected keep their counts over the whole archive
                .andExpect(jsonPath("$.facets.company[?(@.value == 'OpenAI')].count")
                        .value(contains(51)))
                .andExpect(jsonPath("$.facets.company[?(@.value == 'OpenAI')].selected")
                        .value(contains(false)))
                // other dimensions count the OR result
                .andExpect(jsonPath("$.facets.type[?(@.value == 'news')].count").value(contains(25)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int nvidia = total("/api/search?company=Nvidia");
        int tesla = total("/api/search?company=Tesla");
        int overlap = total("/api/search?company=Nvidia&q=firma:Tesla");
        assertThat(nvidia + tesla - overlap).isEqualTo(70);
        List<Integer> teslaCount = JsonPath.read(both, "$.facets.company[?(@.value == 'Tesla')].count");
        assertThat(teslaCount).containsExactly(tesla);
    }

    @Test
    void histogramCoversTheResultWeeksWithEmptyWeeks() throws Exception {
        mvc.perform(get("/api/search").param("q", "Stargate"))
                .andExpect(jsonPath("$.histogram.length()").value(25))
                .andExpect(jsonPath("$.histogram[0].week").value("2025-W04"))
                .andExpect(jsonPath("$.histogram[0].count").value(4))
                .andExpect(jsonPath("$.histogram[1].week").value("2025-W05"))
                .andExpect(jsonPath("$.histogram[2].week").value("2025-W06"))
                .andExpect(jsonPath("$.histogram[2].count").value(0))
                .andExpect(jsonPath("$.histogram[24].week").value("2025-W28"));
    }

    @Test
    void relatedItemsAndTheStoryThread() throws Exception {
        mvc.perform(get("/api/items/" + P + "w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im/related"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.thread[*].id")
                        .value(contains(
                                P + "w04-trump-verkuendet-stargate-das-500-milliarden-projekt",
                                P + "w04-stargate-im-groessenvergleich",
                                P + "w05-stargate-geraet-unter-beschuss",
                                P + "w10-stargate-waechst-in-abilene",
                                P + "w18-fragezeichen-hinter-stargate",
                                P + "w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im",
                                P + "w28-stargate-bekommt-4-5-gigawatt-mehr")))
                .andExpect(jsonPath("$.previous.id").value(P + "w18-fragezeichen-hinter-stargate"))
                .andExpect(jsonPath("$.next.id").value(P + "w28-stargate-bekommt-4-5-gigawatt-mehr"))
                .andExpect(jsonPath("$.next.url").value("/items/" + P + "w28-stargate-bekommt-4-5-gigawatt-mehr"))
                .andExpect(jsonPath("$.earlier[0].id")
                        .value(P + "w20-trump-kippt-die-diffusion-rule-und-packt-nvidia-chips-in-den"))
                .andExpect(jsonPath("$.earlier[0].similarity").value(greaterThan(0.12)))
                .andExpect(jsonPath("$.later.length()").value(greaterThan(0)));
        mvc.perform(get("/api/items/no-such-item/related")).andExpect(status().isNotFound());
    }

    @Test
    void autocompleteSuggestsNamesThenHeadlines() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "zuck").param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].label").value("Mark Zuckerberg"))
                .andExpect(jsonPath("$[0].facet").value("person"))
                .andExpect(jsonPath("$[0].count").value(16))
                .andExpect(jsonPath("$[0].url").value("/?person=Mark%20Zuckerberg"))
                .andExpect(jsonPath("$[1].label").value("Zuckerberg verteidigt die Milliarden"))
                .andExpect(jsonPath("$[1].id").value(P + "w05-zuckerberg-verteidigt-die-milliarden"))
                .andExpect(jsonPath("$[1].url").value("/items/" + P + "w05-zuckerberg-verteidigt-die-milliarden"));
        mvc.perform(get("/api/suggest").param("q", "zuck").param("limit", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/suggest").param("q", "zuck").param("limit", "viele"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/suggest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void facetsListTheTopValuesAndCountWhatIsLeftOut() throws Exception {
        String all = mvc.perform(get("/api/search").param("q", "KI").param("facetLimit", "10000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moreFacetValues.company").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> companies = JsonPath.read(all, "$.facets.company[*].value");
        List<String> weeks = JsonPath.read(all, "$.facets.week[*].value");
        assertThat(companies).hasSizeGreaterThan(12);
        assertThat(weeks).isSorted().hasSizeGreaterThan(12);

        String three = mvc.perform(get("/api/search").param("q", "KI").param("facetLimit", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facets.company.length()").value(3))
                .andExpect(jsonPath("$.moreFacetValues.company").value(companies.size() - 3))
                .andExpect(jsonPath("$.facets.week.length()").value(3))
                .andExpect(jsonPath("$.moreFacetValues.week").value(weeks.size() - 3))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // companies come by count, so the first three of the whole list
        List<String> topCompanies = JsonPath.read(three, "$.facets.company[*].value");
        assertThat(topCompanies).containsExactlyElementsOf(companies.subList(0, 3));
        // weeks keep their order, oldest first
        List<String> topWeeks = JsonPath.read(three, "$.facets.week[*].value");
        assertThat(topWeeks).isSorted().isSubsetOf(weeks);

        // the default lists ten; a selected value is listed even when it is not among them
        String last = companies.get(companies.size() - 1);
        mvc.perform(get("/api/search").param("q", "KI"))
                .andExpect(jsonPath("$.facets.company.length()").value(10))
                .andExpect(jsonPath("$.moreFacetValues.company").value(companies.size() - 10));
        mvc.perform(get("/api/search").param("q", "KI").param("facetLimit", "0").param("company", last))
                .andExpect(jsonPath("$.facets.company[*].value").value(contains(last)))
                .andExpect(jsonPath("$.facets.company[0].selected").value(true))
                .andExpect(jsonPath("$.facets.type.length()").value(0));

        for (String bad : List.of("-1", "10001", "viele", "2.5")) {
            mvc.perform(get("/api/search").param("q", "KI").param("facetLimit", bad))
                    .andExpect(status().isBadRequest());
        }
    }

    private int total(String url) throws Exception {
        return JsonPath.read(mvc.perform(get(url)).andReturn().getResponse().getContentAsString(), "$.total");
    }
}
