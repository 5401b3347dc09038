package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.nachlese.DemoServerTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A foreign Host header is refused everywhere, so no feed, OpenSearch description or citation links to it. */
@DemoServerTest
class HostHeaderWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void foreignHostsAreRefusedAndLinksNameTheTrustedHost() throws Exception {
        for (String path : List.of("/", "/feed.atom", "/opensearch.xml", "/earnings.ics", "/api/search?q=Nvidia")) {
            var refused = mvc.perform(get(path).header("Host", "evil.example"))
                    .andReturn()
                    .getResponse();
            assertThat(refused.getStatus()).as(path).isEqualTo(421);
            assertThat(refused.getContentAsString()).doesNotContain("evil.example");
            assertThat(refused.getHeader("X-Frame-Options")).isEqualTo("DENY");
        }
        String feed = mvc.perform(get("/feed.atom").header("Host", "localhost:8080"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(feed).contains("http://localhost:8080/items/").doesNotContain("evil.example");
    }
}
