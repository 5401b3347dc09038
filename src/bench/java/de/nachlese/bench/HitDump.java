package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import de.nachlese.search.Hit;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;

/**
 * A check, not a benchmark: writes every displayed hit of every query of a set (total, marked headline, snippet and
 * the whole stored item) to a file, so two builds can be compared with {@code diff} on the same index. A change to
 * how hits are loaded or highlighted must leave this file byte-identical.
 * <p>
 * {@code --index DIR --queries FILE --out FILE}
 */
public final class HitDump {

    private HitDump() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Set.of("index", "queries", "out"));
        List<BenchQuery> queries = Measure.readQueries(Path.of(options.get("queries")));
        List<String> lines = new ArrayList<>();
        try (ItemSearcher searcher =
                ItemSearcher.openReadOnly(new IndexSchema(), FSDirectory.open(Path.of(options.get("index"))))) {
            for (BenchQuery query : queries) {
                SearchPage page = searcher.search(query.request());
                lines.add("# " + query.id() + " " + query.kind() + " total=" + page.total() + " notes=" + page.notes());
                for (Hit hit : page.hits()) {
                    lines.add(hit.headlineHtml());
                    lines.add(hit.snippetHtml());
                    lines.add(hit.stored().toString());
                }
            }
        }
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println(queries.size() + " queries, " + lines.size() + " lines written to " + out);
    }
}
