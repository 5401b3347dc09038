package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An archive folder with markup in headlines, bodies and outlet names, plus a file that is not an issue: the good
 * issue is served with every tag escaped, the bad file does not stop start-up.
 */
// a context of its own (not @DemoServerTest): it serves a hand-made archive with hostile content, not the demo
@SpringBootTest
@AutoConfigureMockMvc
class HostileArchiveWebTest {

    static final String PAYLOAD = "<img src=x onerror=alert(1)>";

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) throws Exception {
        Path archive = Files.createTempDirectory("nachlese-hostile-archive");
        Files.writeString(archive.resolve("issue.txt"), """
                KW3 - Titel mit %1$s

                Testbrief

                Von Test · 13. Januar 2025

                👋 Hallo!

                🧪 Aufmacher mit %1$s

                Der Text des Aufmachers erwähnt Nvidia und %1$s zugleich.

                Das sind die weiteren News der Woche:

                🤖 Meldung mit "Zitat" & Co: Nvidia bleibt im Text, daneben steht %1$s.
                🔗 Outlet%1$s | heise
                """.formatted(PAYLOAD), StandardCharsets.UTF_8);
        Files.writeString(archive.resolve("broken.txt"), "Kein Newsletter\n", StandardCharsets.UTF_8);
        registry.add("nachlese.archive-dir", archive::toString);
        registry.add(
                "nachlese.index-dir",
                () -> archive.resolveSibling(archive.getFileName() + "-index").toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void markupFromTheArchiveIsEscapedInResults() throws Exception {
        String html = mvc.perform(get("/").param("q", "Nvidia"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain(PAYLOAD).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("<mark>Nvidia</mark>");
        assertThat(html).contains("Meldung mit &quot;Zitat&quot; &amp; Co").doesNotContain("\"Zitat\"");
    }

    @Test
    void markupFromTheArchiveIsEscapedOnThePermalink() throws Exception {
        String html = mvc.perform(get("/items/testbrief-2025-w03-aufmacher-mit-img-src-x-onerror-alert-1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain(PAYLOAD).contains("Aufmacher mit &lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void queriesAreEchoedEscaped() throws Exception {
        String html = mvc.perform(get("/").param("q", "\"><script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)</script>");
    }
}
