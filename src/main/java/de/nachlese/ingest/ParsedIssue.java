package de.nachlese.ingest;

import de.nachlese.model.Issue;

import java.util.List;

/** An issue read from one input, with what the reader had to guess or skip along the way. */
public record ParsedIssue(Issue issue, List<String> warnings) {

    public ParsedIssue {
        warnings = List.copyOf(warnings);
    }
}
