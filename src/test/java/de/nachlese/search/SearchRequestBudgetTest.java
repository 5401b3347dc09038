package de.nachlese.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The length, token and depth budget of a query: past any of them the request is refused with a message. */
class SearchRequestBudgetTest {

    private static SearchRequest request(String query) {
        return SearchRequest.builder().query(query).build();
    }

    @Test
    void queriesWithinTheBudgetAreAccepted() {
        assertThat(request("AI ".repeat(166)).query()).hasSize(497);
        assertThat(request("-".repeat(200)).query()).hasSize(200);
        assertThat(request("(".repeat(32) + "Musk" + ")".repeat(32)).query()).hasSize(68);
        assertThat(request("KI-Infrastruktur von:2025-03-01").query()).isEqualTo("KI-Infrastruktur von:2025-03-01");
    }

    @Test
    void queriesPastTheBudgetAreRefusedWithTheReason() {
        assertThatThrownBy(() -> request("x".repeat(501))).hasMessage("query is longer than 500 characters");
        assertThatThrownBy(() -> request("-".repeat(499)))
                .hasMessage("query has more than 200 words and operators (499)");
        assertThatThrownBy(() -> request("!".repeat(201)))
                .hasMessage("query has more than 200 words and operators (201)");
        assertThatThrownBy(() -> request("a ".repeat(201)))
                .hasMessage("query has more than 200 words and operators (201)");
        assertThatThrownBy(() -> request("(".repeat(33) + "Musk"))
                .hasMessage("query nests brackets deeper than 32 levels");
    }
}
