package de.nachlese.cli;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.model.StoredItem;
import de.nachlese.search.FacetValue;
import de.nachlese.search.Hit;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import de.nachlese.web.SearchJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.parser.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Searches the index from the terminal, with the same query language, filters and paging as",
            "/api/search. With --json it prints exactly the JSON of /api/search."
        })
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexDirOption index;

    @Parameters(
            paramLabel = "QUERY",
            arity = "0..*",
            description = "Search words; none lists everything, newest first.")
    List<String> words = new ArrayList<>();

    @Option(names = "--json", description = "Print the JSON of /api/search.")
    boolean json;

    @Option(names = "--company", paramLabel = "NAME", description = "Only items about this company (repeatable, OR).")
    List<String> companies = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME", description = "Only items about this person (repeatable, OR).")
    List<String> people = new ArrayList<>();

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only items of this topic (repeatable, OR).")
    List<String> topics = new ArrayList<>();

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "lead, news, chart, listen, earnings (repeatable, OR).")
    List<String> types = new ArrayList<>();

    @Option(names = "--source", paramLabel = "OUTLET", description = "Only items citing this outlet (repeatable, OR).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--week", paramLabel = "YYYY-Www", description = "Only items of this ISO week (repeatable, OR).")
    List<String> weeks = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this date.")
    LocalDate from;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Published on or before this date.")
    LocalDate until;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, newest or oldest.")
    String sort;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page, from 1.")
    int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page, 1 to 50.")
    int size;

    @Option(
            names = "--facet-limit",
            paramLabel = "N",
            description = "With --json: values listed per facet besides " + "the selected ones, 0 to "
                    + SearchJson.MAX_FACET_LIMIT + " (default: " + SearchJson.DEFAULT_FACET_LIMIT + ").")
    int facetLimit = SearchJson.DEFAULT_FACET_LIMIT;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request;
        try {
            request = SearchRequest.builder()
                    .query(String.join(" ", words))
                    .filters(filters())
                    .dates(from, until)
                    .sort(sortOrder())
                    .page(page)
                    .size(size)
                    .build();
            SearchJson.checkFacetLimit(facetLimit, "--facet-limit");
        } catch (IllegalArgumentException e) {
            err.println("nachlese search: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(index.indexDir)) {
            err.println("nachlese search: no index at " + index.indexDir.toAbsolutePath()
                    + " (run `nachlese index` first)");
            return ExitCode.INDEX_UNUSABLE;
        }
        SearchPage result;
        try (Directory directory = FSDirectory.open(index.indexDir);
                ItemSearcher searcher = ItemSearcher.openReadOnly(new IndexSchema(), directory)) {
            result = searcher.search(request);
        } catch (IndexNotFoundException e) {
            err.println("nachlese search: no index in " + index.indexDir.toAbsolutePath()
                    + " (run `nachlese index` first)");
            return ExitCode.INDEX_UNUSABLE;
        }
        if (json) {
            out.println(JsonMapper.builder().build().writeValueAsString(SearchJson.of(result, facetLimit)));
        } else {
            printText(result, out, Terminal.interactive());
        }
        return ExitCode.OK;
    }

    private Map<Facet, List<String>> filters() {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.COMPANY, companies);
        filters.put(Facet.PERSON, people);
        filters.put(Facet.TOPIC, topics);
        filters.put(Facet.TYPE, types);
        filters.put(Facet.SOURCE, sources);
        filters.put(Facet.WEEK, weeks);
        return filters;
    }

    private SortOrder sortOrder() {
        if (sort == null) {
            return null;
        }
        for (SortOrder order : SortOrder.values()) {
            if (order.name().equalsIgnoreCase(sort)) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown sort '" + sort + "' (relevance, newest, oldest)");
    }

    static void printText(SearchPage page, PrintWriter out, boolean ansi) {
        SearchRequest request = page.request();
        long pages = Math.max(1, (page.total() + request.size() - 1) / request.size());
        out.printf(
                "%d %s%s, page %d of %d%n",
                page.total(),
                page.total() == 1 ? "hit" : "hits",
                request.query().isEmpty() ? "" : " for \"" + request.query() + "\"",
                request.page(),
                pages);
        int n = (request.page() - 1) * request.size();
        for (Hit hit : page.hits()) {
            StoredItem s = hit.stored();
            out.printf(
                    "%n%2d. %s %s %s  [%s, %s]%n",
                    ++n,
                    s.week(),
                    s.item().emoji(),
                    s.item().headline(),
                    s.item().type().id(),
                    s.date());
            out.println("    " + plain(hit.snippetHtml(), ansi));
            List<String> tags = new ArrayList<>(s.item().tags().companies());
            tags.addAll(s.item().tags().people());
            tags.addAll(s.item().tags().topics());
            if (!tags.isEmpty()) {
                out.println("    " + String.join(" · ", tags));
            }
            out.println("    /items/" + s.item().id());
        }
        for (Facet facet : List.of(Facet.COMPANY, Facet.PERSON, Facet.TOPIC)) {
            List<FacetValue> values = page.facet(facet);
            if (!values.isEmpty()) {
                out.printf(
                        "%n%s: %s%n",
                        facet.id(),
                        values.stream()
                                .limit(8)
                                .map(v -> v.value() + " (" + v.count() + ")")
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    /** The snippet is escaped HTML with {@code <mark>}: bold on a terminal, plain otherwise. */
    private static String plain(String snippetHtml, boolean ansi) {
        String marked =
                snippetHtml.replace("<mark>", ansi ? "\u001B[1m" : "").replace("</mark>", ansi ? "\u001B[0m" : "");
        return Parser.unescapeEntities(marked, false).replaceAll("\\s+", " ").strip();
    }
}
