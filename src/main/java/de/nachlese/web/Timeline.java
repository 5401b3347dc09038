package de.nachlese.web;

import de.nachlese.model.IsoWeek;
import de.nachlese.search.FacetValue;
import de.nachlese.search.WeekCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hits per week as bars of an SVG chart drawn on the server. Weeks without hits between the first and the last are
 * kept as empty bars, so the time axis is even; they link nowhere (a sparse result over years has mostly empty weeks,
 * and building and escaping a link for each was a sixth of the work of such a search page at 10^6 items).
 */
public record Timeline(List<Bar> bars, int widthPx, int heightPx) {

    static final int BAR_WIDTH_PX = 14;
    static final int GAP_PX = 2;
    static final int HEIGHT_PX = 60;
    /** Beyond this many weeks the chart would be unreadable; the newest weeks are kept. */
    static final int MAX_WEEKS = 260;

    /** One week; {@code url} selects that week's date range, null for a week without hits (nothing to select). */
    public record Bar(IsoWeek week, long count, int xPx, int yPx, int barHeightPx, String label, String url) {}

    /** From week facet values such as "2025-W05". */
    static Timeline of(List<FacetValue> weeks, Function<IsoWeek, String> weekUrl) {
        Map<IsoWeek, Long> counts = new LinkedHashMap<>();
        for (FacetValue value : weeks) {
            try {
                counts.put(IsoWeek.parse(value.value()), value.count());
            } catch (IllegalArgumentException notAWeek) {
                // a week value we did not write; leave it off the chart
            }
        }
        return of(counts, weekUrl);
    }

    /** From the search's histogram of the whole result set. */
    static Timeline ofHistogram(List<WeekCount> histogram, Function<IsoWeek, String> weekUrl) {
        Map<IsoWeek, Long> counts = new LinkedHashMap<>();
        histogram.forEach(week -> counts.put(week.week(), week.count()));
        return of(counts, weekUrl);
    }

    private static Timeline of(Map<IsoWeek, Long> counts, Function<IsoWeek, String> weekUrl) {
        if (counts.isEmpty()) {
            return new Timeline(List.of(), 0, HEIGHT_PX);
        }
        IsoWeek first = counts.keySet().stream().min(IsoWeek::compareTo).orElseThrow();
        IsoWeek last = counts.keySet().stream().max(IsoWeek::compareTo).orElseThrow();
        List<IsoWeek> axis = new ArrayList<>();
        for (var monday = first.monday(); !monday.isAfter(last.monday()); monday = monday.plusWeeks(1)) {
            axis.add(IsoWeek.of(monday));
        }
        if (axis.size() > MAX_WEEKS) {
            axis = axis.subList(axis.size() - MAX_WEEKS, axis.size());
        }
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Bar> bars = new ArrayList<>(axis.size());
        for (int i = 0; i < axis.size(); i++) {
            IsoWeek week = axis.get(i);
            long count = counts.getOrDefault(week, 0L);
            int height = count == 0 ? 1 : (int) Math.max(3, Math.round((HEIGHT_PX - 4) * (double) count / max));
            String label = Messages.t(
                    "timeline.bar", String.valueOf(week.week()), String.valueOf(week.year()), String.valueOf(count));
            bars.add(new Bar(
                    week,
                    count,
                    i * (BAR_WIDTH_PX + GAP_PX),
                    HEIGHT_PX - height,
                    height,
                    label,
                    count == 0 ? null : weekUrl.apply(week)));
        }
        return new Timeline(bars, bars.size() * (BAR_WIDTH_PX + GAP_PX), HEIGHT_PX);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public int barWidthPx() {
        return BAR_WIDTH_PX;
    }

    /** Room below the bars for the month labels of the time axis. */
    public static final int AXIS_PX = 16;
    /** Labels closer than this would overlap; a month that starts sooner after the last label goes unlabelled. */
    static final int MIN_TICK_GAP_PX = 44;

    /** One label of the time axis, under the first week of a month ("Jan 2025" at a new year, else "Feb"). */
    public record Tick(int xPx, String label) {}

    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        int lastX = -MIN_TICK_GAP_PX;
        java.time.YearMonth lastMonth = null;
        for (Bar bar : bars) {
            java.time.YearMonth month = java.time.YearMonth.from(bar.week().monday());
            if (!month.equals(lastMonth) && bar.xPx() - lastX >= MIN_TICK_GAP_PX) {
                boolean newYear = lastMonth == null || month.getYear() != lastMonth.getYear();
                ticks.add(new Tick(bar.xPx(), Labels.month(month, newYear)));
                lastX = bar.xPx();
            }
            lastMonth = month;
        }
        return ticks;
    }

    /** The most hits of one week: the height of the highest bar. */
    public long maxCount() {
        return bars.stream().mapToLong(Bar::count).max().orElse(0);
    }

    public int totalHeightPx() {
        return heightPx + AXIS_PX;
    }
}
