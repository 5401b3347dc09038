package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.search.FacetValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which facet values the JSON API lists under a {@code facetLimit}. */
class FacetLimitTest {

    private static FacetValue v(String value, long count) {
        return new FacetValue(value, count, false);
    }

    @Test
    void keepsTheValuesWithTheMostHitsTiesByValue() {
        List<FacetValue> values = List.of(v("Nvidia", 9), v("Tesla", 4), v("Apple", 4), v("Meta", 1));
        assertThat(SearchJson.limited(values, 2)).containsExactly(v("Nvidia", 9), v("Apple", 4));
        assertThat(SearchJson.limited(values, 0)).isEmpty();
        assertThat(SearchJson.limited(values, 4)).isSameAs(values);
        assertThat(SearchJson.limited(values, 10_000)).isSameAs(values);
    }

    @Test
    void selectedValuesStayListedBeyondTheLimit() {
        FacetValue meta = new FacetValue("Meta", 1, true);
        FacetValue absent = new FacetValue("Intel", 0, true);
        List<FacetValue> values = List.of(v("Nvidia", 9), v("Tesla", 4), meta, absent);
        assertThat(SearchJson.limited(values, 1)).containsExactly(v("Nvidia", 9), meta, absent);
        assertThat(SearchJson.limited(values, 0)).containsExactly(meta, absent);
    }

    @Test
    void weeksKeepTheirOrderOldestFirst() {
        List<FacetValue> weeks =
                List.of(v("2025-W01", 1), v("2025-W02", 5), v("2025-W03", 2), v("2025-W04", 5), v("2025-W05", 3));
        assertThat(SearchJson.limited(weeks, 3))
                .extracting(FacetValue::value)
                .containsExactly("2025-W02", "2025-W04", "2025-W05");
    }
}
