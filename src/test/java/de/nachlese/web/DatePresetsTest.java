package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.search.SearchRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date presets count back from the archive's newest item, not from the clock. */
class DatePresetsTest {

    @org.junit.jupiter.api.BeforeAll
    static void messages() {
        TestMessages.load();
    }

    @Test
    void rangesEndOnTheNewestItemAndLastYearIsOfferedWhenTheArchiveReachesIt() {
        List<DatePresets.Preset> presets =
                DatePresets.of(SearchRequest.of("Chips"), LocalDate.of(2023, 11, 6), LocalDate.of(2025, 3, 14));
        assertThat(presets)
                .extracting(DatePresets.Preset::url)
                .containsExactly(
                        "/?q=Chips&from=2025-02-15&until=2025-03-14",
                        "/?q=Chips&from=2024-12-15&until=2025-03-14",
                        "/?q=Chips&from=2024-03-15&until=2025-03-14",
                        "/?q=Chips&from=2025-01-01&until=2025-03-14",
                        "/?q=Chips&from=2024-01-01&until=2024-12-31");
        assertThat(presets).noneMatch(DatePresets.Preset::active);
    }

    @Test
    void aRangeThatHoldsTheWholeArchiveIsLeftOutAndTheChosenOneIsActive() {
        SearchRequest chosen = SearchRequest.builder()
                .dates(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 7, 14))
                .build();
        List<DatePresets.Preset> presets = DatePresets.of(chosen, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 7, 14));
        assertThat(presets)
                .extracting(DatePresets.Preset::url, DatePresets.Preset::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/?from=2025-06-17&until=2025-07-14", false),
                        org.assertj.core.groups.Tuple.tuple("/?from=2025-04-15&until=2025-07-14", true));
    }
}
