package de.nachlese.search.browse;

import de.nachlese.model.IsoWeek;
import de.nachlese.model.StoredItem;
import java.time.LocalDate;

/** One issue in a list of issues. */
public record IssueSummary(String id, String publication, String title, IsoWeek week, LocalDate date) {

    static IssueSummary of(StoredItem first) {
        return new IssueSummary(first.issueId(), first.publication(), first.issueTitle(), first.week(), first.date());
    }
}
