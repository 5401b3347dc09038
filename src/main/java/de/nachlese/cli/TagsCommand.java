package de.nachlese.cli;

import de.nachlese.ingest.Archive;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IngestProblem;
import de.nachlese.ingest.IngestReport;
import de.nachlese.ingest.IssueFormatException;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Issue;
import de.nachlese.tagging.NameDiscovery;
import de.nachlese.tagging.Tagger;
import de.nachlese.tagging.TaggingEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tags suggest} and {@code tags eval}: the maintainer's view of the tagging data. The work happens in
 * {@link NameDiscovery} and {@link TaggingEvaluation}; this class only reads options and the archive.
 */
@Command(
        name = "tags",
        mixinStandardHelpOptions = true,
        description = "Inspect the tagging data: uncovered names and precision/recall against the gold labels.",
        subcommands = {TagsCommand.Suggest.class, TagsCommand.Eval.class})
public final class TagsCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Where reports go; a test passes its own stream. */
    private final PrintStream out;

    public TagsCommand() {
        this(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    TagsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options both subcommands share: which archive, and therefore which override gazetteer. */
    static final class ArchiveOptions {
        @Option(
                names = "--archive",
                paramLabel = "DIR",
                description =
                        "Archive folder (its nachlese-gazetteer.tsv is applied). Default: the bundled demo archive.")
        Path archiveDir;

        Tagger tagger() {
            return archiveDir == null ? Tagger.bundled() : Tagger.forArchive(archiveDir);
        }

        List<Issue> issues(PrintStream err) throws IOException {
            Archive archive = archiveDir == null ? BundledArchive.DEMO : new FolderArchive(archiveDir);
            IngestReport report =
                    new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY), 20L * 1024 * 1024).read(archive);
            for (IngestProblem problem : report.errors()) {
                err.println("skipped: " + problem);
            }
            return new ArrayList<>(report.issues());
        }
    }

    @Command(
            name = "suggest",
            mixinStandardHelpOptions = true,
            description = "List frequent capitalised names that no gazetteer entry covers, with an example sentence.")
    static final class Suggest implements java.util.concurrent.Callable<Integer> {
        @Mixin
        ArchiveOptions archive = new ArchiveOptions();

        @ParentCommand
        TagsCommand parent;

        @Option(
                names = "--min-count",
                defaultValue = "2",
                description = "Only names seen at least this often (default ${DEFAULT-VALUE}).")
        int minCount;

        @Option(
                names = "--limit",
                defaultValue = "40",
                description = "Show at most this many names (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws IOException {
            PrintStream out = parent.out;
            List<Issue> issues = archive.issues(System.err);
            NameDiscovery.print(new NameDiscovery(archive.tagger()).discover(issues, minCount), limit, out);
            return 0;
        }
    }

    @Command(
            name = "eval",
            mixinStandardHelpOptions = true,
            description =
                    "Print precision, recall and F1 for companies, people and topics against gold labels, and every error.")
    static final class Eval implements java.util.concurrent.Callable<Integer> {
        @Mixin
        ArchiveOptions archive = new ArchiveOptions();

        @Option(
                names = "--gold",
                paramLabel = "FILE",
                description = "Gold label files (repeatable). Default: src/test/resources/tagging/gold-*.tsv")
        List<Path> gold = new ArrayList<>(List.of(
                Path.of("src/test/resources/tagging/gold-demo.tsv"),
                Path.of("src/test/resources/tagging/gold-real-fixture.tsv")));

        @Option(
                names = "--issue",
                paramLabel = "FILE",
                description = "Extra issue files to evaluate besides the archive (repeatable). "
                        + "Default: ../shared/fixtures/real/doppelgaenger-2025-kw05.txt when present.")
        List<Path> extraIssues =
                new ArrayList<>(List.of(Path.of("../shared/fixtures/real/doppelgaenger-2025-kw05.txt")));

        @Option(names = "--no-errors", description = "Print only the scores.")
        boolean noErrors;

        @ParentCommand
        TagsCommand parent;

        @Override
        public Integer call() throws IOException {
            PrintStream out = parent.out;
            List<Issue> issues = archive.issues(System.err);
            IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);
            for (Path file : extraIssues) {
                if (!Files.isRegularFile(file)) {
                    System.err.println("not found, skipped: " + file);
                    continue;
                }
                try {
                    issues.add(reader.read(file.getFileName().toString(), Files.readAllBytes(file))
                            .issue());
                } catch (IssueFormatException e) {
                    System.err.println("unreadable, skipped: " + file + ": " + e.getMessage());
                }
            }
            TaggingEvaluation evaluation = new TaggingEvaluation();
            for (Path file : gold) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    evaluation.read(in, file.toString());
                }
            }
            TaggingEvaluation.print(evaluation.evaluate(archive.tagger(), issues), out, !noErrors);
            return 0;
        }
    }
}
