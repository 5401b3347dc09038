package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.bench.load.LoadRequest;
import de.nachlese.bench.load.LoadResult;
import de.nachlese.bench.load.OpenLoopLoad;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Nachlese over HTTP: starts the server (its own JVM, the production heap) on the existing index, times the start
 * to the first answered /api/search, then drives the JSON API and the htmx HTML fragment of the search page with
 * the open-loop load generator (de.nachlese.bench.load) at rising fixed rates over the benchmark's query set, and
 * finally drops a new issue into the watched archive folder and times until a search finds it.
 *
 * <p>With {@code --server-jar} (the jar unpacked by {@code bin/nachlese aot-cache}) and {@code --aot-cache}, the server
 * runs as the launcher runs it: it is started once without the start-up cache (that start-up time is reported as
 * well), stopped, and started again with the cache for the figures that follow.
 *
 * <p>{@code --index DIR --queries FILE --out DIR --java PATH --classpath CP --heap 256m --port N [--seconds 10]
 * [--rates 250,500,1000,1500] [--server-jar JAR --aot-cache FILE]}
 */
public final class HttpBench {

    /** The first line of GC.heap_info: "total 262144K, used 38524K" before JDK 25, "total reserved …, committed …, used 38524K" since. */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total [^\\n]*?used (\\d+)K");

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Set.of("index", "queries", "out", "corpus", "java", "classpath",
                "heap", "port", "seconds", "rates", "server-jar", "aot-cache"));
        Path out = Path.of(options.get("out"));
        int port = Integer.parseInt(options.getOrDefault("port", "18301"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        List<Double> rates = Stream.of(options.getOrDefault("rates", "250,500,1000,1500").split(",")).map(Double::parseDouble).toList();
        List<BenchQuery> queries = Measure.readQueries(Path.of(options.get("queries")));
        Path live = out.getParent().resolve("live-archive");
        delete(live);
        Files.createDirectories(live);
        Results results = new Results();
        URI target = URI.create("http://127.0.0.1:" + port);
        String heap = options.getOrDefault("heap", "256m");
        Path serverLog = out.getParent().resolve("logs/http-server.log");
        String first = "/api/search?q=" + enc(queries.get(0).query());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String aotCache = options.get("aot-cache");
        boolean cached = aotCache != null && Files.isRegularFile(Path.of(aotCache));
        if (cached) {
            long uncachedStart = System.nanoTime();
            Process uncached = startServer(options, live, port, false, serverLog.resolveSibling("http-server-no-aot.log"));
            try {
                results.put("startup_first_search_no_aot_ms",
                        waitForAnswer(client, target.resolve(first), uncached, uncachedStart));
            } finally {
                stop(uncached);
            }
        }
        results.put("startup_aot_cache", cached);
        long start = System.nanoTime();
        Process server = startServer(options, live, port, cached, serverLog);
        try {
            results.put("startup_first_search_ms", waitForAnswer(client, target.resolve(first), server, start));
            results.put("heap_setting", heap);
            results.put("max_heap_mb", heap.endsWith("m") ? heap.substring(0, heap.length() - 1) : heap);

            List<LoadRequest> json = new ArrayList<>();
            List<LoadRequest> fragment = new ArrayList<>();
            for (BenchQuery query : queries) {
                String params = params(query);
                json.add(new LoadRequest(query.kind(), "/api/search?" + params, Map.of()));
                fragment.add(new LoadRequest(query.kind(), "/?" + params, Map.of("HX-Request", "true")));
            }
            for (LoadRequest request : List.of(json.get(0), fragment.get(0))) {
                int status = OpenLoopLoad.status(target, request);
                if (status != 200) {
                    throw new IllegalStateException(request.path() + " answered " + status);
                }
            }
            measure("json", target, json, rates, seconds, results);
            measure("fragment", target, fragment, rates, seconds, results);
            liveIndexing(client, target, live, Path.of(options.get("corpus")), results);
            heapAfterGc(options.get("java"), server.pid(), results);
        } finally {
            stop(server);
        }
        results.write(out.resolve("http.properties"));
        System.out.println("Nachlese over HTTP: " + results.values());
    }

    /** Warm-up at a modest rate, then each rate for {@code seconds}; the headline figures are those at 1,000/s. */
    private static void measure(String endpoint, URI target, List<LoadRequest> requests, List<Double> rates, int seconds,
                                Results results) {
        List<LoadRequest> shuffled = new ArrayList<>(requests);
        Collections.shuffle(shuffled, new java.util.Random(7));
        OpenLoopLoad.run(target, shuffled, 200, Duration.ofSeconds(Math.max(5, seconds / 2)));
        double best = 0;
        LoadResult.Stage headline = null;
        for (double rate : rates) {
            LoadResult result = OpenLoopLoad.run(target, shuffled, rate, Duration.ofSeconds(seconds));
            LoadResult.Stage stage = result.stages().getFirst();
            System.out.println(endpoint + " " + stage.format());
            String key = String.format(Locale.ROOT, "%s.rate%d", endpoint, (int) rate);
            results.put(key + ".achieved", String.format(Locale.ROOT, "%.1f", stage.achievedRate()));
            results.put(key + ".p50_ms", String.format(Locale.ROOT, "%.2f", stage.ok().p50()));
            results.put(key + ".p99_ms", String.format(Locale.ROOT, "%.2f", stage.ok().p99()));
            results.put(key + ".p999_ms", String.format(Locale.ROOT, "%.2f", stage.ok().p999()));
            results.put(key + ".errors", stage.counts().errors() + stage.counts().shed());
            results.put(key + ".send_lag_ms", String.format(Locale.ROOT, "%.1f", stage.maxSendLagMs()));
            boolean clean = stage.counts().errors() == 0 && stage.counts().shed() == 0;
            if (clean) {
                best = Math.max(best, stage.okRate());
            }
            if (headline == null || rate <= 1000) {
                headline = stage;
            }
        }
        results.put(endpoint + ".search.p50_ms", String.format(Locale.ROOT, "%.2f", headline.ok().p50()));
        results.put(endpoint + ".search.p99_ms", String.format(Locale.ROOT, "%.2f", headline.ok().p99()));
        results.put(endpoint + ".search.p999_ms", String.format(Locale.ROOT, "%.2f", headline.ok().p999()));
        results.put(endpoint + ".search.at_rate", String.format(Locale.ROOT, "%.0f", headline.offeredRate()));
        results.put(endpoint + ".search.throughput_qps", String.format(Locale.ROOT, "%.1f", best));
    }

    /** Drops three new issues into the watched folder, one at a time, and times each until a search finds it. */
    private static void liveIndexing(HttpClient client, URI target, Path live, Path corpus, Results results) throws Exception {
        Path sample;
        try (Stream<Path> files = Files.walk(corpus)) {
            sample = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", 4);
        String marker = "\n\nDas sind die weiteren News der Woche:";
        long worst = 0;
        List<Long> all = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            String word = "zqxlive" + (char) ('a' + n) + "probe";
            // a publication of its own, so the issue is new rather than a copy of an indexed one; the word is unique
            String issue = lines[0] + "\n\nLivetest " + n + "\n" + lines[3].replace(marker, " " + word + "." + marker);
            Path staged = live.resolve(".staged-" + n);
            Files.writeString(staged, issue, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            Files.move(staged, live.resolve("live-" + n + ".txt"), StandardCopyOption.ATOMIC_MOVE);
            URI search = target.resolve("/api/search?q=" + word);
            while (!client.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString()).body()
                    .contains("\"total\":1")) {
                if (System.nanoTime() - start > 30_000_000_000L) {
                    throw new IllegalStateException("a new issue was not searchable within 30 s");
                }
                Thread.sleep(10);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            all.add(ms);
            worst = Math.max(worst, ms);
        }
        results.put("live_searchable_ms", worst);
        results.put("live_searchable_all_ms", all.toString());
    }

    private static void heapAfterGc(String java, long pid, Results results) {
        Path jcmd = Path.of(java).resolveSibling("jcmd");
        try {
            new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").start().waitFor();
            Process info = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String output = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            info.waitFor();
            Matcher m = HEAP_USED.matcher(output);
            if (m.find()) {
                results.put("heap_after_gc_mb", String.format(Locale.ROOT, "%.1f", Long.parseLong(m.group(1)) / 1024.0));
            } else {
                results.put("heap_after_gc_mb_error", "GC.heap_info not understood: " + output.lines().limit(2).toList());
            }
        } catch (IOException | InterruptedException e) {
            results.put("heap_after_gc_mb_error", e.getMessage());
        }
    }

    /**
     * Starts the server on the index, as the launcher would: from the unpacked jar with the start-up cache when there
     * is one, else from the class path.
     */
    private static Process startServer(Map<String, String> options, Path live, int port, boolean aotCache, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(options.get("java"), "-Xmx" + options.getOrDefault("heap", "256m"),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        if (aotCache) {
            command.addAll(List.of("-XX:AOTCache=" + options.get("aot-cache"), "-Xlog:aot=off", "-Xlog:cds=off"));
        }
        if (options.containsKey("server-jar")) {
            command.addAll(List.of("-jar", options.get("server-jar")));
        } else {
            command.addAll(List.of("-cp", options.get("classpath"), "de.nachlese.NachleseApplication"));
        }
        command.addAll(List.of("--nachlese.index-dir=" + options.get("index"), "--nachlese.archive-dir=" + live,
                "--server.port=" + port, "--logging.level.root=WARN"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        server.waitFor();
    }

    /** Polls until the server answers; returns the milliseconds since {@code startNanos}, taken before the start. */
    private static long waitForAnswer(HttpClient client, URI uri, Process server, long startNanos) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped; see logs/http-server.log");
            }
            try {
                if (client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no answer from " + uri + " within 10 minutes");
    }

    static String params(BenchQuery query) {
        List<String> params = new ArrayList<>();
        if (!query.query().isEmpty()) {
            params.add("q=" + enc(query.query()));
        }
        query.filters().forEach((facet, values) -> values.forEach(v -> params.add(facet.id() + "=" + enc(v))));
        if (query.from() != null) {
            params.add("from=" + query.from());
        }
        if (query.until() != null) {
            params.add("until=" + query.until());
        }
        return String.join("&", params);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
