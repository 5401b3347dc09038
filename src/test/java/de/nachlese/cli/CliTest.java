package de.nachlese.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.index.LockOwner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The command line end to end on the fixtures: output, report and exit codes. */
class CliTest {

    static final String FORMATS =
            Path.of("src/test/resources/fixtures/formats").toAbsolutePath().toString();
    static final String MALFORMED =
            Path.of("src/test/resources/fixtures/malformed").toAbsolutePath().toString();

    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A run on the whole command tree, as {@code nachlese --help} and {@code help} see it. */
    static Run runOnWholeTree(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void indexReportsPerFormatAndASecondRunWritesNothing(@TempDir Path dir) {
        String index = "--index-dir=" + dir.resolve("index");
        Run first = run("index", index, "--progress=lines", FORMATS);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .startsWith("Indexed 25 issues and 74 items into " + dir.resolve("index"))
                .contains("""
                        Per format:
                          atom            2 issues       4 items
                          eml             1 issues       3 items
                          export-zip      3 issues       7 items
                          html            2 issues       5 items
                          mbox           12 issues      43 items
                          rss             3 issues       8 items
                          text            2 issues       4 items
                        Duplicates skipped (1):
                          %s/twins/funkloch-2025-kw23.html: same issue as %s/twins/funkloch-2025-kw23.eml (funkloch-digital-2025-w23), skipped
                        Warnings (19):
                        """.formatted(FORMATS, FORMATS))
                .contains("Files: 10 seen, 0 unchanged (not read), 0 removed from the index (0 items)")
                .doesNotContain("Errors");
        assertThat(first.err()).startsWith("Indexing 10 files\n[1/10] ").contains("[10/10] ");

        Run second = run("index", index, "--progress=none", FORMATS);
        assertThat(second.exitCode()).isZero();
        assertThat(second.out())
                .startsWith("Indexed 0 issues and 0 items into ")
                .contains("Files: 10 seen, 9 unchanged (not read), 0 removed from the index (0 items)")
                .contains("Nothing changed; the index was not written.");
        assertThat(second.err()).isEmpty();
    }

    @Test
    void malformedInputIndexesTheGoodFilesAndExitsWithOne(@TempDir Path dir) {
        Run run = run(
                "index", "--index-dir=" + dir.resolve("index"), "--progress=none", "--max-file-bytes=65536", MALFORMED);
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_FAILED);
        assertThat(run.out())
                .startsWith("Indexed 4 issues and 13 items")
                .contains("Errors (34):\n  " + MALFORMED + "/atom-entry-without-content.atom#1: Atom entry without")
                .contains(MALFORMED + "/zip-bomb.zip: ZIP entry bombe.txt inflates beyond 65536 bytes")
                .endsWith("34 inputs could not be read; every other file was indexed. Exit code 1.\n");

        Run stats = run("stats", "--index-dir=" + dir.resolve("index"), "--json");
        assertThat(stats.out())
                .isEqualTo("{\"issues\":4,\"items\":13,\"weeks\":4,\"companies\":1,\"people\":0,\"topics\":2,"
                        + "\"publications\":1,\"files\":4,\"firstWeek\":\"2025-W36\",\"lastWeek\":\"2025-W52\"}\n");
    }

    @Test
    void errorsOfAPartlyReadableFileAreReportedOnEveryRunUntilItChanges(@TempDir Path dir) throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Path mbox = archive.resolve("mixed.mbox");
        writeMbox(mbox, 1);
        String index = "--index-dir=" + dir.resolve("index");

        Run first = run("index", index, "--progress=none", archive.toString());
        assertThat(first.exitCode()).isEqualTo(ExitCode.INPUT_FAILED);
        List<String> lines = first.out()
                .lines()
                .filter(line -> line.startsWith("  " + mbox + "#") && !line.contains(" % ["))
                .toList();
        assertThat(lines).hasSize(3);
        String errors = "Errors (3):\n" + String.join("\n", lines) + "\n";
        assertThat(first.out()).contains(errors);

        Run second = run("index", index, "--progress=none", archive.toString());
        assertThat(second.exitCode()).isEqualTo(ExitCode.INPUT_FAILED);
        assertThat(second.out())
                .contains("Files: 1 seen, 1 unchanged (not read)")
                .contains("Nothing changed; the index was not written.")
                .contains(errors)
                .contains("  Unchanged since the run that found these errors, so not read again: " + mbox
                        + ". Their errors are reported until the file changes.\n")
                .endsWith("3 inputs could not be read; every other file was indexed. Exit code 1.\n");

        Files.copy(Path.of(MALFORMED, "good-kw36.txt"), mbox, StandardCopyOption.REPLACE_EXISTING);
        Run fixed = run("index", index, "--progress=none", archive.toString());
        assertThat(fixed.exitCode()).isZero();
        assertThat(fixed.out()).doesNotContain("Errors");
        assertThat(run("index", index, "--progress=none", archive.toString()).out())
                .contains("Nothing changed")
                .doesNotContain("Errors");

        writeMbox(mbox, 1);
        assertThat(run("index", index, "--progress=none", archive.toString()).exitCode())
                .isEqualTo(ExitCode.INPUT_FAILED);
        Files.delete(mbox);
        Run removed = run("index", index, "--progress=none", archive.toString());
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).contains("1 removed from the index").doesNotContain("Errors");
        assertThat(run("index", index, "--progress=none", archive.toString()).out())
                .doesNotContain("Errors");
    }

    @Test
    void theErrorReportListsTheFirstTwentyOfEachFileAndCountsTheRest(@TempDir Path dir) throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Path mbox = archive.resolve("mostly-empty.mbox");
        writeMbox(mbox, 26);
        String index = "--index-dir=" + dir.resolve("index");

        for (int run = 1; run <= 2; run++) {
            Run result = run("index", index, "--progress=none", archive.toString());
            assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_FAILED);
            assertThat(result.out())
                    .contains("Errors (28):\n")
                    .contains("  " + mbox + "#21: empty message in the mbox\n  … and 8 more errors in " + mbox + "\n")
                    .doesNotContain("#22:")
                    .endsWith("28 inputs could not be read; every other file was indexed. Exit code 1.\n");
        }
    }

    /** The malformed fixtures' mbox (one good message, two broken ones) with this many empty messages added. */
    private static void writeMbox(Path mbox, int empty) throws IOException {
        String mixed = Files.readString(Path.of(MALFORMED, "mixed.mbox"), StandardCharsets.ISO_8859_1);
        Files.writeString(
                mbox,
                mixed + "\nFrom b@example Mon Dec 01 07:30:00 2025\n\n".repeat(empty),
                StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFifoNamedOnTheCommandLineIsNotARegularFile(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        Run run = run("index", "--index-dir=" + dir.resolve("index"), "--progress=none", fifo.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_FAILED);
        assertThat(run.out()).contains(fifo + ": cannot list: " + fifo + ": not a regular file\n");
    }

    @Test
    void searchAndStatsOnTheFixtures(@TempDir Path dir) {
        String index = "--index-dir=" + dir.resolve("index");
        assertThat(run("index", index, "--progress=none", FORMATS).exitCode()).isZero();

        Run search = run("search", index, "Glasfaser");
        assertThat(search.exitCode()).isZero();
        assertThat(search.out())
                .startsWith("""
                1 hit for "Glasfaser", page 1 of 1

                 1. 2025-W10 🌱 Stadtwerke verlegen Glasfaser mit dem Pflug  [lead, 2025-03-03]
                    Statt Straßen aufzureißen, ziehen die Stadtwerke einer fiktiven Kleinstadt ihre Leitungen jetzt mit einem Spezialpflug durch Äcker und Vorgärten.""")
                .contains("    /items/funkloch-digital-2025-w10-stadtwerke-verlegen-glasfaser-mit-dem-pflug\n");

        Run json = run("search", index, "--json", "--size=1", "Umlaute");
        assertThat(json.out())
                .startsWith("{\"query\":\"Umlaute\",\"total\":2,\"page\":1,\"size\":1,\"syntaxError\":null,"
                        + "\"didYouMean\":null,\"showingResultsFor\":null,\"understood\":[],\"hits\":[{\"id\":");

        Run stats = run("stats", index);
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).contains("""
                  issues             25
                  items              74
                  weeks              25   (2025-W10 to 2025-W35)
                """).contains("  publications        1\n  source files        9\n");
    }

    @Test
    void exitCodesForMissingInputWrongUsageAndUnusableIndex(@TempDir Path dir) throws Exception {
        Run missing = run(
                "index",
                "--index-dir=" + dir.resolve("index"),
                "--progress=none",
                dir.resolve("nope.mbox").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT_FAILED);
        assertThat(missing.out())
                .contains(dir.resolve("nope.mbox") + ": cannot list: " + dir.resolve("nope.mbox") + ": no such file");

        assertThat(run("index").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("search", "--size=0", "x", "--index-dir=" + dir.resolve("index"))
                        .err())
                .isEqualTo("nachlese search: size must be between 1 and 50, was 0\n");
        assertThat(run("stats", "--index-dir=" + dir.resolve("no-index")).exitCode())
                .isEqualTo(ExitCode.INDEX_UNUSABLE);

        try (ItemIndexer server = ItemIndexer.open(dir.resolve("locked"), new IndexSchema(), LockOwner.Kind.SERVER)) {
            Run locked = run("index", "--index-dir=" + dir.resolve("locked"), "--progress=none", FORMATS);
            assertThat(locked.exitCode()).isEqualTo(ExitCode.INDEX_UNUSABLE);
            assertThat(locked.err()).contains("is in use by a running server");
        }
    }

    @Test
    void aRefusedIndexRunNamesWhatHoldsTheLock(@TempDir Path dir) throws Exception {
        Path locked = dir.resolve("locked");
        long pid = ProcessHandle.current().pid();
        try (ItemIndexer other = ItemIndexer.open(locked, new IndexSchema(), LockOwner.Kind.INDEX_COMMAND)) {
            Run refused = run("index", "--index-dir=" + locked, "--progress=none", FORMATS);
            assertThat(refused.exitCode()).isEqualTo(ExitCode.INDEX_UNUSABLE);
            assertThat(refused.err())
                    .isEqualTo("nachlese index: the index " + locked + " is in use by another `nachlese index` run"
                            + " (process " + pid + "). Wait for it to finish (or stop it), then run this command"
                            + " again.\n");
        }
        assertThat(locked.resolve("write.lock.owner")).doesNotExist();

        try (ItemIndexer unnamed = ItemIndexer.open(locked, new IndexSchema())) {
            // a note left by a process that has ended does not count
            Files.writeString(locked.resolve("write.lock.owner"), "INDEX_COMMAND " + Long.MAX_VALUE + " 0\n");
            Run refused = run("index", "--index-dir=" + locked, "--progress=none", FORMATS);
            assertThat(refused.err())
                    .isEqualTo("nachlese index: the index " + locked + " is in use by another program (a running"
                            + " server or a `nachlese index` run). If it is a server, drop the files into the"
                            + " server's archive folder (they are indexed live), or stop the server; if it is"
                            + " another `nachlese index`, wait for it to finish.\n");
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aServerStartedOnALockedIndexEndsWithOnePlainMessage(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path locked = dir.resolve("locked");
        try (ItemIndexer other = ItemIndexer.open(locked, new IndexSchema(), LockOwner.Kind.INDEX_COMMAND)) {
            Run serve = run("serve", "--index-dir=" + locked, "--port=0", "--nachlese.watch=false");
            assertThat(serve.exitCode()).isEqualTo(ExitCode.INDEX_UNUSABLE);
            assertThat(serve.err()).isEmpty();
        }
        assertThat(output.getAll())
                .contains("Cannot start: the index " + locked + " is in use by another `nachlese index` run (process "
                        + ProcessHandle.current().pid() + ").")
                .contains("Wait for the `nachlese index` run to finish (or stop it), then start the server again.")
                .doesNotContain("\tat ");
    }

    @Test
    void feedsAreFetchedByUrl(@TempDir Path dir) throws Exception {
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] feed = java.nio.file.Files.readAllBytes(Path.of(FORMATS, "funkloch-feed.rss"));
        server.createContext("/feed.xml", exchange -> {
            exchange.sendResponseHeaders(200, feed.length);
            exchange.getResponseBody().write(feed);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Run run = run(
                    "index",
                    "--index-dir=" + dir.resolve("index"),
                    "--progress=none",
                    base + "/feed.xml",
                    base + "/missing.xml");
            assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_FAILED);
            assertThat(run.out())
                    .startsWith("Indexed 3 issues and 8 items")
                    .contains("  rss             3 issues       8 items\n")
                    .contains(base + "/missing.xml: cannot list: HTTP 404 from " + base + "/missing.xml");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void helpEverywhereAndShellCompletion() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: nachlese", "index", "serve", "search", "stats", "generate-completion");
        for (String command : new String[] {"index", "serve", "search", "stats"}) {
            Run sub = run(command, "--help");
            assertThat(sub.exitCode()).isZero();
            assertThat(sub.out()).startsWith("Usage: nachlese " + command).contains("--index-dir=DIR");
        }
        assertThat(run("index", "--help").out()).contains(".md", ".json", ".csv", "--layout=FILE");
        Run completion = run("generate-completion");
        assertThat(completion.out()).contains("complete -F _complete_nachlese", "search", "--index-dir");
    }

    @Test
    void aCommandBuiltAloneAnswersAsInTheWholeTree() {
        assertThat(NachleseCommand.SUBCOMMANDS.keySet())
                .containsExactly("index", "serve", "search", "links", "stats", "tags", "generate-completion", "help");
        for (String command : NachleseCommand.SUBCOMMANDS.keySet()) {
            picocli.CommandLine alone =
                    Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), command);
            assertThat(alone.getSubcommands().keySet())
                    .hasSize(NachleseCommand.TREE_COMMANDS.contains(command) ? 8 : 1)
                    .contains(command);
            // serve passes unknown options on to Spring, so its wrong usage is a port that is no number
            String wrong = command.equals("serve") ? "--port=x" : "--no-such-option";
            for (String[] args : new String[][] {{command, "--help"}, {command, wrong}}) {
                assertThat(run(args)).isEqualTo(runOnWholeTree(args));
            }
        }
        assertThat(run("help", "index")).isEqualTo(runOnWholeTree("help", "index"));
        assertThat(run("indx", "x").err())
                .isEqualTo(runOnWholeTree("indx", "x").err())
                .contains("index");
    }

    @Test
    void theJarServesWithoutACommandOrWithSpringOptions() {
        assertThat(Cli.startsServer(new String[0])).isTrue();
        assertThat(Cli.startsServer(new String[] {"--nachlese.archive-dir=/a", "--server.port=9090"}))
                .isTrue();
        assertThat(Cli.startsServer(new String[] {"--help"})).isFalse();
        assertThat(Cli.startsServer(new String[] {"--version"})).isFalse();
        assertThat(Cli.startsServer(new String[] {"index", "x"})).isFalse();
        assertThat(Cli.startsServer(new String[] {"serve"})).isFalse();
    }
}
