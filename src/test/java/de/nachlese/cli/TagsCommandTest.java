package de.nachlese.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagsCommandTest {

    @Test
    void evalPrintsScoresAndErrorsForAGoldFile(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.tsv");
        // One demo item, labelled with one wrong company on purpose so the error list has an entry.
        Files.writeString(
                gold,
                "wochenwerk-tech-2025-w02-tesla-schrumpft-zum-ersten-mal\tTesla; BYD; Ford\tElon Musk\tMobilität\n",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new CommandLine(new TagsCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .execute(
                        "eval",
                        "--gold",
                        gold.toString(),
                        "--issue",
                        dir.resolve("absent.txt").toString());
        assertThat(exit).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Evaluated 1 items
                           precision    recall        F1     TP     FP     FN
                companies      1.000     0.667     0.800      2      0      1
                people         1.000     1.000     1.000      1      0      0
                topics         1.000     1.000     1.000      1      0      0

                Errors (1): + tagged but not gold, - gold but not tagged
                companies wochenwerk-tech-2025-w02-tesla-schrumpft-zum-ersten-mal  -Ford
                """);
    }
}
