package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.nachlese.DemoServerTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue pages, entity pages, browse indexes and the timeline, on the demo archive. */
@DemoServerTest
class BrowsePagesWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void issueListHoldsEveryIssueNewestFirst() throws Exception {
        String html = body("/issues");
        assertThat(html).contains("28 Ausgaben im Archiv.").contains("<h2 id=\"jahr-2025\">2025</h2>");
        assertThat(html.indexOf("/issues/wochenwerk-tech-2025-w29"))
                .isLessThan(html.indexOf("/issues/wochenwerk-tech-2025-w02"));
    }

    @Test
    void issueListIsPagedWithLinkHeaders() throws Exception {
        mvc.perform(get("/issues"))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", "</issues>; rel=\"first\", </issues>; rel=\"last\""));
        assertThat(body("/issues")).doesNotContain("class=\"pages\"");
        mvc.perform(get("/issues").param("page", "2")).andExpect(status().isNotFound());
        mvc.perform(get("/issues").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/issues").param("page", "zwei")).andExpect(status().isBadRequest());
    }

    @Test
    void issuePageShowsAllItemsWithAnchorsAndNeighbours() throws Exception {
        String html = body("/issues/wochenwerk-tech-2025-w05");
        assertThat(count(html, "<section class=\"issue-item\" id=\"wochenwerk-tech-2025-w05-"))
                .isEqualTo(9);
        assertThat(html)
                .contains("rel=\"prev\" href=\"/issues/wochenwerk-tech-2025-w04\"")
                .contains("rel=\"next\" href=\"/issues/wochenwerk-tech-2025-w06\"");
        assertThat(body("/issues/wochenwerk-tech-2025-w02")).doesNotContain("rel=\"prev\"");
        assertThat(body("/issues/wochenwerk-tech-2025-w29")).doesNotContain("rel=\"next\"");
        mvc.perform(get("/api/issues/wochenwerk-tech-2025-w05"))
                .andExpect(jsonPath("$.week").value("2025-W05"))
                .andExpect(jsonPath("$.items.length()").value(9))
                .andExpect(jsonPath("$.items[0].position").value(1))
                .andExpect(jsonPath("$.items[8].type").value("earnings"));
        mvc.perform(get("/issues/no-such-issue")).andExpect(status().isNotFound());
    }

    @Test
    void companyIndexListsCompaniesFromAToZWithCounts() throws Exception {
        String html = body("/companies");
        assertThat(html).contains("<a href=\"/companies/Nvidia\">Nvidia</a> <span class=\"count\">48</span>");
        assertThat(html.indexOf("id=\"buchstabe-A\"")).isLessThan(html.indexOf("id=\"buchstabe-N\""));
    }

    @Test
    void entityPageHasCountsTimelineCoMentionsAndLatestItems() throws Exception {
        String html = body("/companies/Nvidia");
        assertThat(html)
                .contains("<dt>Erwähnungen</dt><dd>48</dd>")
                .contains("<dt>Zuerst</dt><dd>06.01.2025</dd>")
                .contains("<dt>Zuletzt</dt><dd>14.07.2025</dd>")
                .contains("<figure class=\"timeline\">")
                .contains("href=\"/people/Jensen%20Huang\">Jensen Huang <span class=\"count\">12</span>")
                .contains("<input type=\"hidden\" name=\"company\" value=\"Nvidia\">");
        assertThat(count(html, "<li class=\"hit\"")).isEqualTo(10);
        // Nvidia is not its own co-mention
        assertThat(html).doesNotContain("href=\"/companies/Nvidia\">Nvidia <span");
        mvc.perform(get(java.net.URI.create("/companies/Keine%20Firma"))).andExpect(status().isNotFound());
        mvc.perform(get(java.net.URI.create("/topics/Politik%20%26%20Regulierung")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Politik &amp; Regulierung</h1>")));
    }

    @Test
    void entityJsonHasTheProfile() throws Exception {
        mvc.perform(get("/api/companies/Nvidia"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("company"))
                .andExpect(jsonPath("$.mentions").value(48))
                .andExpect(jsonPath("$.firstMention").value("2025-01-06"))
                .andExpect(jsonPath("$.lastMention").value("2025-07-14"))
                .andExpect(jsonPath("$.url").value("/companies/Nvidia"))
                .andExpect(jsonPath("$.related.person[0].value").value("Jensen Huang"))
                .andExpect(jsonPath("$.latest.length()").value(10))
                .andExpect(jsonPath("$.latest[0].week").value("2025-W29"));
        mvc.perform(get(java.net.URI.create("/api/people/Niemand%20Bekannt")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no person 'Niemand Bekannt' in the archive"));
    }

    @Test
    void timelineBarsSelectTheirWeekAsDateRange() throws Exception {
        String html = body("/?q=Stargate");
        assertThat(html)
                .contains(
                        "<a href=\"/?q=Stargate&amp;from=2025-01-20&amp;until=2025-01-26\" aria-label=\"KW 4/2025: 4 Treffer\"><rect");
        mvc.perform(get("/").param("q", "Stargate").param("from", "2025-01-20").param("until", "2025-01-26"))
                .andExpect(content().string(containsString("Zeitraum: 20.01.2025 – 26.01.2025")));
    }

    @Test
    void searchFeedIsValidAtomWithTheNewestMatchingItems() throws Exception {
        String xml = mvc.perform(get("/feed.atom").param("q", "Stargate"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        com.rometools.rome.feed.synd.SyndFeed feed =
                new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Nachlese: „Stargate“");
        assertThat(feed.getEntries()).hasSizeGreaterThanOrEqualTo(6);
        var first = feed.getEntries().getFirst();
        assertThat(first.getLink()).startsWith("http://localhost/items/wochenwerk-tech-2025-w2");
        assertThat(first.getUri()).isEqualTo(first.getLink());
        assertThat(feed.getEntries())
                .isSortedAccordingTo(
                        java.util.Comparator.comparing(com.rometools.rome.feed.synd.SyndEntry::getPublishedDate)
                                .reversed());
        assertThat(feed.getEntries())
                .allSatisfy(entry -> assertThat(entry.getTitle()).isNotBlank());
    }

    @Test
    void entityFeedFiltersByTheEntity() throws Exception {
        String xml = mvc.perform(get("/feed.atom").param("person", "Jensen Huang"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        com.rometools.rome.feed.synd.SyndFeed feed =
                new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(xml));
        assertThat(feed.getTitle()).isEqualTo("Nachlese: Personen: Jensen Huang");
        assertThat(feed.getEntries())
                .hasSize(13)
                .allSatisfy(entry -> assertThat(entry.getCategories())
                        .anySatisfy(c -> assertThat(c.getName()).isEqualTo("Jensen Huang")));
    }

    @Test
    void openSearchDescriptionPointsAtTheSearch() throws Exception {
        mvc.perform(get("/opensearch.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/opensearchdescription+xml;charset=UTF-8"))
                .andExpect(content().string(containsString("template=\"http://localhost/?q={searchTerms}\"")));
        assertThat(body("/")).contains("<link rel=\"search\" type=\"application/opensearchdescription+xml\"");
    }

    @Test
    void permalinkShowsTheStoryThreadAndEarlierCoverage() throws Exception {
        String html = body("/items/wochenwerk-tech-2025-w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im");
        assertThat(html)
                .contains("<h2 id=\"thread-heading\">Story-Verlauf (7 Beiträge)</h2>")
                .contains(
                        "<strong aria-current=\"step\">KW 21 · 19.05.2025: <span lang=\"de\">Stargate UAE: OpenAI baut sein erstes Rechenzentrum im Ausland</span></strong>")
                .contains("<a rel=\"prev\" href=\"/items/wochenwerk-tech-2025-w18-fragezeichen-hinter-stargate\">")
                .contains(
                        "<a rel=\"next\" href=\"/items/wochenwerk-tech-2025-w28-stargate-bekommt-4-5-gigawatt-mehr\">")
                .contains("<h2 id=\"earlier-heading\">Frühere Berichterstattung</h2>")
                .contains("<h2 id=\"later-heading\">Spätere Folgen</h2>");
        String earlier = html.substring(html.indexOf("earlier-heading"), html.indexOf("later-heading"));
        assertThat(earlier).contains("/items/wochenwerk-tech-2025-w").doesNotContain("2025-w2[2-9]");
        // what the thread shows is not repeated; the follow-ups read forward in time
        assertThat(earlier).doesNotContain("stargate");
        String later = html.substring(html.indexOf("later-heading"), html.indexOf("item-cite"));
        assertThat(later)
                .doesNotContain("stargate")
                .contains("w25-metas-talentjagd")
                .contains("w28-nvidia-knackt");
        assertThat(later.indexOf("w25-metas-talentjagd")).isLessThan(later.indexOf("w28-nvidia-knackt"));
    }

    @Test
    void searchExplainsHowItReadTheQuery() throws Exception {
        assertThat(body("/?q=Zuckerburg"))
                .contains(
                        "Keine Treffer für „Zuckerburg“. Gezeigt werden die Treffer für <a href=\"/?q=Zuckerberg\"><strong>Zuckerberg</strong></a>.");
        assertThat(body("/?q=Facebook")).contains("<span class=\"chip company\">Facebook → Meta (Firmen)</span>");
        String fallback = mvc.perform(get("/").param("q", "(Musk"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fallback)
                .contains(
                        "<p class=\"notice\" role=\"note\">Die Suche ließ sich nicht so lesen, wie sie geschrieben war "
                                + "(Klammer nicht geschlossen); gesucht wurde nach ihren Wörtern.</p>");
    }

    @Test
    void suggestionsComeAlongWithEachSwap() throws Exception {
        String fragment = mvc.perform(get("/").param("q", "Nvi").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .contains("<datalist id=\"suggestions\" data-hx-swap-oob=\"true\">")
                .contains("<option value=\"Nvidia\"></option>");
        assertThat(body("/?q=Nvi")).contains("<datalist id=\"suggestions\">").contains("list=\"suggestions\"");
    }

    @Test
    void entityPageTellsTheStory() throws Exception {
        String html = body("/companies/Nvidia");
        assertThat(html)
                .contains("<li>Zuerst erwähnt: <span class=\"week\">KW 2 · 06.01.2025</span> "
                        + "<a href=\"/items/wochenwerk-tech-2025-w02-nvidia-macht-die-ces-zur-jensen-huang-show\" lang=\"de\">"
                        + "Nvidia macht die CES zur Jensen-Huang-Show</a></li>")
                .contains(
                        "<li>Zuletzt erwähnt: <span class=\"week\">KW 29 · 14.07.2025</span> "
                                + "<a href=\"/items/wochenwerk-tech-2025-w29-kehrtwende-in-washington-nvidia-darf-den-h20-wieder-nach\"")
                .contains("<h2 id=\"leads-heading\">Aufmacher</h2>")
                .contains("<h2 id=\"threads-heading\">Story-Verläufe</h2>")
                .contains(
                        "<a href=\"/items/wochenwerk-tech-2025-w04-trump-verkuendet-stargate-das-500-milliarden-projekt\" "
                                + "lang=\"de\">Trump verkündet Stargate, das 500-Milliarden-Projekt</a> "
                                + "<span class=\"span\">KW 4/2025 – KW 28/2025 · 7 Beiträge</span>")
                // the timeline: weeks labelled on the axis, the count of each week on hover and for screen readers
                .contains("<text x=\"0\" y=\"75\" aria-hidden=\"true\">KW 2</text>")
                .contains("aria-label=\"KW 3/2025: 4 Treffer\"><rect")
                .contains("<title>KW 6/2025: 0 Treffer</title>")
                .contains("Erwähnungen pro Woche: KW 2/2025 bis KW 29/2025")
                // co-mentions lead to their own pages
                .contains("<a class=\"chip company\" href=\"/companies/AMD\">AMD <span class=\"count\">8</span></a>")
                .contains("<h2 id=\"items-heading\">Alle Beiträge (48), neueste zuerst</h2>")
                .contains("<span>Seite 1 von 5</span>")
                .contains("<a rel=\"next\" href=\"/companies/Nvidia?page=2\">");
        String leads = html.substring(html.indexOf("leads-heading"), html.indexOf("threads-heading"));
        assertThat(count(leads, "<li>")).isEqualTo(5);
        assertThat(leads.indexOf("w29-kehrtwende-in-washington")).isLessThan(leads.indexOf("w28-nvidia-knackt"));
        String threads = html.substring(html.indexOf("threads-heading"), html.indexOf("entity-related"));
        assertThat(count(threads, "<li>")).isEqualTo(8);
        // the chips of the items lead to entity pages, not to search filters
        String items = html.substring(html.indexOf("items-heading"), html.indexOf("<nav class=\"pager\""));
        assertThat(items)
                .contains("<a class=\"chip company\" href=\"/companies/")
                .doesNotContain("href=\"/?company=");
    }

    @Test
    void entityPagesPageThroughAllItemsAndHoldAtTheLastPage() throws Exception {
        String second = body("/companies/Nvidia?page=2");
        assertThat(count(second, "<li class=\"hit\"")).isEqualTo(10);
        assertThat(second)
                .contains("<a rel=\"prev\" href=\"/companies/Nvidia\">")
                .contains("<span>Seite 2 von 5</span>");
        String last = body("/companies/Nvidia?page=5");
        assertThat(count(last, "<li class=\"hit\"")).isEqualTo(8);
        assertThat(last).doesNotContain("rel=\"next\" href=\"/companies/Nvidia");
        mvc.perform(get("/companies/Nvidia").param("page", "99"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/companies/Nvidia?page=5"));
        mvc.perform(get("/people/Jensen Huang").param("page", "7"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/people/Jensen%20Huang?page=2"));
    }

    @Test
    void itemPageMarksTheWordsOfTheSearchTheReaderCameFrom() throws Exception {
        String url = "/items/wochenwerk-tech-2025-w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im";
        String html = raw(url + "?q=Stargate%20Abu%20Dhabi");
        assertThat(html)
                .contains(
                        "<h1 lang=\"de\"><mark>Stargate</mark> UAE: OpenAI baut sein erstes Rechenzentrum im Ausland</h1>")
                .contains("den ersten Ableger seines Infrastrukturprojekts außerhalb der USA angekündigt. "
                        + "In <mark>Abu</mark> <mark>Dhabi</mark> soll")
                .contains(
                        "Markiert: die Wörter der Suche „Stargate Abu Dhabi“ · <a href=\"/?q=Stargate%20Abu%20Dhabi\">");
        // the same analyzer as search: an inflected form in the query marks the form in the text
        assertThat(raw(url + "?q=Rechenzentren")).contains("<mark>Rechenzentrum</mark>");
        assertThat(body(url)).doesNotContain("<mark>").doesNotContain("marks-note");
        // words that match nothing leave the page as it is
        assertThat(raw(url + "?q=Bananenrepublik")).doesNotContain("<mark>").doesNotContain("marks-note");
    }

    @Test
    void theMarkedItemPageEscapesTheQuery() throws Exception {
        String item = "/items/wochenwerk-tech-2025-w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im";
        assertThat(raw(item + "?q=Stargate%20%3CUAE%3E"))
                .contains("„Stargate &lt;UAE&gt;“")
                .contains("<h1 lang=\"de\"><mark>Stargate</mark> <mark>UAE</mark>: OpenAI");
        assertThat(raw(item + "?q=%3Cscript%3Ealert(1)%3C/script%3E%20Stargate"))
                .doesNotContain("<script>alert");
    }

    @Test
    void searchResultsLinkToTheItemWithTheQuery() throws Exception {
        assertThat(body("/?q=Stargate"))
                .contains(
                        "<h2 class=\"hit-headline\" lang=\"de\"><a href=\"/items/wochenwerk-tech-2025-w18-fragezeichen-hinter-stargate?q=Stargate\"");
        assertThat(raw("/?q=Abu%20Dhabi")).contains("?q=Abu+Dhabi\"");
        assertThat(body("/?company=Nvidia"))
                .doesNotContain("?q=\"")
                .contains("<a href=\"/items/wochenwerk-tech-2025-w29-");
    }

    @Test
    void englishChromeKeepsTheGermanContentMarkedAsGerman() throws Exception {
        String html =
                body("/items/wochenwerk-tech-2025-w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im?lang=en");
        assertThat(html)
                .contains("<html lang=\"en\">")
                .contains("<h2 id=\"earlier-heading\">Earlier coverage</h2>")
                .contains("<h1 lang=\"de\">Stargate UAE: OpenAI baut sein erstes Rechenzentrum im Ausland</h1>")
                .contains("<div class=\"item-body\" lang=\"de\">")
                .contains("<span lang=\"de\">Trump verkündet Stargate, das 500-Milliarden-Projekt</span>");
        assertThat(body("/?q=Stargate&lang=en"))
                .contains("<html lang=\"en\">")
                .contains("<h2 class=\"hit-headline\" lang=\"de\">")
                .contains("<p class=\"snippet\" lang=\"de\">");
        assertThat(body("/companies/Nvidia?lang=en"))
                .contains("<h2 id=\"threads-heading\">Story threads</h2>")
                .contains("<h3 class=\"hit-headline\" lang=\"de\">");
    }

    /** The page at a URL that is already percent-encoded. */
    private String raw(String url) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
