package de.nachlese.web;

import de.nachlese.search.browse.IssueSummary;
import de.nachlese.search.browse.IssueView;

/** One whole issue with its neighbours; {@code previous} and {@code next} are null at the ends of the archive. */
public record IssuePageView(IssueView issue, IssueSummary previous, IssueSummary next) {

    public ItemView item(int index) {
        return new ItemView(issue.items().get(index), issue);
    }
}
