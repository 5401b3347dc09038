package de.nachlese.ingest;

import de.nachlese.model.Issue;
import java.util.List;
import java.util.Objects;

/**
 * An issue read from one input, with what the reader had to guess or skip along the way.
 *
 * @param coverage where each line of the input went (items, known non-items, leftovers)
 */
public record ParsedIssue(Issue issue, List<String> warnings, Coverage coverage) {

    public ParsedIssue {
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(coverage, "coverage");
    }

    public ParsedIssue(Issue issue, List<String> warnings) {
        this(issue, warnings, Coverage.UNKNOWN);
    }
}
