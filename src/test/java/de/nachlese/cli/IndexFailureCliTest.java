package de.nachlese.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.FillingDirectory;
import de.nachlese.index.ItemIndexer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `nachlese index` on a disk that fills up: a plain message and exit code 4, then a rerun that completes. */
class IndexFailureCliTest {

    @Test
    void aFullDiskIsReportedPlainlyAndTheRerunCompletes(@TempDir Path dir) throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        try (Stream<Path> demo = Files.list(Path.of("src/main/resources/demo-archive"))) {
            for (Path file : demo.filter(f -> f.getFileName().toString().startsWith("wochenwerk"))
                    .toList()) {
                Files.copy(file, archive.resolve(file.getFileName()));
            }
        }
        Path index = dir.resolve("index");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        IndexCommand command = commandLine.getSubcommands().get("index").getCommand();
        command.opener = (indexDir, schema) -> {
            FillingDirectory disk = new FillingDirectory(FSDirectory.open(Files.createDirectories(indexDir)));
            disk.free.set(60_000);
            return ItemIndexer.open(disk, schema);
        };

        int code = commandLine.execute("index", archive.toString(), "--index-dir=" + index, "--progress=none");

        assertThat(code).isEqualTo(ExitCode.WRITE_FAILED);
        assertThat(err.toString())
                .isEqualTo("nachlese index: writing the index " + index.toAbsolutePath()
                        + " failed: No space left on device. The index keeps its last commit and can be searched; once the"
                        + " cause is fixed, run the same command again to go on from there." + System.lineSeparator());
        assertThat(out.toString()).isEmpty();

        StringWriter rerunOut = new StringWriter();
        int rerun = Cli.commandLine(new PrintWriter(rerunOut, true), new PrintWriter(new StringWriter(), true))
                .execute("index", archive.toString(), "--index-dir=" + index, "--progress=none");
        assertThat(rerun).isEqualTo(ExitCode.OK);
        assertThat(rerunOut.toString()).startsWith("Indexed 28 issues and 235 items into " + index);
    }
}
