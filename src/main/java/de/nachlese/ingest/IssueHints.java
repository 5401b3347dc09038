package de.nachlese.ingest;

import java.time.LocalDate;

/**
 * What a container says about an issue (an e-mail's Subject, From and Date headers, a feed entry's title and
 * date, an export's CSV row), used only where the issue's own text is silent.
 *
 * @param dateSource names where {@code date} came from, for the warning when it is used, e.g. "e-mail Date header"
 */
record IssueHints(String title, String publication, LocalDate date, String dateSource) {

    static final IssueHints NONE = new IssueHints(null, null, null, null);

    IssueHints {
        title = blankToNull(title);
        publication = blankToNull(publication);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : TextNormalizer.normalize(s);
    }
}
