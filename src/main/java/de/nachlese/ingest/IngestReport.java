package de.nachlese.ingest;

import de.nachlese.model.Issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading produced: the issues, each at most once, and everything that went wrong or was guessed.
 *
 * @param errors     files (or parts of files) that could not be read; the other files are still in {@code issues}
 * @param duplicates files that held an issue already read from another file
 */
public record IngestReport(int filesSeen, List<Issue> issues, List<IngestProblem> errors,
                           List<IngestProblem> warnings, List<IngestProblem> duplicates) {

    public IngestReport {
        issues = List.copyOf(issues);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        duplicates = List.copyOf(duplicates);
    }

    public int itemCount() {
        return issues.stream().mapToInt(issue -> issue.items().size()).sum();
    }

    /** Issues and items per input format ("text", "eml", "mbox", ...), in name order. */
    public Map<String, FormatCount> perFormat() {
        Map<String, FormatCount> counts = new TreeMap<>();
        for (Issue issue : issues) {
            counts.merge(issue.metadata().getOrDefault("format", "?"), new FormatCount(1, issue.items().size()),
                    FormatCount::plus);
        }
        return counts;
    }

    public record FormatCount(int issues, int items) {
        public FormatCount plus(FormatCount other) {
            return new FormatCount(issues + other.issues, items + other.items);
        }
    }

    /** Collects file results in reading order, admitting each issue through a deduplicator. */
    public static final class Builder {
        private final List<Issue> issues = new ArrayList<>();
        private final List<IngestProblem> errors = new ArrayList<>();
        private final List<IngestProblem> warnings = new ArrayList<>();
        private final List<IngestProblem> duplicates = new ArrayList<>();

        /** @return the issues of this file that were admitted */
        public List<Issue> add(FileResult result, IssueDeduplicator dedup) {
            errors.addAll(result.problems());
            List<Issue> admitted = new ArrayList<>();
            for (ParsedIssue parsed : result.issues()) {
                Issue issue = parsed.issue();
                var rejection = dedup.admit(issue);
                if (rejection.isPresent()) {
                    (rejection.get().conflict() ? errors : duplicates).add(rejection.get().problem());
                    continue;
                }
                parsed.warnings().forEach(w -> warnings.add(new IngestProblem(issue.origin(), w)));
                admitted.add(issue);
            }
            issues.addAll(admitted);
            return admitted;
        }

        public void error(IngestProblem problem) {
            errors.add(problem);
        }

        public void warning(IngestProblem problem) {
            warnings.add(problem);
        }

        public IngestReport build(int filesSeen) {
            return new IngestReport(filesSeen, issues, errors, warnings, duplicates);
        }
    }
}
