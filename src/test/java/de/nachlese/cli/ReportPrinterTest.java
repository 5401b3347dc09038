package de.nachlese.cli;

import de.nachlese.index.SyncReport;
import de.nachlese.ingest.IngestProblem;
import de.nachlese.ingest.IngestReport;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPrinterTest {

    @Test
    void warningsBeyondTheLimitAreCountedButErrorsAreAlwaysListed() {
        List<IngestProblem> warnings = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new IngestProblem("a.mbox#" + i, "no byline date")).toList();
        List<IngestProblem> errors = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new IngestProblem("bad" + i + ".txt", "binary content")).toList();
        IngestReport read = new IngestReport(61, List.of(), errors, warnings, List.of());
        SyncReport report = new SyncReport(read, 0, 0, 0, false, false, 5, new SyncReport.Timing(1, 1, 1, 1));

        StringWriter text = new StringWriter();
        ReportPrinter.print(report, Path.of("index"), new PrintWriter(text, true), ReportPrinter.WARNINGS_SHOWN);

        String out = text.toString();
        assertThat(out).contains("Warnings (60):\n  a.mbox#1: no byline date\n")
                .contains("  a.mbox#50: no byline date\n  … and 10 more (--all-warnings lists them all)\n")
                .doesNotContain("a.mbox#51:")
                .contains("Errors (60):\n").contains("  bad60.txt: binary content\n");
    }
}
