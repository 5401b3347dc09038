package de.nachlese.ingest;

import de.nachlese.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading produced: the issues, each at most once, and everything that went wrong or was guessed.
 *
 * @param issues     the issues read, unless they went straight into an index (see {@link Builder#countingOnly()});
 *                   the counts cover them either way
 * @param errors     files (or parts of files) that could not be read; the other files are still in {@code issues}
 * @param duplicates files that held an issue already read from another file
 * @param perFormat  issues and items per input format ("text", "eml", "mbox", ...), in name order
 * @param coverage   per issue read: the profile that split it, the share of its text in items, its leftover lines
 *                   and its ad lines
 */
public record IngestReport(
        int filesSeen,
        List<Issue> issues,
        List<IngestProblem> errors,
        List<IngestProblem> warnings,
        List<IngestProblem> duplicates,
        Map<String, FormatCount> perFormat,
        List<IssueCoverage> coverage) {

    /** Below this share of its text in items an issue is flagged: measured correct issues hold 37 % to 89 %. */
    public static final double LOW_COVERAGE = 0.35;

    /**
     * Where one issue's lines went, as the report lists it.
     *
     * @param profile the layout profile that split the issue ({@link Coverage#profile()})
     * @param items   how many items it gave
     */
    public record IssueCoverage(
            String origin,
            String profile,
            int items,
            double itemShare,
            List<Coverage.Leftover> leftovers,
            int adLines) {
        public IssueCoverage {
            java.util.Objects.requireNonNull(profile, "profile");
            leftovers = List.copyOf(leftovers);
        }

        public boolean low() {
            return itemShare < LOW_COVERAGE;
        }
    }

    public IngestReport(
            int filesSeen,
            List<Issue> issues,
            List<IngestProblem> errors,
            List<IngestProblem> warnings,
            List<IngestProblem> duplicates,
            Map<String, FormatCount> perFormat) {
        this(filesSeen, issues, errors, warnings, duplicates, perFormat, List.of());
    }

    public IngestReport {
        issues = List.copyOf(issues);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        duplicates = List.copyOf(duplicates);
        perFormat = java.util.Collections.unmodifiableMap(new TreeMap<>(perFormat));
        coverage = List.copyOf(coverage);
    }

    /** A report on the given issues, counted per format. */
    public IngestReport(
            int filesSeen,
            List<Issue> issues,
            List<IngestProblem> errors,
            List<IngestProblem> warnings,
            List<IngestProblem> duplicates) {
        this(filesSeen, issues, errors, warnings, duplicates, countPerFormat(issues));
    }

    /** Issues and items per layout profile ("german-weekly", "headings", ...), in name order. */
    public Map<String, FormatCount> perProfile() {
        Map<String, FormatCount> counts = new TreeMap<>();
        coverage.forEach(c -> counts.merge(c.profile(), new FormatCount(1, c.items()), FormatCount::plus));
        return counts;
    }

    public int issueCount() {
        return perFormat.values().stream().mapToInt(FormatCount::issues).sum();
    }

    public int itemCount() {
        return perFormat.values().stream().mapToInt(FormatCount::items).sum();
    }

    private static Map<String, FormatCount> countPerFormat(List<Issue> issues) {
        Map<String, FormatCount> counts = new TreeMap<>();
        issues.forEach(issue -> count(counts, issue));
        return counts;
    }

    private static void count(Map<String, FormatCount> counts, Issue issue) {
        counts.merge(
                issue.metadata().getOrDefault("format", "?"),
                new FormatCount(1, issue.items().size()),
                FormatCount::plus);
    }

    public record FormatCount(int issues, int items) {
        public FormatCount plus(FormatCount other) {
            return new FormatCount(issues + other.issues, items + other.items);
        }
    }

    /** Collects file results in reading order, admitting each issue through a deduplicator. */
    public static final class Builder {
        private final boolean keepIssues;
        private final List<Issue> issues = new ArrayList<>();
        private final Map<String, FormatCount> perFormat = new TreeMap<>();
        private final List<IngestProblem> errors = new ArrayList<>();
        private final List<IngestProblem> warnings = new ArrayList<>();
        private final List<IngestProblem> duplicates = new ArrayList<>();
        private final List<IssueCoverage> coverage = new ArrayList<>();

        public Builder() {
            this(true);
        }

        private Builder(boolean keepIssues) {
            this.keepIssues = keepIssues;
        }

        /**
         * A builder that counts the issues but does not keep them, for issues that go straight into an index: an
         * archive of a million items must not be held in memory for a report.
         */
        public static Builder countingOnly() {
            return new Builder(false);
        }

        /** @return the issues of this file that were admitted */
        public List<Issue> add(FileResult result, IssueDeduplicator dedup) {
            errors.addAll(result.problems());
            List<Issue> admitted = new ArrayList<>();
            for (ParsedIssue parsed : result.issues()) {
                Issue issue = parsed.issue();
                var rejection = dedup.admit(issue);
                if (rejection.isPresent()) {
                    (rejection.get().conflict() ? errors : duplicates)
                            .add(rejection.get().problem());
                    continue;
                }
                parsed.warnings().forEach(w -> warnings.add(new IngestProblem(issue.origin(), w)));
                if (parsed.coverage() != Coverage.UNKNOWN) {
                    coverage.add(new IssueCoverage(
                            issue.origin(),
                            parsed.coverage().profile(),
                            issue.items().size(),
                            parsed.coverage().itemShare(),
                            parsed.coverage().leftovers(),
                            parsed.coverage().ads().size()));
                }
                admitted.add(issue);
            }
            if (keepIssues) {
                issues.addAll(admitted);
            }
            admitted.forEach(issue -> count(perFormat, issue));
            return admitted;
        }

        /** Errors so far, e.g. to take those of one file with {@link #errorsFrom}. */
        public int errorCount() {
            return errors.size();
        }

        /** The errors added since {@link #errorCount()} was this. */
        public List<IngestProblem> errorsFrom(int start) {
            return List.copyOf(errors.subList(start, errors.size()));
        }

        public void error(IngestProblem problem) {
            errors.add(problem);
        }

        public void warning(IngestProblem problem) {
            warnings.add(problem);
        }

        public IngestReport build(int filesSeen) {
            return new IngestReport(filesSeen, issues, errors, warnings, duplicates, perFormat, coverage);
        }
    }
}
