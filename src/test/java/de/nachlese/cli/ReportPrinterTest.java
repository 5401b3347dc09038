package de.nachlese.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.SyncReport;
import de.nachlese.ingest.Coverage;
import de.nachlese.ingest.IngestProblem;
import de.nachlese.ingest.IngestReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {

    @Test
    void warningsBeyondTheLimitAreCountedButErrorsAreAlwaysListed() {
        List<IngestProblem> warnings = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new IngestProblem("a.mbox#" + i, "no byline date"))
                .toList();
        List<IngestProblem> errors = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new IngestProblem("bad" + i + ".txt", "binary content"))
                .toList();
        IngestReport read = new IngestReport(61, List.of(), errors, warnings, List.of());
        SyncReport report = new SyncReport(read, 0, 0, 0, false, false, 5, new SyncReport.Timing(1, 1, 1, 1));

        StringWriter text = new StringWriter();
        ReportPrinter.print(report, Path.of("index"), new PrintWriter(text, true), ReportPrinter.WARNINGS_SHOWN);

        String out = text.toString();
        assertThat(out)
                .contains("Warnings (60):\n  a.mbox#1: no byline date\n")
                .contains("  a.mbox#50: no byline date\n  … and 10 more (--all-warnings lists them all)\n")
                .doesNotContain("a.mbox#51:")
                .contains("Errors (60):\n")
                .contains("  bad60.txt: binary content\n");
    }

    @Test
    void namesTheProfileOfEveryIssueWithItsCoverageAndCountsPerProfile() {
        List<IngestReport.IssueCoverage> coverage = List.of(
                new IngestReport.IssueCoverage(
                        "kw05.txt", "german-weekly", 9, 0.81, List.of(new Coverage.Leftover(40, "A stray line.")), 3),
                new IngestReport.IssueCoverage("export.json#post", "headings", 4, 0.93, List.of(), 0),
                new IngestReport.IssueCoverage("kw06.txt", "german-weekly", 7, 0.2, List.of(), 0));
        IngestReport read = new IngestReport(
                3,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(
                        "text",
                        new IngestReport.FormatCount(2, 16),
                        "buttondown-zip",
                        new IngestReport.FormatCount(1, 4)),
                coverage);
        SyncReport report = new SyncReport(read, 3, 20, 0, false, true, 5, new SyncReport.Timing(1, 1, 1, 1));

        StringWriter text = new StringWriter();
        ReportPrinter.print(report, Path.of("index"), new PrintWriter(text, true));

        assertThat(text.toString()).contains("""
                Per format:
                  buttondown-zip     1 issues       4 items
                  text               2 issues      16 items
                """).contains("""
                Per layout profile:
                  german-weekly     2 issues      16 items
                  headings          1 issues       4 items
                """).contains("""
                Coverage (share of each issue's text in items; below 35 % is flagged): 3 issues, 1 flagged, 1 leftover lines
                  kw05.txt: 81 % [german-weekly], 3 ad lines skipped
                    leftover line 40: A stray line.
                  export.json#post: 93 % [headings]
                  kw06.txt: 20 % [german-weekly]  WARNING: low coverage, check the layout profile
                """);
    }
}
