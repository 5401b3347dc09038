package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.rometools.rome.io.SyndFeedInput;
import de.nachlese.DemoServerTest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A query or filter with a character XML forbids still gets a valid feed and calendar, not a 500. */
@DemoServerTest
class FeedHardeningWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void forbiddenCharactersInParametersStillGiveValidXml() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String value :
                List.of("\u0000", "\u0007", "\u001B", "\uFFFE", "Nvidia\uFFFF", "\uFDD0", "\uD800", "\u0085")) {
            for (String param : List.of("q", "company", "week")) {
                var response = mvc.perform(get("/feed.atom").param(param, value))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() != 200 && response.getStatus() != 400) {
                    failures.add(param + "=" + escape(value) + " → " + response.getStatus());
                } else if (response.getStatus() == 200) {
                    new SyndFeedInput().build(new StringReader(response.getContentAsString()));
                }
                int ics = mvc.perform(get("/earnings.ics").param(param, value))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (ics != 200 && ics != 400) {
                    failures.add("ics " + param + "=" + escape(value) + " → " + ics);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(mvc.perform(get("/feed.atom").param("q", "\u0000"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(String.format("U+%04X", c)));
        return out.toString();
    }
}
