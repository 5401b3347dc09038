package de.nachlese.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.nachlese.DemoServerTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/links and the /links page on the demo archive: a real draft, bad parameters and hostile input. */
@DemoServerTest
class LinksApiWebTest {

    @Autowired
    MockMvc mvc;

    static String draft() throws IOException {
        try (InputStream in = LinksApiWebTest.class.getResourceAsStream("/links/draft-kw30.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDraftGetsEarlierCoverageForEachItem() throws Exception {
        mvc.perform(post("/api/links")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(draft())
                        .param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draftDate").value("2025-07-21"))
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andExpect(jsonPath("$.items[0].headline").value("Stargate plant den nächsten Campus"))
                .andExpect(jsonPath("$.items[0].links[0].why", startsWith("gleiche Story seit KW ")))
                .andExpect(jsonPath("$.items[0].links[0].url", startsWith("/items/wochenwerk-tech-2025-w")))
                .andExpect(jsonPath("$.items[0].links[0].markdown", startsWith("[")))
                .andExpect(jsonPath("$.items[*].links[*].date", everyItem(not(startsWith("2025-07-2")))));
    }

    @Test
    void badParametersAnswer400() throws Exception {
        mvc.perform(post("/api/links")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(draft())
                        .param("before", "gestern"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("YYYY-MM-DD")));
        mvc.perform(post("/api/links")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(draft())
                        .param("limit", "21"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("1 to 20")));
        mvc.perform(post("/api/links")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(draft())
                        .param("limit", "viele"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void badInputGetsAClearAnswerNeverA500() throws Exception {
        mvc.perform(post("/api/links").contentType(MediaType.TEXT_PLAIN).content(""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value("the draft is empty"));
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        mvc.perform(post("/api/links").contentType(MediaType.TEXT_PLAIN).content(big))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.message", containsString("larger than 1024 KB")));
        byte[] junk = new byte[5000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 131 % 256);
        }
        mvc.perform(post("/api/links")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(junk))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message", containsString("binary")));
        String english =
                "🚀 Nvidia wins China licence: The US government lets Nvidia ship its H20 chips to China again.\n";
        mvc.perform(post("/api/links")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(english)
                        .param("before", "2025-07-21"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    void scriptsInAnHtmlDraftComeBackEscaped() throws Exception {
        String html = "<h2>🇨🇳 Nvidia <script>alert(1)</script> darf den H20 liefern</h2>"
                + "<p>🇨🇳 Nvidia darf den H20 liefern: Washington erteilt Exportlizenzen für China <img src=x onerror=alert(2)>.</p>";
        String body = mvc.perform(post("/api/links")
                        .contentType(MediaType.TEXT_HTML)
                        .content(html)
                        .param("before", "2025-07-21"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(body)
                .doesNotContain("<script")
                .doesNotContain("onerror=alert");
    }

    @Test
    void thePageWorksWithoutJavaScriptAndAsAFragment() throws Exception {
        mvc.perform(get("/links"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"draft-text\">")));
        mvc.perform(post("/links").param("text", draft()).param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("gleiche Story seit KW")));
        mvc.perform(post("/links").param("text", draft()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("data-copy-from=\"all-markdown\"")));
        mvc.perform(post("/links").param("text", "  ").header("HX-Request", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("the draft is empty")));
    }
}
