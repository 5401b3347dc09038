package de.nachlese.search.facet;

import de.nachlese.model.IsoWeek;
import de.nachlese.search.WeekCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every week from the index's first to its last, in order, with the index of each label: computed once per reader,
 * so that a histogram is an array of counts rather than date arithmetic per week and per request.
 */
final class WeekAxis {

    private final List<IsoWeek> weeks;
    private final Map<String, Integer> indexByLabel;

    private WeekAxis(List<IsoWeek> weeks) {
        this.weeks = List.copyOf(weeks);
        this.indexByLabel = new HashMap<>();
        for (int i = 0; i < weeks.size(); i++) {
            indexByLabel.put(weeks.get(i).toString(), i);
        }
    }

    /** The axis spanning the given week labels ("2025-W05"); labels that are no ISO week are left out. */
    static WeekAxis of(Collection<String> labels) {
        IsoWeek first = null;
        IsoWeek last = null;
        for (String label : labels) {
            IsoWeek week;
            try {
                week = IsoWeek.parse(label);
            } catch (IllegalArgumentException notAWeek) {
                continue;
            }
            first = first == null || week.compareTo(first) < 0 ? week : first;
            last = last == null || week.compareTo(last) > 0 ? week : last;
        }
        List<IsoWeek> weeks = new ArrayList<>();
        if (first != null) {
            for (LocalDate monday = first.monday(); !monday.isAfter(last.monday()); monday = monday.plusWeeks(1)) {
                weeks.add(IsoWeek.of(monday));
            }
        }
        return new WeekAxis(weeks);
    }

    int size() {
        return weeks.size();
    }

    /** The place of a week label on the axis; a label the reader did not hold when the axis was built throws. */
    int indexOf(String label) {
        Integer index = indexByLabel.get(label);
        if (index == null) {
            throw new IllegalArgumentException("week " + label + " is not on the axis");
        }
        return index;
    }

    /** The weeks from the first with a count to the last with a count, weeks between them included with zero. */
    List<WeekCount> histogram(long[] counts) {
        int from = 0;
        while (from < counts.length && counts[from] == 0) {
            from++;
        }
        int to = counts.length - 1;
        while (to >= from && counts[to] == 0) {
            to--;
        }
        List<WeekCount> histogram = new ArrayList<>(Math.max(0, to - from + 1));
        for (int i = from; i <= to; i++) {
            histogram.add(new WeekCount(weeks.get(i), counts[i]));
        }
        return histogram;
    }
}
