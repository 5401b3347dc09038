package de.nachlese.ingest;

import java.util.List;

/**
 * Everything one input file gave: its issues, and the parts of it that could not be read (one broken e-mail in an
 * mbox does not cost the other e-mails).
 *
 * @param format   what the file was detected as
 * @param issues   the issues read, each with its own warnings
 * @param problems parts of the file that could not be read, with the reason; empty when all went well
 */
public record FileResult(String origin, Format format, List<ParsedIssue> issues, List<IngestProblem> problems) {

    public FileResult {
        issues = List.copyOf(issues);
        problems = List.copyOf(problems);
    }
}
