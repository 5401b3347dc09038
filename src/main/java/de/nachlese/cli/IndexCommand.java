package de.nachlese.cli;

import de.nachlese.index.ArchiveIndexer;
import de.nachlese.index.CommitPolicy;
import de.nachlese.index.IndexLockedException;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.index.LockOwner;
import de.nachlese.index.SyncOptions;
import de.nachlese.index.SyncReport;
import de.nachlese.ingest.Archive;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IngestLimits;
import de.nachlese.ingest.IssueReader;
import de.nachlese.ingest.LayoutProfileFile;
import de.nachlese.ingest.SingleFileArchive;
import de.nachlese.ingest.UrlArchive;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.lucene.store.AlreadyClosedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Indexes files, folders, ZIP exports, mbox files and feeds. Only new and changed files are read;",
            "files that have gone from a folder given here also go from the index.",
            "A long run commits on its way: after a crash, the same command goes on where the last commit ended.",
            "Ends with a report of everything it did; exits with 1 when any input could not be read."
        })
final class IndexCommand implements Callable<Integer> {

    enum ProgressMode {
        AUTO,
        BAR,
        LINES,
        NONE
    }

    @Spec
    CommandSpec spec;

    @Mixin
    IndexDirOption index;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = {
                "Issue files (.txt, .html, .md, .eml, .mbox, RSS/Atom, .zip exports of Substack and",
                "Buttondown, .json Ghost exports, .csv beehiiv exports; detected by content), folders,",
                "or http(s) URLs of feeds. Each issue is split by the --layout profile, or by headings",
                "where that profile does not fit."
            })
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--demo",
            description = "Also index the demo archive bundled in the jar (what the server indexes by default).")
    boolean demo;

    @Option(
            names = "--max-file-bytes",
            paramLabel = "BYTES",
            defaultValue = "20971520",
            description = "Larger files and ZIP entries are refused (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(
            names = "--max-zip-bytes",
            paramLabel = "BYTES",
            defaultValue = "209715200",
            description = "A ZIP may inflate to at most this many bytes in all (default: ${DEFAULT-VALUE}).")
    long maxZipBytes;

    @Option(
            names = "--max-zip-ratio",
            paramLabel = "N",
            defaultValue = "100",
            description = "A ZIP may inflate to at most N times its size (default: ${DEFAULT-VALUE}).")
    int maxZipRatio;

    @Option(
            names = "--layout",
            paramLabel = "FILE",
            description = "Layout profile of the newsletter (docs/layout-profiles.md). Default: "
                    + LayoutProfileFile.FILE_NAME
                    + " in the first archive folder, else the bundled German weekly profile.")
    Path layout;

    @Option(
            names = "--all-warnings",
            description = "List every warning; by default the first " + ReportPrinter.WARNINGS_SHOWN
                    + " are listed and the rest counted. Errors are always listed in full.")
    boolean allWarnings;

    @Option(
            names = "--commit-every",
            paramLabel = "ITEMS",
            defaultValue = "10000",
            description =
                    "Commit (make durable) after this many items; a crash loses at most the files read since (default: ${DEFAULT-VALUE}).")
    int commitItems;

    @Option(
            names = "--commit-interval",
            paramLabel = "SECONDS",
            defaultValue = "10",
            description = "Commit at least this often during a long run (default: ${DEFAULT-VALUE}).")
    double commitSeconds;

    @Option(
            names = "--progress",
            paramLabel = "MODE",
            defaultValue = "auto",
            description = "auto (a bar on a terminal, plain lines otherwise), bar, lines or none.")
    ProgressMode progress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestLimits limits;
        CommitPolicy commitPolicy;
        try {
            limits = new IngestLimits(maxFileBytes, maxZipBytes, maxZipRatio, IngestLimits.DEFAULTS.maxZipEntries());
            commitPolicy = new CommitPolicy(commitItems, Math.round(commitSeconds * 1000));
        } catch (IllegalArgumentException e) {
            err.println("nachlese index: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (paths.isEmpty() && !demo) {
            err.println("nachlese index: name at least one PATH, or --demo");
            spec.commandLine().usage(err);
            return ExitCode.USAGE;
        }
        List<Archive> archives = new ArrayList<>();
        if (demo) {
            archives.add(BundledArchive.DEMO);
        }
        for (String argument : paths) {
            if (UrlArchive.isUrl(argument)) {
                try {
                    archives.add(new UrlArchive(URI.create(argument), maxFileBytes));
                } catch (IllegalArgumentException e) {
                    err.println("nachlese index: not a URL: " + argument);
                    return ExitCode.USAGE;
                }
                continue;
            }
            Path path = Path.of(argument);
            archives.add(Files.isDirectory(path) ? new FolderArchive(path) : new SingleFileArchive(path));
        }
        FormatProfile profile;
        try {
            profile = profile();
        } catch (IOException | IllegalArgumentException e) {
            err.println("nachlese index: layout profile: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ArchiveReader reader = new ArchiveReader(new IssueReader(profile, limits));
        IndexSchema schema = new IndexSchema();
        SyncReport report;
        ItemIndexer indexer;
        try {
            indexer = opener.open(index.indexDir, schema);
        } catch (IndexLockedException e) {
            err.println("nachlese index: " + e.getMessage() + ". " + advice(e.owner()));
            return ExitCode.INDEX_UNUSABLE;
        } catch (IOException e) {
            err.println(
                    "nachlese index: cannot use the index " + index.indexDir.toAbsolutePath() + ": " + e.getMessage());
            return ExitCode.INDEX_UNUSABLE;
        }
        try (indexer;
                Progress bar = Progress.of(mode(), err)) {
            report = new ArchiveIndexer(reader, Tagger.bundled(), indexer, commitPolicy)
                    .sync(archives, SyncOptions.DEFAULT.withListener(bar).retryingFailures());
        } catch (IOException | AlreadyClosedException e) {
            // a full disk or an I/O error: Lucene never leaves a half-written commit, so the last one stands
            err.println("nachlese index: writing the index " + index.indexDir.toAbsolutePath() + " failed: "
                    + cause(e) + ". The index keeps its last commit and can be searched; once the cause is"
                    + " fixed, run the same command again to go on from there.");
            return ExitCode.WRITE_FAILED;
        }
        ReportPrinter.print(
                report,
                index.indexDir.toAbsolutePath(),
                out,
                allWarnings ? Integer.MAX_VALUE : ReportPrinter.WARNINGS_SHOWN);
        return report.hasErrors() ? ExitCode.INPUT_FAILED : ExitCode.OK;
    }

    /** Opens the index; tests put in a directory that fails. */
    interface IndexOpener {
        ItemIndexer open(Path indexDir, IndexSchema schema) throws IOException;
    }

    IndexOpener opener = (dir, schema) -> ItemIndexer.open(dir, schema, LockOwner.Kind.INDEX_COMMAND);

    /** What to do about the holder of the lock. */
    private static String advice(Optional<LockOwner> owner) {
        String server = "drop the files into the server's archive folder (they are indexed live), or stop the server";
        return switch (owner.map(LockOwner::kind).orElse(null)) {
            case SERVER -> "Instead, " + server + ".";
            case INDEX_COMMAND -> "Wait for it to finish (or stop it), then run this command again.";
            case null -> "If it is a server, " + server + "; if it is another `nachlese index`, wait for it to finish.";
        };
    }

    /** The innermost message, e.g. "No space left on device" rather than Lucene's wrapper around it. */
    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root instanceof java.nio.file.NoSuchFileException ? "file not found: " + message : message;
    }

    private ProgressMode mode() {
        if (progress != ProgressMode.AUTO) {
            return progress;
        }
        return Terminal.interactive() ? ProgressMode.BAR : ProgressMode.LINES;
    }

    /** The --layout file, else a profile file in the first archive folder, else the bundled profile. */
    private FormatProfile profile() throws IOException {
        if (layout != null) {
            return LayoutProfileFile.read(layout);
        }
        for (String argument : paths) {
            Path candidate =
                    UrlArchive.isUrl(argument) ? null : Path.of(argument).resolve(LayoutProfileFile.FILE_NAME);
            if (candidate != null && Files.isRegularFile(candidate)) {
                return LayoutProfileFile.read(candidate);
            }
        }
        return FormatProfile.GERMAN_WEEKLY;
    }
}
