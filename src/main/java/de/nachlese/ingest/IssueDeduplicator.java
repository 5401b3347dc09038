package de.nachlese.ingest;

import de.nachlese.model.Issue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Keeps each issue once, whichever files it arrives in (an e-mail and a saved web page, say). An issue's identity
 * is its publication, week and title, never the file: its id is made from publication and week, and the title must
 * agree. Two issues of one publication in one week with different titles cannot both be indexed under the same
 * ids; that is reported as an error rather than silently dropped.
 */
public final class IssueDeduplicator {

    private static final Pattern WEEK_PREFIX = Pattern.compile("^kw\\s*\\d{1,2}\\s*[-–—:|]\\s*");

    private final Map<String, Known> known = new HashMap<>();
    /** Issues indexed before, looked up when an id is not known yet; see {@link #IssueDeduplicator(Function)}. */
    private final Function<String, Optional<Known>> indexed;

    /** An issue as far as telling copies from conflicts goes. */
    public record Known(String title, String origin) {}

    /** Knows no issue but those it is told of and those it admits. */
    public IssueDeduplicator() {
        this(id -> Optional.empty());
    }

    /**
     * @param indexed issues that are already indexed and stay, by id: asked only for ids not known otherwise, so
     *                that a large index need not be loaded up front. It may answer differently as a run goes on
     *                (a file found unchanged after all); what it once answered is remembered
     */
    public IssueDeduplicator(Function<String, Optional<Known>> indexed) {
        this.indexed = indexed;
    }

    /** Why an issue was not admitted; a conflict is an error, a duplicate is not. */
    public record Rejection(IngestProblem problem, boolean conflict) {}

    /** Registers an issue that is already indexed and stays, e.g. from an unchanged file. */
    public void know(String issueId, String title, String origin) {
        known.putIfAbsent(issueId, new Known(title, origin));
    }

    /** Admits the issue (and remembers it) or says why not. */
    public Optional<Rejection> admit(Issue issue) {
        Known earlier = known.get(issue.id());
        if (earlier == null) {
            earlier = indexed.apply(issue.id()).orElse(null);
        }
        if (earlier == null) {
            known.put(issue.id(), new Known(issue.title(), issue.origin()));
            return Optional.empty();
        }
        known.putIfAbsent(issue.id(), earlier);
        if (normalize(earlier.title()).equals(normalize(issue.title()))) {
            return Optional.of(new Rejection(
                    new IngestProblem(
                            issue.origin(), "same issue as " + earlier.origin() + " (" + issue.id() + "), skipped"),
                    false));
        }
        return Optional.of(new Rejection(
                new IngestProblem(
                        issue.origin(),
                        "another issue of " + issue.publication()
                                + " in " + issue.week() + " is already indexed from " + earlier.origin() + " (\""
                                + earlier.title()
                                + "\", not \"" + issue.title()
                                + "\"); only one issue per publication and week is kept"),
                true));
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String normalize(String title) {
        String lower = title.toLowerCase(Locale.GERMAN).strip();
        return NON_WORD.matcher(WEEK_PREFIX.matcher(lower).replaceFirst(""))
                .replaceAll(" ")
                .strip();
    }
}
