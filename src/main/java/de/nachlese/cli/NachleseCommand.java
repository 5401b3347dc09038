package de.nachlese.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line. A new subcommand is one more class in the list below.
 */
@Command(
        name = "nachlese",
        mixinStandardHelpOptions = true,
        versionProvider = NachleseCommand.Version.class,
        description = "Full-text search for newsletter archives.",
        subcommands = {
            IndexCommand.class,
            ServeCommand.class,
            SearchCommand.class,
            LinksCommand.class,
            StatsCommand.class,
            TagsCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class,
        },
        footer = {
            "",
            "Without a command, or when the first argument starts with \"--\" (e.g. --server.port=8080),",
            "the server starts, as with `nachlese serve`.",
            "Exit codes: 0 all went well, 1 some input could not be read (everything readable was indexed),",
            "2 wrong usage, 3 the index cannot be used (missing, locked by a running server, unwritable),",
            "4 writing the index failed (full disk, I/O error); it keeps its last commit."
        })
final class NachleseCommand {

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NachleseCommand.class.getPackage().getImplementationVersion();
            return new String[] {"nachlese " + (version == null ? "(development build)" : version)};
        }
    }
}
