package de.nachlese.index;

import de.nachlese.ingest.IngestProblem;
import de.nachlese.ingest.IngestReport;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param read           what was read and indexed in this run (unchanged files are not read)
 * @param filesUnchanged files whose content the index already held, so nothing was written for them
 * @param filesRemoved   files that had gone from their archive; their items were removed
 * @param itemsRemoved   items removed with those files or replaced by a new version of their file
 * @param rebuilt        the schema or the tagging data changed, so every known file was indexed afresh
 * @param committed      whether anything was written at all
 * @param errorsByFile   the errors per file, capped: of the files read in this run, and those remembered of files
 *                       not read because they are unchanged since the run that found them
 * @param timing         where the time went: reading and splitting, tagging, writing and committing
 */
public record SyncReport(
        IngestReport read,
        int filesUnchanged,
        int filesRemoved,
        int itemsRemoved,
        boolean rebuilt,
        boolean committed,
        List<FileErrors> errorsByFile,
        long elapsedMs,
        Timing timing) {

    public SyncReport {
        errorsByFile = List.copyOf(errorsByFile);
    }

    /** A report whose errors are those read, each origin taken as its own file. */
    public SyncReport(
            IngestReport read,
            int filesUnchanged,
            int filesRemoved,
            int itemsRemoved,
            boolean rebuilt,
            boolean committed,
            long elapsedMs,
            Timing timing) {
        this(
                read,
                filesUnchanged,
                filesRemoved,
                itemsRemoved,
                rebuilt,
                committed,
                read.errors().stream()
                        .map(e -> FileErrors.of(e.origin(), "", List.of(e)))
                        .toList(),
                elapsedMs,
                timing);
    }

    /**
     * Phase times are summed over the threads that ran them (reading, tagging and writing run on several), so
     * together they may exceed the elapsed time.
     *
     * @param cpuMs CPU time of the sync's threads (not counting Lucene's merge threads, GC or JIT): unlike wall time,
     *              barely affected by other load on the machine
     */
    public record Timing(long readMs, long tagMs, long writeMs, long cpuMs) {}

    public int filesSeen() {
        return read.filesSeen();
    }

    public int issuesIndexed() {
        return read.issueCount();
    }

    public int itemsIndexed() {
        return read.itemCount();
    }

    public List<IngestProblem> errors() {
        return read.errors();
    }

    /** Errors in all, those remembered of unchanged files included. */
    public int errorCount() {
        return errorsByFile.stream().mapToInt(FileErrors::total).sum();
    }

    /** Whether any input could not be read, in this run or (unchanged since) in an earlier one. */
    public boolean hasErrors() {
        return !errorsByFile.isEmpty();
    }

    /** Items per second over the whole run, reading, tagging and writing included. */
    public double itemsPerSecond() {
        return itemsIndexed() * 1000.0 / Math.max(1, elapsedMs);
    }

    /** Items per second of CPU time of the indexing thread. */
    public double itemsPerCpuSecond() {
        return itemsIndexed() * 1000.0 / Math.max(1, timing.cpuMs());
    }
}
