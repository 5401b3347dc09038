package de.nachlese.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line. A new subcommand is one more entry in {@link #SUBCOMMANDS}.
 *
 * <p>The subcommands are listed in code, not in {@code @Command(subcommands = ...)}, so that a run of one command
 * builds the picocli model (reflection over every option of every command) of that command alone; {@link Cli} builds
 * them all only where they are all shown or may be meant (the root's help, {@code help}, shell completion, a typo).
 */
@Command(
        name = "nachlese",
        mixinStandardHelpOptions = true,
        versionProvider = NachleseCommand.Version.class,
        description = "Full-text search for newsletter archives.",
        footer = {
            "",
            "Without a command, or when the first argument starts with \"--\" (e.g. --server.port=8080),",
            "the server starts, as with `nachlese serve`.",
            "Exit codes: 0 all went well, 1 some input could not be read (everything readable was indexed),",
            "2 wrong usage, 3 the index cannot be used (missing, locked by a running server, unwritable),",
            "4 writing the index failed (full disk, I/O error); it keeps its last commit."
        })
final class NachleseCommand {

    /** Each subcommand by its {@code @Command} name, in the order the root's help lists them. */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    /** The subcommands that show or walk the others; a run of one of them builds the whole tree. */
    static final Set<String> TREE_COMMANDS = Set.of("help", "generate-completion");

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("index", IndexCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("search", SearchCommand::new);
        commands.put("links", LinksCommand::new);
        commands.put("stats", StatsCommand::new);
        commands.put("tags", TagsCommand::new);
        commands.put("generate-completion", AutoComplete.GenerateCompletion::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NachleseCommand.class.getPackage().getImplementationVersion();
            return new String[] {"nachlese " + (version == null ? "(development build)" : version)};
        }
    }
}
