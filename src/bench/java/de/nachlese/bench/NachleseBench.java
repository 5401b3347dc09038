package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchPage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;

/**
 * Nachlese's search service in process, on an existing index: the time from JVM start to the first answered
 * search, then the shared measuring procedure over the query set (facets, histogram, highlighting, "Meinten Sie"
 * and everything else a search page gets), and the heap after a full collection.
 */
public final class NachleseBench {

    private NachleseBench() {}

    /** {@code --index DIR --queries FILE --out DIR [--rounds N] [--warmup N] [--seconds N] [--threads N]} */
    public static void main(String[] args) throws Exception {
        Map<String, String> options =
                Options.parse(args, Set.of("index", "queries", "out", "rounds", "warmup", "seconds", "threads"));
        Path index = Path.of(options.get("index"));
        Path out = Path.of(options.get("out"));
        List<BenchQuery> queries = Measure.readQueries(Path.of(options.get("queries")));
        Results results = new Results();
        long openStart = System.nanoTime();
        try (ItemSearcher searcher = ItemSearcher.openReadOnly(new IndexSchema(), FSDirectory.open(index))) {
            SearchPage first = searcher.search(queries.get(0).request());
            results.put("startup_first_search_ms", Results.sinceJvmStartMs());
            results.put("startup_open_and_search_ms", (System.nanoTime() - openStart) / 1_000_000);
            results.put("items", searcher.itemCount());
            results.put("first_query_hits", first.total());
            List<String> corrected = new java.util.ArrayList<>();
            List<String> relaxed = new java.util.ArrayList<>();
            for (BenchQuery query : queries) {
                SearchPage page = searcher.search(query.request());
                if (page.notes().showingSuggestion()) {
                    corrected.add(query.id());
                } else if (page.notes().relaxed()) {
                    relaxed.add(query.id());
                }
            }
            results.put("spelling_fallback_ids", String.join(",", corrected));
            results.put("relaxed_ids", String.join(",", relaxed));
            Measure.run(
                    query -> searcher.search(query.request()).total(),
                    queries,
                    BenchSettings.from(options),
                    results,
                    "search",
                    out.resolve("counts-nachlese.tsv"));
            completions(searcher, queries, results);
            results.put("heap_after_gc_mb", String.format(Locale.ROOT, "%.1f", Results.heapAfterFullGcMb()));
            results.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        results.write(out.resolve("nachlese.properties"));
        System.out.println("Nachlese in process: " + results.values());
    }

    /**
     * The search box's suggestions as someone types each query of the set: every prefix of its text up to 12
     * characters, one keystroke at a time (the first call builds the suggestion list of the reader, outside the
     * timing), after one warm-up pass.
     */
    private static void completions(ItemSearcher searcher, List<BenchQuery> queries, Results results) throws Exception {
        List<String> keystrokes = new java.util.ArrayList<>();
        for (BenchQuery query : queries) {
            for (int length = 1; length <= Math.min(12, query.query().length()); length++) {
                keystrokes.add(query.query().substring(0, length));
            }
        }
        Latencies latencies = new Latencies();
        for (int round = 0; round < 4; round++) {
            for (String typed : keystrokes) {
                long start = System.nanoTime();
                searcher.complete(typed, 8);
                if (round > 0) {
                    latencies.record("keystroke", System.nanoTime() - start);
                }
            }
        }
        latencies.writeTo(results, "complete");
    }
}
