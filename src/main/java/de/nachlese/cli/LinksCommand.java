package de.nachlese.cli;

import de.nachlese.index.IndexSchema;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.links.DraftException;
import de.nachlese.links.DraftLinker;
import de.nachlese.links.DraftLinks;
import de.nachlese.search.ItemSearcher;
import de.nachlese.tagging.Tagger;
import de.nachlese.web.WebPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

@Command(
        name = "links",
        mixinStandardHelpOptions = true,
        description = {
            "Suggests, for each item of a draft issue, the earlier archive items to link to. With --json it",
            "prints exactly the JSON of POST /api/links, one body per file."
        })
final class LinksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexDirOption index;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Draft files: plain text, Markdown or HTML.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--before",
            paramLabel = "YYYY-MM-DD",
            description = "Only items published before this date " + "(default: the draft's byline date, else today).")
    LocalDate before;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "Links per item, 1 to 20.")
    int limit;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            defaultValue = "http://localhost:8080",
            description = "What the permalinks in Markdown and HTML start with (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--json", description = "Print the JSON of POST /api/links.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1 || limit > DraftLinker.MAX_LIMIT) {
            err.println("nachlese links: --limit must be 1 to " + DraftLinker.MAX_LIMIT + ", was " + limit);
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(index.indexDir)) {
            err.println(
                    "nachlese links: no index at " + index.indexDir.toAbsolutePath() + " (run `nachlese index` first)");
            return ExitCode.INDEX_UNUSABLE;
        }
        int exit = ExitCode.OK;
        IndexSchema schema = new IndexSchema();
        try (Directory directory = FSDirectory.open(index.indexDir);
                ItemSearcher searcher = ItemSearcher.openReadOnly(schema, directory)) {
            DraftLinker linker = new DraftLinker(
                    new IssueReader(FormatProfile.GERMAN_WEEKLY),
                    Tagger::bundled,
                    searcher,
                    schema,
                    WebPaths.ITEMS,
                    Clock.systemDefaultZone());
            for (Path file : files) {
                try {
                    DraftLinks links = linker.link(new DraftLinker.Draft(
                            Files.readAllBytes(file), contentType(file), before, limit, 1, baseUrl));
                    if (json) {
                        out.println(JsonMapper.builder().build().writeValueAsString(links));
                    } else {
                        printText(file, links, out);
                    }
                } catch (DraftException | IOException e) {
                    err.println("nachlese links: " + file + ": " + e.getMessage());
                    exit = ExitCode.INPUT_FAILED;
                }
            }
        } catch (IndexNotFoundException e) {
            err.println(
                    "nachlese links: no index in " + index.indexDir.toAbsolutePath() + " (run `nachlese index` first)");
            return ExitCode.INDEX_UNUSABLE;
        }
        return exit;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain";
    }

    static void printText(Path file, DraftLinks links, PrintWriter out) {
        out.printf(
                "%s: %d items, links to items before %s%n", file, links.items().size(), links.draftDate());
        for (DraftLinks.DraftItem item : links.items()) {
            out.printf("%n%s%n", item.headline());
            if (item.links().isEmpty()) {
                out.println("    (no earlier items)");
            }
            for (DraftLinks.Link link : item.links()) {
                out.printf(
                        "    %s %s  (%s)%s%n        %s%n",
                        link.week(),
                        link.headline(),
                        link.why(),
                        link.alreadyLinked() ? " [already linked]" : "",
                        link.markdown());
            }
        }
    }
}
