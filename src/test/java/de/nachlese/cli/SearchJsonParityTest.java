package de.nachlese.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.nachlese.DemoServerTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code nachlese search --json} prints exactly what {@code /api/search} answers, byte for byte, reading the index
 * while the server holds it open.
 */
@DemoServerTest
class SearchJsonParityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void searchJsonEqualsTheApi() throws Exception {
        assertSame(new String[] {"Musk"}, "q=Musk");
        assertSame(
                new String[] {"Musk", "--company=Tesla", "--size=3", "--page=2"}, "q=Musk&company=Tesla&size=3&page=2");
        assertSame(new String[] {"--week=2025-W05", "--sort=oldest"}, "week=2025-W05&sort=oldest");
        assertSame(
                new String[] {"Chips", "--from=2025-03-01", "--until=2025-04-30", "--type=news"},
                "q=Chips&from=2025-03-01&until=2025-04-30&type=news");
        assertSame(new String[] {"KI", "--facet-limit=2"}, "q=KI&facetLimit=2");
        assertSame(new String[] {"KI", "--facet-limit=10000"}, "q=KI&facetLimit=10000");
    }

    private void assertSame(String[] cliArgs, String query) throws Exception {
        String api = mvc.perform(get("/api/search?" + query))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] args = new String[cliArgs.length + 3];
        args[0] = "search";
        args[1] = "--json";
        args[2] = "--index-dir=" + DemoServerTest.IndexFolder.path();
        System.arraycopy(cliArgs, 0, args, 3, cliArgs.length);
        CliTest.Run cli = CliTest.run(args);
        assertThat(cli.exitCode()).isZero();
        assertThat(api).contains("\"hits\":[{");
        assertThat(cli.out()).isEqualTo(api + "\n");
    }
}
