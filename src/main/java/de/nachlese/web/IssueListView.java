package de.nachlese.web;

import de.nachlese.search.browse.IssueDirectory;
import de.nachlese.search.browse.IssueSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One page of the issue list, grouped by year, newest first.
 *
 * @param total     issues in the archive
 * @param page      this page, from 1
 * @param pageCount pages in all (at least 1)
 */
public record IssueListView(List<Year> years, int total, int page, int pageCount) {

    /** Issues per page: two years of a weekly; the whole list of a large archive was megabytes. */
    static final int PAGE_SIZE = 100;

    /** One year of issues. */
    public record Year(int year, List<IssueSummary> issues) {}

    static IssueListView of(IssueDirectory.Page page, int number) {
        IssueListView grouped = of(page.issues());
        int pages = Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new IssueListView(grouped.years(), page.total(), number, pages);
    }

    static IssueListView of(List<IssueSummary> newestFirst) {
        Map<Integer, List<IssueSummary>> byYear = new LinkedHashMap<>();
        for (IssueSummary issue : newestFirst) {
            byYear.computeIfAbsent(issue.week().year(), y -> new ArrayList<>()).add(issue);
        }
        List<Year> years = byYear.entrySet().stream()
                .map(e -> new Year(e.getKey(), e.getValue()))
                .toList();
        return new IssueListView(years, newestFirst.size(), 1, 1);
    }

    public int issueCount() {
        return total;
    }

    /** The page of newer issues, or null on the first page. */
    public String newerUrl() {
        return page > 1 ? url(page - 1) : null;
    }

    /** The page of older issues, or null on the last page. */
    public String olderUrl() {
        return page < pageCount ? url(page + 1) : null;
    }

    static String url(int page) {
        return page == 1 ? WebPaths.ISSUES : WebPaths.ISSUES + "?page=" + page;
    }

    /** RFC 8288 links to the first, previous, next and last page, for programs that walk the list. */
    String linkHeader() {
        StringJoiner links = new StringJoiner(", ");
        links.add("<" + url(1) + ">; rel=\"first\"");
        if (page > 1) {
            links.add("<" + url(page - 1) + ">; rel=\"prev\"");
        }
        if (page < pageCount) {
            links.add("<" + url(page + 1) + ">; rel=\"next\"");
        }
        links.add("<" + url(pageCount) + ">; rel=\"last\"");
        return links.toString();
    }
}
