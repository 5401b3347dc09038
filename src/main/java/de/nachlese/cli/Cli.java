package de.nachlese.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point of the command line: decides between the server and a command, and runs the command. */
public final class Cli {

    private static final Set<String> CLI_OPTIONS = Set.of("--help", "-h", "--version", "-V");
    /** Held so the level sticks: Lucene's start-up notes (java.util.logging) are noise in a command's output. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    private Cli() {}

    /**
     * The jar serves when started without a command or with Spring-style options first
     * ({@code java -jar nachlese.jar --server.port=9090}), as it always has.
     */
    public static boolean startsServer(String[] args) {
        return args.length == 0 || (args[0].startsWith("--") && !CLI_OPTIONS.contains(args[0]));
    }

    /** Runs a command and returns its exit code; a running {@code serve} returns only when the server stops. */
    public static int run(String[] args) {
        LUCENE_LOG.setLevel(Level.WARNING);
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args)
                .execute(args);
    }

    /**
     * The command line for {@code args}: with the one subcommand that {@code args} names, else with all of them.
     * Building a command's model costs reflection over all its options and mixins (about a third of the CPU a short
     * {@code index} run spends before it reads a file, when done for all commands), and the output of a named command
     * does not depend on its siblings.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new NachleseCommand());
        String first = args.length == 0 ? "" : args[0];
        Supplier<Object> named =
                NachleseCommand.TREE_COMMANDS.contains(first) ? null : NachleseCommand.SUBCOMMANDS.get(first);
        if (named != null) {
            commandLine.addSubcommand(named.get());
        } else {
            NachleseCommand.SUBCOMMANDS.values().forEach(command -> commandLine.addSubcommand(command.get()));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
