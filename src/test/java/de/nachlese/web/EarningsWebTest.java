package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.nachlese.DemoServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's earnings calendars as JSON, as an ICS calendar and as a table. */
@DemoServerTest
class EarningsWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void jsonListsAcompanysReportDates() throws Exception {
        mvc.perform(get("/api/earnings").param("company", "Nvidia"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].company").value("Nvidia"))
                .andExpect(jsonPath("$[0].date").value("2025-02-26"))
                .andExpect(jsonPath("$[0].timing").value("AMC"))
                .andExpect(jsonPath("$[0].item").value("/items/wochenwerk-tech-2025-w09-quartalsergebnisse-der-woche"))
                .andExpect(jsonPath("$[1].date").value("2025-05-28"));
    }

    @Test
    void icsIsACalendarWithOneAllDayEventPerReport() throws Exception {
        String ics = mvc.perform(get("/earnings.ics").param("company", "Nvidia"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains("BEGIN:VEVENT\r\nUID:Nvidia-20250226@nachlese\r\n")
                .contains("DTSTART;VALUE=DATE:20250226\r\nDTEND;VALUE=DATE:20250227\r\n")
                .contains("SUMMARY:Nvidia: Quartalszahlen (nach Börsenschluss)\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
    }

    @Test
    void aWindowOfReportDatesAndALinkToTheWindowBefore() throws Exception {
        // without from and until: report dates from 12 months before the newest calendar (2025-05-26) on
        mvc.perform(get("/api/earnings").param("company", "Nvidia"))
                .andExpect(header().string(
                                "Link",
                                "</api/earnings?company=Nvidia&from=2023-05-26&until=2024-05-25>; rel=\"prev\""));
        mvc.perform(get("/api/earnings")
                        .param("company", "Nvidia")
                        .param("from", "2025-05-01")
                        .param("until", "2025-05-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].date").value("2025-05-28"))
                .andExpect(header().string(
                                "Link",
                                "</api/earnings?company=Nvidia&from=2025-03-31&until=2025-04-30>; rel=\"prev\""));
        mvc.perform(get("/earnings.ics").param("from", "2025-05-01").param("until", "2025-05-31"))
                .andExpect(header().string("Link", "</earnings.ics?from=2025-03-31&until=2025-04-30>; rel=\"prev\""));
    }

    @Test
    void badParametersAre400() throws Exception {
        mvc.perform(get("/api/earnings").param("from", "morgen")).andExpect(status().isBadRequest());
    }

    private org.jsoup.nodes.Document html(String url) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get(url).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theEarningsPageIsATableWithCompaniesLinkedAndTimesSpeltOut() throws Exception {
        org.jsoup.nodes.Document page = html("/earnings?company=Nvidia");
        assertThat(page.select("h1").text()).isEqualTo("Termine für Quartalszahlen");
        assertThat(page.select(".earnings-table th").eachText()).containsExactly("Tag", "Firma", "Zeitpunkt", "Quelle");
        assertThat(page.select(".earnings-table tbody tr").first().select("td").eachText())
                .containsExactly("Mi., 26.02.2025", "Nvidia", "nach Börsenschluss", "Kalender");
        assertThat(page.select(".earnings-table tbody tr").first().select("a").eachAttr("href"))
                .containsExactly("/companies/Nvidia", "/items/wochenwerk-tech-2025-w09-quartalsergebnisse-der-woche");
        assertThat(page.select(".earnings-table tbody tr")).hasSize(2);
        assertThat(page.select("a[href^=/earnings.ics]").attr("href")).isEqualTo("/earnings.ics?company=Nvidia");
    }

    @Test
    void theCalendarItemShowsItsDatesAsATable() throws Exception {
        org.jsoup.nodes.Document item = html("/items/wochenwerk-tech-2025-w09-quartalsergebnisse-der-woche");
        assertThat(item.select(".earnings-table tbody tr")).isNotEmpty();
        assertThat(item.select(".earnings-table tbody td:eq(2)").eachText())
                .isSubsetOf("vor Börseneröffnung", "nach Börsenschluss", "Uhrzeit offen");
        assertThat(item.select(".earnings-table a[href=/companies/Nvidia]")).hasSize(1);
    }

    @Test
    void aPagePastTheEndOfTheTableRedirectsToTheLast() throws Exception {
        String json =
                mvc.perform(get("/api/earnings")).andReturn().getResponse().getContentAsString();
        int total = com.jayway.jsonpath.JsonPath.<Integer>read(json, "$.length()");
        int last = (total + EarningsPage.SIZE - 1) / EarningsPage.SIZE;
        assertThat(last).isGreaterThan(1);
        mvc.perform(get("/earnings").param("page", "99"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/earnings?page=" + last));
    }
}
