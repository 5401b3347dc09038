package de.nachlese.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Turns the figures of one run (results/*.properties, counts-*.tsv) into the markdown tables of docs/benchmarks.md. */
public final class Report {

    private Report() {}

    public static void main(String[] args) throws IOException {
        System.out.println(markdown(Path.of(args[0]).toAbsolutePath()));
    }

    public static String markdown(Path dir) throws IOException {
        Path results = dir.resolve("results");
        Results machine = Results.read(results.resolve("machine.properties"));
        Results index = Results.read(results.resolve("index.properties"));
        Results lucene = Results.read(results.resolve("lucene.properties"));
        Results nachlese = Results.read(results.resolve("nachlese.properties"));
        Results http = Results.read(results.resolve("http.properties"));
        Results solr = Results.read(results.resolve("solr.properties"));
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "### %,d items (seed %s)%n%n", parseLong(machine.get("items")), machine.get("seed")));
        out.append(String.format(
                Locale.ROOT,
                "Machine: %s cores, %s, %s GB RAM, %s, %s. Load average at start: %s.%n%n",
                machine.get("cores"),
                machine.get("cpu"),
                machine.get("ram_gb"),
                machine.get("jdk"),
                machine.get("os"),
                machine.get("load_average_at_start")));

        out.append("| Indexing | items/s | time | index size |\n|---|---:|---:|---:|\n");
        out.append(String.format(
                Locale.ROOT,
                "| Nachlese, end to end (`nachlese index`: read, parse, tag, index, commit) | %s | %s s (JVM wall %s s, %s items/s) | %s |%n",
                index.get("items_per_s"),
                seconds(index.get("ms")),
                seconds(index.get("wall_ms")),
                index.get("items_per_s_wall"),
                mb(index.get("index_bytes"))));
        if (solr.get("index_items_per_s") != null) {
            out.append(String.format(
                    Locale.ROOT,
                    "| Solr, analysis and index only (items parsed and tagged by Nachlese) | %s | %s s | %s |%n",
                    solr.get("index_items_per_s"),
                    seconds(solr.get("index_ms")),
                    mb(solr.get("index_bytes"))));
        }
        out.append('\n');

        Map<String, Results> engines = new LinkedHashMap<>();
        engines.put("raw Lucene (the limit)", lucene);
        engines.put("Nachlese in process", nachlese);
        engines.put("Nachlese HTTP, JSON API", prefixed(http, "json"));
        engines.put("Nachlese HTTP, HTML fragment", prefixed(http, "fragment"));
        engines.put("Solr (EmbeddedSolrServer)", solr);
        out.append(
                "| Search, 220 queries, facets + highlighting | p50 ms | p99 ms | p99.9 ms | mean ms | throughput/s | start-up to first search | heap after full GC | max heap |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        engines.forEach((name, r) -> {
            if (r.get("search.p50_ms") != null) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        name,
                        r.get("search.p50_ms"),
                        r.get("search.p99_ms"),
                        r.get("search.p999_ms"),
                        orDash(r.get("search.mean_ms")),
                        r.get("search.throughput_qps"),
                        r.get("startup_first_search_ms") == null
                                ? "–"
                                : seconds(r.get("startup_first_search_ms")) + " s",
                        r.get("heap_after_gc_mb") == null ? "–" : r.get("heap_after_gc_mb") + " MB",
                        r.get("max_heap_mb") == null ? "–" : r.get("max_heap_mb") + " MB"));
            }
        });
        out.append('\n');
        out.append(
                "Latency is measured one search at a time (each timed alone, 10 shuffled rounds after 3 warm-up rounds), "
                        + "in process and over HTTP alike (over HTTP: one client on a kept-alive connection, after the server's start-up "
                        + "check of the archive has finished); throughput with one thread (or client) per core searching back to back. "
                        + "The open-loop table below shows HTTP under load.\n\n");

        out.append("| Ratio (same run) | p50 | p99 | throughput |\n|---|---:|---:|---:|\n");
        out.append(ratioRow("Nachlese in process ÷ raw Lucene (lower is better)", nachlese, lucene, false));
        out.append(ratioRow("Solr ÷ Nachlese in process (higher is better for Nachlese)", solr, nachlese, true));
        out.append('\n');

        out.append(perKind(engines));
        if (nachlese.get("complete.p50_ms") != null) {
            out.append(String.format(
                    Locale.ROOT,
                    "Search-box suggestions in process, per keystroke (%s keystrokes: each query "
                            + "of the set typed letter by letter, up to 12): p50 %s ms, p99 %s ms, max %s ms.%n%n",
                    nachlese.get("complete.count"),
                    nachlese.get("complete.p50_ms"),
                    nachlese.get("complete.p99_ms"),
                    nachlese.get("complete.max_ms")));
        }
        out.append(openLoop(http));
        out.append(agreement(dir, "lucene", "raw Lucene"));
        out.append(agreement(dir, "http", "Nachlese over HTTP (JSON API)"));
        out.append(agreement(dir, "solr", "Solr"));
        out.append('\n');
        out.append(Targets.table(index, lucene, nachlese, http, solr));
        return out.toString();
    }

    /** HTTP under open-loop load: every rate offered, each request timed from when it was due. */
    private static String openLoop(Results http) {
        StringBuilder out = new StringBuilder();
        for (String endpoint : List.of("json", "fragment")) {
            String rates = http.get(endpoint + ".open.rates");
            if (rates == null) {
                continue;
            }
            if (out.isEmpty()) {
                out.append(
                        "| HTTP, open loop | offered/s | answered 2xx/s | p50 ms | p99 ms | p99.9 ms | 503 shed | other errors |\n");
                out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            }
            for (String rate : rates.split(",")) {
                String key = endpoint + ".rate" + rate;
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        endpoint.equals("json") ? "JSON API" : "HTML fragment",
                        rate,
                        orDash(http.get(key + ".ok_rate")),
                        orDash(http.get(key + ".p50_ms")),
                        orDash(http.get(key + ".p99_ms")),
                        orDash(http.get(key + ".p999_ms")),
                        orDash(http.get(key + ".shed")),
                        orDash(http.get(key + ".errors"))));
            }
        }
        if (out.isEmpty()) {
            return "";
        }
        return out.append(String.format(
                        Locale.ROOT,
                        "%nServer start-up: first answered search after %s s; its background "
                                + "check of the archive done after %s s.%n%n",
                        seconds(http.get("startup_first_search_ms")),
                        seconds(http.get("startup_check_done_ms"))))
                .toString();
    }

    private static Results prefixed(Results http, String endpoint) {
        Results r = new Results();
        http.values().forEach((k, v) -> {
            if (k.startsWith(endpoint + ".")) {
                r.put(k.substring(endpoint.length() + 1), v);
            }
        });
        if (http.get("startup_first_search_ms") != null && endpoint.equals("json")) {
            r.put("startup_first_search_ms", http.get("startup_first_search_ms"));
        }
        if (http.get("heap_after_gc_mb") != null && endpoint.equals("json")) {
            r.put("heap_after_gc_mb", http.get("heap_after_gc_mb"));
            r.put("max_heap_mb", http.get("max_heap_mb"));
        }
        return r;
    }

    private static String ratioRow(String label, Results a, Results b, boolean inverseThroughput) {
        if (a.get("search.p50_ms") == null || b.get("search.p50_ms") == null) {
            return "| " + label + " | – | – | – |\n";
        }
        double throughput = inverseThroughput
                ? parse(b.get("search.throughput_qps")) / parse(a.get("search.throughput_qps"))
                : parse(a.get("search.throughput_qps")) / parse(b.get("search.throughput_qps"));
        return String.format(
                Locale.ROOT,
                "| %s | %.2f× | %.2f× | %.2f× %s |%n",
                label,
                parse(a.get("search.p50_ms")) / parse(b.get("search.p50_ms")),
                parse(a.get("search.p99_ms")) / parse(b.get("search.p99_ms")),
                throughput,
                inverseThroughput ? "(Nachlese ÷ Solr)" : "(Nachlese ÷ Lucene)");
    }

    private static String perKind(Map<String, Results> engines) {
        TreeSet<String> kinds = new TreeSet<>();
        engines.values()
                .forEach(r -> r.values().keySet().stream()
                        .filter(k -> k.startsWith("search.")
                                && k.endsWith(".p50_ms")
                                && k.chars().filter(c -> c == '.').count() == 2)
                        .forEach(k -> kinds.add(k.substring(7, k.length() - 7))));
        if (kinds.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        engines.forEach((name, r) -> {
            if (r.get("search.p50_ms") != null
                    && r.values().keySet().stream()
                            .anyMatch(k -> k.endsWith(".p50_ms")
                                    && k.chars().filter(c -> c == '.').count() == 2)) {
                names.add(name);
            }
        });
        StringBuilder out =
                new StringBuilder("| p50 / p99 ms by query kind | " + String.join(" | ", names) + " |\n|---|");
        names.forEach(n -> out.append("---:|"));
        out.append('\n');
        for (String kind : kinds) {
            out.append("| ").append(kind).append(" |");
            for (String name : names) {
                Results r = engines.get(name);
                out.append(' ')
                        .append(orDash(r.get("search." + kind + ".p50_ms")))
                        .append(" / ")
                        .append(orDash(r.get("search." + kind + ".p99_ms")))
                        .append(" |");
            }
            out.append('\n');
        }
        return out.append('\n').toString();
    }

    private static String agreement(Path dir, String engine, String name) throws IOException {
        Map<String, Long> ours = Measure.readCounts(dir.resolve("results/counts-nachlese.tsv"));
        Map<String, Long> theirs = Measure.readCounts(dir.resolve("results/counts-" + engine + ".tsv"));
        if (ours.isEmpty() || theirs.isEmpty()) {
            return "";
        }
        Results properties = Results.read(dir.resolve("results/nachlese.properties"));
        List<String> corrected = ids(properties.get("spelling_fallback_ids"));
        List<String> relaxed = ids(properties.get("relaxed_ids"));
        int compared = 0;
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, Long> e : ours.entrySet()) {
            Long other = theirs.get(e.getKey());
            if (other == null || other < 0 || corrected.contains(e.getKey()) || relaxed.contains(e.getKey())) {
                continue;
            }
            compared++;
            if (!other.equals(e.getValue())) {
                differ.add(e.getKey() + " (" + e.getValue() + " vs " + other + ")");
            }
        }
        return String.format(
                Locale.ROOT,
                "Hit counts, Nachlese vs %s: %d of %d queries agree exactly%s%s%s.%n%n",
                name,
                compared - differ.size(),
                compared,
                differ.isEmpty() ? "" : "; differ: " + String.join(", ", differ),
                corrected.isEmpty()
                        ? ""
                        : " (not compared: " + String.join(", ", corrected)
                                + ", which found nothing, so Nachlese showed the hits of its spelling correction)",
                relaxed.isEmpty()
                        ? ""
                        : " (not compared: " + String.join(", ", relaxed)
                                + ", which found too little with every word, so Nachlese relaxed them)");
    }

    private static List<String> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    static double parse(String value) {
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private static long parseLong(String value) {
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String seconds(String ms) {
        return ms == null ? "–" : String.format(Locale.ROOT, "%.1f", Long.parseLong(ms) / 1000.0);
    }

    private static String mb(String bytes) {
        return bytes == null ? "–" : String.format(Locale.ROOT, "%.0f MB", Long.parseLong(bytes) / 1024.0 / 1024.0);
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
