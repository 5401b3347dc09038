package de.nachlese.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The index folder, shared by every command; its default is the server's (nachlese.index-dir). */
final class IndexDirOption {

    @Option(
            names = "--index-dir",
            paramLabel = "DIR",
            defaultValue = "index",
            description = "Where the Lucene index lives (default: ${DEFAULT-VALUE}, as for the server).")
    Path indexDir;
}
