package de.nachlese.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the query language end to end on a tiny index: the request's budget, the parser, the interpretation into
 * Lucene queries and the search itself. Under {@code mvn verify} only the seeds in
 * src/test/resources/de/nachlese/search/query/QueryFuzzTestInputs/query/ run; {@code JAZZER_FUZZ=1} fuzzes
 * (SECURITY.md). The contract: every query of at most {@value SearchRequest#MAX_QUERY_CHARS} characters is either
 * refused by the request's budget with a message (a 400 on the web) or searched; any other exception is a finding,
 * and so is an input that runs past Jazzer's per-input timeout (a super-linear case).
 */
class QueryFuzzTest {

    private static TinyIndex index;

    @BeforeAll
    static void open() throws IOException {
        index = new TinyIndex();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @FuzzTest(maxDuration = "10m")
    void query(FuzzedDataProvider data) throws IOException {
        byte[] bytes = data.consumeRemainingAsBytes();
        String query = new String(bytes, StandardCharsets.UTF_8);
        if (query.strip().length() > SearchRequest.MAX_QUERY_CHARS) {
            query = query.strip().substring(0, SearchRequest.MAX_QUERY_CHARS);
        }
        SearchRequest request;
        try {
            request = SearchRequest.builder().query(query).build();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).startsWith("query ");
            return;
        }
        SearchPage page = index.searcher.search(request);
        assertThat(page.total()).isBetween(0L, (long) TinyIndex.ITEMS);
        assertThat(page.notes()).isNotNull();
    }
}
