package de.nachlese.web;

import de.nachlese.model.StoredItem;
import de.nachlese.search.browse.IssueView;
import java.util.List;

/** The JSON body of /api/issues/{id}: the issue with all its items in reading order. */
record IssueJson(
        String id, String publication, String title, String week, String date, String url, List<ItemJson> items) {

    static IssueJson of(IssueView issue) {
        StoredItem first = issue.first();
        return new IssueJson(
                issue.id(),
                first.publication(),
                first.issueTitle(),
                first.week().toString(),
                first.date().toString(),
                WebPaths.issue(issue.id()),
                issue.items().stream().map(ItemJson::of).toList());
    }
}
