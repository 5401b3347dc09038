package de.nachlese.ingest;

import de.nachlese.model.Issue;

import java.util.List;

/**
 * What reading an archive produced: the issues, each at most once, and everything that went wrong or was guessed.
 *
 * @param errors     files that could not be read at all; the other files are still in {@code issues}
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
}
