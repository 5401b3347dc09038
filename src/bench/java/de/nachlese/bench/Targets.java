package de.nachlese.bench;

import java.util.Locale;

/** The targets of issue 7 against the figures of one run, each marked met or missed. */
final class Targets {

    private Targets() {}

    static String table(Results index, Results lucene, Results nachlese, Results http, Results solr) {
        StringBuilder out = new StringBuilder("| Target | Measured | |\n|---|---:|---|\n");
        row(out, "Indexing ≥ 10,000 items/s end to end", index.get("items_per_s"), " items/s", v -> v >= 10_000);
        row(out, "In process p50 ≤ 2 ms", nachlese.get("search.p50_ms"), " ms", v -> v <= 2);
        row(out, "In process p99 ≤ 20 ms", nachlese.get("search.p99_ms"), " ms", v -> v <= 20);
        row(
                out,
                "In process ≤ 1.3× raw Lucene (p50)",
                ratio(nachlese.get("search.p50_ms"), lucene.get("search.p50_ms")),
                "×",
                v -> v <= 1.3);
        row(
                out,
                "In process ≤ 1.3× raw Lucene (p99)",
                ratio(nachlese.get("search.p99_ms"), lucene.get("search.p99_ms")),
                "×",
                v -> v <= 1.3);
        row(out, "HTTP JSON p50 ≤ 5 ms (one request at a time)", http.get("json.search.p50_ms"), " ms", v -> v <= 5);
        row(out, "HTTP JSON p99 ≤ 30 ms (one request at a time)", http.get("json.search.p99_ms"), " ms", v -> v <= 30);
        String reference = http.get("json.open.reference_rate");
        if (reference != null) {
            row(
                    out,
                    "HTTP JSON p50 ≤ 5 ms under open-loop load (" + reference + "/s)",
                    http.get("json.rate" + reference + ".p50_ms"),
                    " ms",
                    v -> v <= 5);
            row(
                    out,
                    "HTTP JSON p99 ≤ 30 ms under open-loop load (" + reference + "/s)",
                    http.get("json.rate" + reference + ".p99_ms"),
                    " ms",
                    v -> v <= 30);
        }
        row(
                out,
                "HTTP JSON ≥ 1,000 requests/s (highest open-loop rate served without an error or a 503)",
                http.get("json.open.sustained_qps"),
                "/s",
                v -> v >= 1000);
        row(
                out,
                "HTTP fragment p50 ≤ 5 ms (one request at a time)",
                http.get("fragment.search.p50_ms"),
                " ms",
                v -> v <= 5);
        row(
                out,
                "HTTP fragment p99 ≤ 30 ms (one request at a time)",
                http.get("fragment.search.p99_ms"),
                " ms",
                v -> v <= 30);
        row(
                out,
                "≥ 1.5× faster than Solr (p50, Solr ÷ Nachlese)",
                ratio(solr.get("search.p50_ms"), nachlese.get("search.p50_ms")),
                "×",
                v -> v >= 1.5);
        row(
                out,
                "≥ 1.5× faster than Solr (throughput, Nachlese ÷ Solr)",
                ratio(nachlese.get("search.throughput_qps"), solr.get("search.throughput_qps")),
                "×",
                v -> v >= 1.5);
        row(
                out,
                "Start-up ≤ 2 s to the first answered search (in process, JVM start included)",
                seconds(nachlese.get("startup_first_search_ms")),
                " s",
                v -> v <= 2);
        row(
                out,
                "Server start-up ≤ 2 s to the first answered /api/search (JVM start included"
                        + ("true".equals(http.get("startup_aot_cache")) ? ", AOT cache)" : ")"),
                seconds(http.get("startup_first_search_ms")),
                " s",
                v -> v <= 2);
        if (http.get("startup_first_search_no_aot_ms") != null) {
            row(
                    out,
                    "Server start-up ≤ 2 s, the same without the AOT cache",
                    seconds(http.get("startup_first_search_no_aot_ms")),
                    " s",
                    v -> v <= 2);
        }
        row(
                out,
                "Runs at -Xmx256m (in-process and server runs)",
                nachlese.get("max_heap_mb"),
                " MB max heap",
                v -> v <= 260);
        row(
                out,
                "A new issue searchable ≤ 1 s after it lands (server, watched folder)",
                http.get("live_searchable_ms"),
                " ms",
                v -> v <= 1000);
        return out.toString();
    }

    private interface Check {
        boolean met(double value);
    }

    private static void row(StringBuilder out, String target, String value, String unit, Check check) {
        if (value == null) {
            out.append("| ").append(target).append(" | not measured | – |\n");
            return;
        }
        double v = Double.parseDouble(value);
        out.append("| ")
                .append(target)
                .append(" | ")
                .append(value)
                .append(unit)
                .append(" | ")
                .append(check.met(v) ? "met" : "**missed**")
                .append(" |\n");
    }

    private static String ratio(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%.2f", Double.parseDouble(a) / Double.parseDouble(b));
    }

    private static String seconds(String ms) {
        return ms == null ? null : String.format(Locale.ROOT, "%.2f", Long.parseLong(ms) / 1000.0);
    }
}
