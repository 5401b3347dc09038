package de.nachlese.bench.solr;

import org.HdrHistogram.Histogram;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Apache Solr (EmbeddedSolrServer) on the benchmark's items and queries, measured the way Nachlese and raw Lucene
 * are: warm-up rounds, single-threaded latency rounds in a shuffled order, then a fixed time of throughput with one
 * thread per core. Every search asks for what a Nachlese search page shows: ten hits with their stored fields,
 * facet counts on six dimensions with the selected dimension excluded (multi-select, like drill-sideways), the week
 * counts for the histogram, and highlighted headline and body snippets.
 *
 * <p>{@code --home DIR --items FILE --queries FILE --out DIR [--reindex] [--rounds N] [--warmup N] [--seconds N]
 * [--threads N]}
 */
public final class SolrBench {

    private static final String SEP = "\u001F";
    private static final String[] DIMENSIONS = {"company", "person", "topic", "type", "source", "week"};
    private static final String[] MULTI = {"company", "person", "topic", "source", "product", "earnings", "source_link"};

    record BenchQuery(String id, String kind, SolrQuery query) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].substring(2);
            options.put(name, i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
        }
        Path home = Path.of(options.get("home"));
        Path out = Path.of(options.get("out"));
        boolean reindex = options.containsKey("reindex") || !Files.exists(home.resolve("nachlese/data/index"));
        Map<String, String> results = new TreeMap<>();
        if (reindex) {
            createHome(home);
        }
        List<BenchQuery> queries = readQueries(Path.of(options.get("queries")));
        int threads = Integer.parseInt(options.getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
        try (EmbeddedSolrServer solr = new EmbeddedSolrServer(home, "nachlese")) {
            if (reindex) {
                index(solr, Path.of(options.get("items")), threads, results);
            }
            long hits = solr.query(queries.get(0).query()).getResults().getNumFound();
            if (!reindex) { // otherwise this JVM spent its start indexing
                results.put("startup_first_search_ms", Long.toString(sinceJvmStartMs()));
            }
            results.put("first_query_hits", Long.toString(hits));
            results.put("index_bytes", Long.toString(size(home.resolve("nachlese/data/index"))));
            measure(solr, queries, options, threads, results, out.resolve("counts-solr.tsv"));
            System.gc();
            System.gc();
            results.put("heap_after_gc_mb", String.format(Locale.ROOT, "%.1f",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0)));
            results.put("max_heap_mb", Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        }
        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("solr.properties"), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : results.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
        System.out.println("Solr: " + results);
        System.exit(0); // Solr leaves non-daemon threads behind
    }

    private static void createHome(Path home) throws IOException {
        if (Files.exists(home)) {
            try (Stream<Path> walk = Files.walk(home)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (String file : List.of("solr.xml", "nachlese/core.properties", "nachlese/conf/solrconfig.xml", "nachlese/conf/schema.xml")) {
            Path target = home.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = SolrBench.class.getResourceAsStream("/solr-home/" + file)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Adds the items in batches of 1000 from one thread per core, then commits; items/s includes the commit. */
    private static void index(EmbeddedSolrServer solr, Path items, int threads, Map<String, String> results) throws Exception {
        long start = System.nanoTime();
        long count = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> pending = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(items, StandardCharsets.UTF_8)) {
            List<SolrInputDocument> batch = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                batch.add(document(line));
                count++;
                if (batch.size() == 1000) {
                    List<SolrInputDocument> full = batch;
                    pending.add(pool.submit(() -> solr.add(full)));
                    batch = new ArrayList<>();
                    if (pending.size() > threads * 2) {
                        pending.remove(0).get();
                    }
                }
            }
            if (!batch.isEmpty()) {
                List<SolrInputDocument> last = batch;
                pending.add(pool.submit(() -> solr.add(last)));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        solr.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        results.put("index_items", Long.toString(count));
        results.put("index_ms", Long.toString((long) (seconds * 1000)));
        results.put("index_items_per_s", String.format(Locale.ROOT, "%.0f", count / seconds));
    }

    private static SolrInputDocument document(String line) {
        String[] c = line.split("\t", -1);
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", unesc(c[0]));
        doc.addField("headline", unesc(c[1]));
        doc.addField("body", unesc(c[2]));
        doc.addField("issue_id", unesc(c[3]));
        doc.addField("issue_title", unesc(c[4]));
        doc.addField("publication", unesc(c[5]));
        doc.addField("emoji", unesc(c[6]));
        doc.addField("type", c[7]);
        doc.addField("type_key", c[7].toLowerCase(Locale.ROOT));
        doc.addField("week", c[8]);
        doc.addField("week_key", c[8].toLowerCase(Locale.ROOT));
        doc.addField("date_epoch_day", Long.parseLong(c[9]));
        doc.addField("position", Integer.parseInt(c[10]));
        addAll(doc, "company", c[11], true);
        addAll(doc, "person", c[12], true);
        addAll(doc, "topic", c[13], true);
        addAll(doc, "source", c[14], true);
        addAll(doc, "product", c[15], false);
        addAll(doc, "earnings", c[16], false);
        addAll(doc, "source_link", c[17], false);
        return doc;
    }

    private static void addAll(SolrInputDocument doc, String field, String values, boolean withKey) {
        if (values.isEmpty()) {
            return;
        }
        for (String value : values.split(SEP)) {
            String v = unesc(value);
            doc.addField(field, v);
            if (withKey) {
                doc.addField(field + "_key", v.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String unesc(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** id, kind, q, filter queries (U+001F-separated), sort, highlight; an empty q means the query had no translation. */
    private static List<BenchQuery> readQueries(Path file) throws IOException {
        List<BenchQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c[2].isEmpty()) {
                queries.add(new BenchQuery(c[0], c[1], null));
                continue;
            }
            SolrQuery q = new SolrQuery(c[2]);
            q.set("q.op", "OR");
            q.setRows(10);
            q.setFields("*");
            if (!c[3].isEmpty()) {
                q.setFilterQueries(c[3].split(SEP));
            }
            if (!c[4].isEmpty()) {
                q.set("sort", c[4]);
            }
            q.setFacet(true);
            q.setFacetMinCount(1);
            for (String dim : DIMENSIONS) {
                q.add("facet.field", "{!ex=" + dim + "}" + dim);
                q.set("f." + dim + ".facet.limit", dim.equals("week") ? -1 : 200);
            }
            if (Boolean.parseBoolean(c[5])) {
                q.set("hl", true);
                q.set("hl.method", "unified");
                q.set("hl.fl", "headline,body");
                q.set("f.headline.hl.snippets", 1);
                q.set("f.headline.hl.bs.type", "WHOLE");
                q.set("f.body.hl.snippets", 2);
                q.set("hl.defaultSummary", true);
                q.set("hl.tag.pre", "<mark>");
                q.set("hl.tag.post", "</mark>");
                q.set("hl.encoder", "html");
            }
            queries.add(new BenchQuery(c[0], c[1], q));
        }
        return queries;
    }

    private static long search(EmbeddedSolrServer solr, BenchQuery query) throws Exception {
        QueryResponse response = solr.query(query.query());
        return response.getResults().getNumFound();
    }

    private static void measure(EmbeddedSolrServer solr, List<BenchQuery> all, Map<String, String> options, int threads,
                                Map<String, String> results, Path countsFile) throws Exception {
        List<String> counts = new ArrayList<>();
        List<BenchQuery> queries = new ArrayList<>();
        for (BenchQuery query : all) {
            if (query.query() == null) {
                counts.add(query.id() + "\t-1");
            } else {
                counts.add(query.id() + "\t" + search(solr, query));
                queries.add(query);
            }
        }
        Files.createDirectories(countsFile.getParent());
        Files.write(countsFile, counts, StandardCharsets.UTF_8);
        results.put("queries_translated", Integer.toString(queries.size()));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        for (int r = 0; r < warmup; r++) {
            for (BenchQuery query : queries) {
                search(solr, query);
            }
        }
        Histogram overall = new Histogram(60_000_000L, 3);
        Map<String, Histogram> byKind = new TreeMap<>();
        List<BenchQuery> order = new ArrayList<>(queries);
        Random shuffle = new Random(7);
        for (int r = 0; r < rounds; r++) {
            Collections.shuffle(order, shuffle);
            for (BenchQuery query : order) {
                long start = System.nanoTime();
                search(solr, query);
                long micros = Math.max(1, (System.nanoTime() - start) / 1000);
                overall.recordValue(micros);
                byKind.computeIfAbsent(query.kind(), k -> new Histogram(60_000_000L, 3)).recordValue(micros);
            }
        }
        write(results, "search", overall);
        byKind.forEach((kind, h) -> write(results, "search." + kind, h));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * queries.size() / threads;
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = offset; !stop.get(); i++) {
                    try {
                        search(solr, queries.get(i % queries.size()));
                        done.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long count = done.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        for (Thread worker : workers) {
            worker.join();
        }
        results.put("search.throughput_qps", String.format(Locale.ROOT, "%.1f", count / elapsed));
        results.put("search.threads", Integer.toString(threads));
    }

    private static void write(Map<String, String> results, String prefix, Histogram h) {
        results.put(prefix + ".count", Long.toString(h.getTotalCount()));
        results.put(prefix + ".p50_ms", ms(h.getValueAtPercentile(50)));
        results.put(prefix + ".p99_ms", ms(h.getValueAtPercentile(99)));
        results.put(prefix + ".p999_ms", ms(h.getValueAtPercentile(99.9)));
        results.put(prefix + ".mean_ms", String.format(Locale.ROOT, "%.3f", h.getMean() / 1000.0));
        results.put(prefix + ".max_ms", ms(h.getMaxValue()));
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long sinceJvmStartMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
