package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.nachlese.DemoServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Wrong addresses end on the site's own pages: unknown paths get a localised 404 with the search box (through the
 * real servlet container, which MockMvc does not forward to), other spellings of a name and pages past the end
 * are redirected to the page that exists.
 */
@DemoServerTest
class ErrorPagesWebTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownPathIsTheSitesOwnGermanPageWithTheSearchBox() throws Exception {
        HttpResponse<String> page = fetch("/no/such/page", "de");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains(
                        "<html lang=\"de\">",
                        "<title>Fehler 404 – Nachlese</title>",
                        "<h1>Nicht gefunden</h1>",
                        "Diese Seite gibt es im Archiv nicht.",
                        "name=\"q\"")
                .doesNotContain("Whitelabel");
        assertThat(fetch("/no/such/page", "en").body()).contains("<html lang=\"en\">", "<h1>Not found</h1>");
    }

    @Test
    void anUnknownItemIsExplainedInGermanNotInDeveloperEnglish() throws Exception {
        HttpResponse<String> page = fetch("/items/does-not-exist", "de");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("<h1>Nicht gefunden</h1>", "Diese Seite gibt es im Archiv nicht.")
                .doesNotContain("no item with id");
    }

    @Test
    void anUnknownApiPathAnswersJson() throws Exception {
        HttpResponse<String> answer = fetch("/api/no-such-thing", "de");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("\"status\":404", "\"error\":\"Not Found\"");
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void aNameInAnotherSpellingRedirectsToItsPage() throws Exception {
        mvc.perform(get("/companies/nvidia"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/companies/Nvidia"));
        mvc.perform(get("/people/elon musk"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/people/Elon%20Musk"));
        mvc.perform(get("/companies/Nobody")).andExpect(status().isNotFound());
    }

    @Test
    void aPagePastTheEndRedirectsToTheLastPage() throws Exception {
        mvc.perform(get("/").param("q", "Stargate").param("page", "99"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/?q=Stargate&page=2"));
        mvc.perform(get("/").param("q", "Stargate").param("page", "2")).andExpect(status().isOk());
    }

    private HttpResponse<String> fetch(String path, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept-Language", language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
