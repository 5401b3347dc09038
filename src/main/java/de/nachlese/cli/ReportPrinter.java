package de.nachlese.cli;

import de.nachlese.index.FileErrors;
import de.nachlese.index.SyncReport;
import de.nachlese.ingest.IngestProblem;
import de.nachlese.ingest.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary every indexing run ends with: what was read per format and per layout profile, every problem with path
 * and reason, and per issue the profile that split it, its coverage and its leftover lines.
 */
final class ReportPrinter {

    /** Warnings beyond this many are counted, not listed: a large mbox can warn once per mail. */
    static final int WARNINGS_SHOWN = 50;

    private ReportPrinter() {}

    static void print(SyncReport report, Path indexDir, PrintWriter out) {
        print(report, indexDir, out, Integer.MAX_VALUE);
    }

    static void print(SyncReport report, Path indexDir, PrintWriter out, int warningsShown) {
        out.printf(
                Locale.ROOT,
                "Indexed %d issues and %d items into %s in %d ms (%.0f items/s)%n",
                report.issuesIndexed(),
                report.itemsIndexed(),
                indexDir,
                report.elapsedMs(),
                report.itemsPerSecond());
        SyncReport.Timing timing = report.timing();
        out.printf(
                Locale.ROOT,
                "Time: reading and splitting %d ms, tagging %d ms, writing %d ms; %d ms CPU (%.0f items "
                        + "per CPU second)%n",
                timing.readMs(),
                timing.tagMs(),
                timing.writeMs(),
                timing.cpuMs(),
                report.itemsPerCpuSecond());
        out.printf(
                Locale.ROOT,
                "Files: %d seen, %d unchanged (not read), %d removed from the index (%d items)%s%n",
                report.filesSeen(),
                report.filesUnchanged(),
                report.filesRemoved(),
                report.itemsRemoved(),
                report.rebuilt() ? "; index rebuilt for a new schema or tagging data" : "");
        if (!report.committed()) {
            out.println("Nothing changed; the index was not written.");
        }
        Map<String, IngestReport.FormatCount> formats = report.read().perFormat();
        if (!formats.isEmpty()) {
            out.println("Per format:");
            counts(formats, 11, out);
        }
        section(out, "Duplicates skipped", report.read().duplicates(), Integer.MAX_VALUE);
        section(out, "Warnings", report.read().warnings(), warningsShown);
        errors(out, report.errorsByFile());
        Map<String, IngestReport.FormatCount> profiles = report.read().perProfile();
        if (!profiles.isEmpty()) {
            out.println("Per layout profile:");
            counts(profiles, 13, out);
        }
        printCoverage(report.read().coverage(), out, warningsShown);
        if (report.hasErrors()) {
            out.println(report.errorCount() + " inputs could not be read; every other file was indexed. Exit code 1.");
        }
    }

    /**
     * Per issue: the profile that split it, the share of its text that landed in items, flagged below {@link IngestReport#LOW_COVERAGE}, and
     * every leftover line with its line number (leftovers are searchable with the item before them).
     */
    private static void printCoverage(List<IngestReport.IssueCoverage> coverage, PrintWriter out, int shown) {
        if (coverage.isEmpty()) {
            return;
        }
        long low = coverage.stream().filter(IngestReport.IssueCoverage::low).count();
        long leftovers = coverage.stream().mapToLong(c -> c.leftovers().size()).sum();
        out.printf(
                Locale.ROOT,
                "Coverage (share of each issue's text in items; below %.0f %% is flagged): %d issues, "
                        + "%d flagged, %d leftover lines%n",
                100 * IngestReport.LOW_COVERAGE,
                coverage.size(),
                low,
                leftovers);
        int printed = 0;
        for (IngestReport.IssueCoverage issue : coverage) {
            if (printed++ >= shown) {
                out.println("  … and " + (coverage.size() - shown) + " more (--all-warnings lists them all)");
                break;
            }
            out.printf(
                    Locale.ROOT,
                    "  %s: %.0f %% [%s]%s%s%n",
                    issue.origin(),
                    100 * issue.itemShare(),
                    issue.profile(),
                    issue.adLines() > 0 ? ", " + issue.adLines() + " ad lines skipped" : "",
                    issue.low() ? "  WARNING: low coverage, check the layout profile" : "");
            for (var leftover : issue.leftovers()) {
                out.printf(Locale.ROOT, "    leftover line %d: %s%n", leftover.line(), leftover.text());
            }
        }
    }

    /** One line per name, the counts in columns however long a name ("buttondown-zip") is. */
    private static void counts(Map<String, IngestReport.FormatCount> counts, int minWidth, PrintWriter out) {
        int width = Math.max(
                minWidth,
                counts.keySet().stream().mapToInt(String::length).max().orElse(0));
        counts.forEach((name, count) -> out.printf(
                Locale.ROOT, "  %-" + width + "s %5d issues %7d items%n", name, count.issues(), count.items()));
    }

    /**
     * Every file's errors, at most {@link FileErrors#SHOWN} each (one broken CSV can hold a hundred thousand), and
     * which files were not read again because they are unchanged since the run that found them.
     */
    private static void errors(PrintWriter out, List<FileErrors> files) {
        if (files.isEmpty()) {
            return;
        }
        out.println("Errors (" + files.stream().mapToInt(FileErrors::total).sum() + "):");
        for (FileErrors file : files) {
            for (IngestProblem problem : file.shown()) {
                out.println("  " + problem.origin() + ": " + problem.reason());
            }
            if (file.more() > 0) {
                out.println("  … and " + file.more() + " more errors in " + file.path());
            }
        }
        List<FileErrors> remembered =
                files.stream().filter(FileErrors::remembered).toList();
        if (!remembered.isEmpty()) {
            out.println("  Unchanged since the run that found these errors, so not read again: "
                    + String.join(
                            ", ", remembered.stream().map(FileErrors::path).toList())
                    + ". Their errors are reported until the file changes.");
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
