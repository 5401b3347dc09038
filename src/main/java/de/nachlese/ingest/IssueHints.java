package de.nachlese.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a container says about an issue (an e-mail's Subject, From and Date headers, a feed entry's title and
 * date, an export's CSV row), used only where the issue's own text is silent.
 *
 * @param dateSource names where {@code date} came from, for the warning when it is used, e.g. "e-mail Date header"
 * @param tags       the publisher's own labels for the post (Ghost's tags), kept in the issue's "tags" metadata
 */
record IssueHints(String title, String publication, LocalDate date, String dateSource, List<String> tags) {

    static final IssueHints NONE = new IssueHints(null, null, null, null);

    IssueHints {
        title = blankToNull(title);
        publication = blankToNull(publication);
        tags = tags == null
                ? List.of()
                : tags.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(TextNormalizer::normalize)
                        .distinct()
                        .toList();
    }

    IssueHints(String title, String publication, LocalDate date, String dateSource) {
        this(title, publication, date, dateSource, List.of());
    }

    IssueHints withTags(List<String> newTags) {
        return new IssueHints(title, publication, date, dateSource, newTags);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : TextNormalizer.normalize(s);
    }
}
