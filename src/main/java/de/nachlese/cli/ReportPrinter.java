package de.nachlese.cli;

import de.nachlese.index.SyncReport;
import de.nachlese.ingest.IngestProblem;
import de.nachlese.ingest.IngestReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary every indexing run ends with: what was read per format, and every problem with path and reason. */
final class ReportPrinter {

    /** Warnings beyond this many are counted, not listed: a large mbox can warn once per mail. */
    static final int WARNINGS_SHOWN = 50;

    private ReportPrinter() {
    }

    static void print(SyncReport report, Path indexDir, PrintWriter out) {
        print(report, indexDir, out, Integer.MAX_VALUE);
    }

    static void print(SyncReport report, Path indexDir, PrintWriter out, int warningsShown) {
        out.printf(Locale.ROOT, "Indexed %d issues and %d items into %s in %d ms (%.0f items/s)%n",
                report.issuesIndexed(), report.itemsIndexed(), indexDir, report.elapsedMs(), report.itemsPerSecond());
        SyncReport.Timing timing = report.timing();
        out.printf(Locale.ROOT, "Time: reading and splitting %d ms, tagging %d ms, writing %d ms; %d ms CPU (%.0f items "
                + "per CPU second)%n", timing.readMs(), timing.tagMs(), timing.writeMs(), timing.cpuMs(),
                report.itemsPerCpuSecond());
        out.printf(Locale.ROOT, "Files: %d seen, %d unchanged (not read), %d removed from the index (%d items)%s%n",
                report.filesSeen(), report.filesUnchanged(), report.filesRemoved(), report.itemsRemoved(),
                report.rebuilt() ? "; index rebuilt for a new schema or tagging data" : "");
        if (!report.committed()) {
            out.println("Nothing changed; the index was not written.");
        }
        Map<String, IngestReport.FormatCount> formats = report.read().perFormat();
        if (!formats.isEmpty()) {
            out.println("Per format:");
            formats.forEach((format, count) -> out.printf(Locale.ROOT, "  %-11s %5d issues %7d items%n", format,
                    count.issues(), count.items()));
        }
        section(out, "Duplicates skipped", report.read().duplicates(), Integer.MAX_VALUE);
        section(out, "Warnings", report.read().warnings(), warningsShown);
        section(out, "Errors", report.read().errors(), Integer.MAX_VALUE);
        if (report.hasErrors()) {
            out.println(report.errors().size() + " inputs could not be read; every other file was indexed. Exit code 1.");
        }
    }

    private static void section(PrintWriter out, String title, List<IngestProblem> problems, int shown) {
        if (problems.isEmpty()) {
            return;
        }
        out.println(title + " (" + problems.size() + "):");
        for (IngestProblem problem : problems.subList(0, Math.min(shown, problems.size()))) {
            out.println("  " + problem.origin() + ": " + problem.reason());
        }
        if (problems.size() > shown) {
            out.println("  … and " + (problems.size() - shown) + " more (--all-warnings lists them all)");
        }
    }
}
