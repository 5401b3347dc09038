package de.nachlese.cli;

import java.io.PrintWriter;
import java.util.Set;
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
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new NachleseCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
