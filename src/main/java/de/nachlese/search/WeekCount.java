package de.nachlese.search;

import de.nachlese.model.IsoWeek;
import java.util.Objects;

/** One bar of the timeline: how many hits of the current search fall into the week. */
public record WeekCount(IsoWeek week, long count) {

    public WeekCount {
        Objects.requireNonNull(week, "week");
        if (count < 0) {
            throw new IllegalArgumentException("negative count for " + week);
        }
    }
}
