package de.nachlese.cli;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.IndexStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description =
                "Counts what the index holds: issues, items, weeks, companies, people, topics, publications, files.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexDirOption index;

    @Option(names = "--json", description = "Print the counts as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IndexStats stats;
        try {
            stats = IndexStats.read(index.indexDir, new IndexSchema());
        } catch (IOException e) {
            spec.commandLine().getErr().println("nachlese stats: " + e.getMessage());
            return ExitCode.INDEX_UNUSABLE;
        }
        if (json) {
            out.println(JsonMapper.builder().build().writeValueAsString(stats));
            return ExitCode.OK;
        }
        out.println("Index " + index.indexDir.toAbsolutePath());
        out.printf("  issues        %7d%n", stats.issues());
        out.printf("  items         %7d%n", stats.items());
        out.printf(
                "  weeks         %7d%s%n",
                stats.weeks(),
                stats.firstWeek() == null ? "" : "   (" + stats.firstWeek() + " to " + stats.lastWeek() + ")");
        out.printf("  companies     %7d%n", stats.companies());
        out.printf("  people        %7d%n", stats.people());
        out.printf("  topics        %7d%n", stats.topics());
        out.printf("  publications  %7d%n", stats.publications());
        out.printf("  source files  %7d%n", stats.files());
        return ExitCode.OK;
    }
}
