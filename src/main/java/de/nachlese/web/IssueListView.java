package de.nachlese.web;

import de.nachlese.search.browse.IssueSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All issues, grouped by year, newest first. */
public record IssueListView(List<Year> years) {

    /** One year of issues. */
    public record Year(int year, List<IssueSummary> issues) {}

    static IssueListView of(List<IssueSummary> newestFirst) {
        Map<Integer, List<IssueSummary>> byYear = new LinkedHashMap<>();
        for (IssueSummary issue : newestFirst) {
            byYear.computeIfAbsent(issue.week().year(), y -> new ArrayList<>()).add(issue);
        }
        return new IssueListView(byYear.entrySet().stream()
                .map(e -> new Year(e.getKey(), e.getValue()))
                .toList());
    }

    public int issueCount() {
        return years.stream().mapToInt(y -> y.issues().size()).sum();
    }
}
