package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.IsoWeek;
import de.nachlese.search.WeekCount;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's bars: an even week axis, links only where there is something to select. */
class TimelineTest {

    @org.junit.jupiter.api.BeforeAll
    static void messages() {
        TestMessages.load();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
    }

    @org.junit.jupiter.api.AfterAll
    static void defaultLocale() {
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void weeksWithoutHitsBetweenTheFirstAndTheLastAreEmptyBarsWithoutALink() {
        Timeline timeline = Timeline.ofHistogram(
                List.of(new WeekCount(IsoWeek.parse("2025-W01"), 4), new WeekCount(IsoWeek.parse("2025-W04"), 2)),
                week -> "/?week=" + week);
        assertThat(timeline.bars())
                .extracting(b -> b.week().toString())
                .containsExactly("2025-W01", "2025-W02", "2025-W03", "2025-W04");
        assertThat(timeline.bars()).extracting(Timeline.Bar::count).containsExactly(4L, 0L, 0L, 2L);
        assertThat(timeline.bars())
                .extracting(Timeline.Bar::url)
                .containsExactly("/?week=2025-W01", null, null, "/?week=2025-W04");
        assertThat(timeline.bars()).extracting(Timeline.Bar::barHeightPx).containsExactly(56, 1, 1, 28);
        assertThat(timeline.widthPx()).isEqualTo(4 * (Timeline.BAR_WIDTH_PX + Timeline.GAP_PX));
    }

    @Test
    void overFiveYearsOnlyTheNewestWeeksAreDrawn() {
        Timeline timeline = Timeline.ofHistogram(
                List.of(new WeekCount(IsoWeek.parse("2015-W10"), 1), new WeekCount(IsoWeek.parse("2025-W10"), 1)),
                week -> "/?week=" + week);
        assertThat(timeline.bars()).hasSize(Timeline.MAX_WEEKS);
        assertThat(timeline.bars().getLast().week().toString()).isEqualTo("2025-W10");
        assertThat(timeline.bars().stream().filter(b -> b.url() != null)).hasSize(1);
    }

    @Test
    void theAxisLabelsTheFirstWeekOfEachMonthWithTheYearAtItsStart() {
        Timeline timeline = Timeline.ofHistogram(
                List.of(new WeekCount(IsoWeek.parse("2024-W48"), 3), new WeekCount(IsoWeek.parse("2025-W10"), 5)),
                week -> "/?week=" + week);
        // 2024-W48 starts on 25 Nov; December's first week (x 16) is too close to that label and goes unlabelled;
        // 2025-W01 starts on 30 Dec, so January is labelled at W02 (x 96)
        assertThat(timeline.ticks())
                .extracting(Timeline.Tick::xPx, Timeline.Tick::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "Nov 2024"),
                        org.assertj.core.groups.Tuple.tuple(96, "Jan 2025"),
                        org.assertj.core.groups.Tuple.tuple(160, "Feb"),
                        org.assertj.core.groups.Tuple.tuple(224, "Mär"));
        assertThat(timeline.maxCount()).isEqualTo(5);
        assertThat(timeline.totalHeightPx()).isEqualTo(Timeline.HEIGHT_PX + Timeline.AXIS_PX);
    }
}
