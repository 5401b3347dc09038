package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.bench.load.LoadRequest;
import de.nachlese.bench.load.LoadResult;
import de.nachlese.bench.load.OpenLoopLoad;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
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
 * to the first answered /api/search, and waits until the server's start-up check of the archive has finished (it
 * runs in the background and would otherwise share the two cores with the measurement). Then, for the JSON API and
 * the htmx HTML fragment of the search page, after 30 s of both searched back to back (the JIT's warm-up):
 * <ol>
 *   <li>the same procedure as the in-process engines ({@link Measure}): hit counts of every query (JSON), warm-up
 *   rounds, shuffled rounds with one request at a time on a kept-alive {@code HttpURLConnection} (latency without
 *   queueing, comparable to the in-process figures), and closed-loop throughput with one client thread per core;</li>
 *   <li>the open-loop load generator (de.nachlese.bench.load) at fixed rates, each request timed from when it was due:
 *   by default a quarter, half and three quarters of the closed-loop throughput just measured, and the 1,000/s of the
 *   target, with a pause between the rates so one rate's backlog does not fall into the next.</li>
 * </ol>
 * Finally it drops three new issues into the watched archive folder, one at a time, and times each until a search
 * finds it; then it deletes them again and waits until the server has removed their items, so the index holds
 * what the other engines search.
 *
 * <p>With {@code --server-jar} (the jar unpacked by {@code bin/nachlese aot-cache}) and {@code --aot-cache}, the server
 * runs as the launcher runs it: it is started once without the start-up cache (that start-up time is reported as
 * well), stopped, and started again with the cache for the figures that follow.
 *
 * <p>{@code --index DIR --queries FILE --out DIR --java PATH --classpath CP --heap 256m --port N [--seconds 10]
 * [--rates auto|250,500,...] [--warmup 3] [--rounds 10] [--threads N] [--server-jar JAR --aot-cache FILE]}
 */
public final class HttpBench {

    /** The first line of GC.heap_info: "total 262144K, used 38524K" before JDK 25, "total reserved …, committed …, used 38524K" since. */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total [^\\n]*?used (\\d+)K");

    private HttpBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(
                args,
                Set.of(
                        "index",
                        "queries",
                        "out",
                        "corpus",
                        "java",
                        "classpath",
                        "heap",
                        "port",
                        "seconds",
                        "rates",
                        "warmup",
                        "rounds",
                        "threads",
                        "server-jar",
                        "aot-cache"));
        Path out = Path.of(options.get("out"));
        int port = Integer.parseInt(options.getOrDefault("port", "18301"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        List<BenchQuery> queries = Measure.readQueries(Path.of(options.get("queries")));
        Path live = out.getParent().resolve("live-archive");
        delete(live);
        Files.createDirectories(live);
        Results results = new Results();
        URI target = URI.create("http://127.0.0.1:" + port);
        String heap = options.getOrDefault("heap", "256m");
        Path serverLog = out.getParent().resolve("logs/http-server.log");
        String first = "/api/search?q=" + enc(queries.get(0).query());
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        String aotCache = options.get("aot-cache");
        boolean cached = aotCache != null && Files.isRegularFile(Path.of(aotCache));
        if (cached) {
            long uncachedStart = System.nanoTime();
            Process uncached =
                    startServer(options, live, port, false, serverLog.resolveSibling("http-server-no-aot.log"));
            try {
                results.put(
                        "startup_first_search_no_aot_ms",
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
            waitForStartupCheck(serverLog, server);
            results.put("startup_check_done_ms", (System.nanoTime() - start) / 1_000_000);

            warmUp(target, queries, WARM_UP);
            Measure.Settings settings = BenchSettings.from(options);
            Measure.run(
                    query -> jsonTotal(target, query),
                    queries,
                    settings,
                    results,
                    "json.search",
                    out.resolve("counts-http.tsv"));
            Measure.run(
                    query -> fragment(target, query),
                    queries,
                    settings,
                    results,
                    "fragment.search",
                    out.resolve("counts-http-fragment.tsv"));

            List<LoadRequest> json = new ArrayList<>();
            List<LoadRequest> fragment = new ArrayList<>();
            for (BenchQuery query : queries) {
                String params = params(query);
                json.add(new LoadRequest(query.kind(), "/api/search?" + params, Map.of()));
                fragment.add(new LoadRequest(query.kind(), "/?" + params, Map.of("HX-Request", "true")));
            }
            for (String endpoint : List.of("json", "fragment")) {
                String closedLoop = results.get(endpoint + ".search.throughput_qps");
                List<Double> rates = rates(options, closedLoop);
                openLoop(
                        endpoint,
                        target,
                        endpoint.equals("json") ? json : fragment,
                        rates,
                        referenceRate(options, closedLoop, rates),
                        seconds,
                        results);
            }
            liveIndexing(client, target, live, Path.of(options.get("corpus")), results);
            heapAfterGc(options.get("java"), server.pid(), results);
        } finally {
            stop(server);
        }
        results.write(out.resolve("http.properties"));
        System.out.println("Nachlese over HTTP: " + results.values());
    }

    private static final String STARTUP_LOGGER = "de.nachlese.system.StartupIndexing";
    /**
     * Before anything is timed: the web layer's code runs once per request, not once per matching document, so it
     * needs thousands of requests before the JIT compiler has optimised it (a few hundred left the JSON API at twice
     * its settled latency for cheap searches at 10^6).
     */
    private static final Duration WARM_UP = Duration.ofSeconds(30);

    /** One client per core sending the set's searches back to back, JSON and fragment in turn, for {@code time}. */
    private static void warmUp(URI target, List<BenchQuery> queries, Duration time) throws Exception {
        long end = System.nanoTime() + time.toNanos();
        int clients = Runtime.getRuntime().availableProcessors();
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Exception> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        for (int t = 0; t < clients; t++) {
            int offset = t * queries.size() / clients;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        BenchQuery query = queries.get(i % queries.size());
                        if (i % 2 == 0) {
                            jsonTotal(target, query);
                        } else {
                            fragment(target, query);
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    /** The rate of the issue's target, always offered, whatever the closed-loop throughput. */
    static final double TARGET_RATE = 1000;
    /** Between two open-loop rates, so the backlog of one does not count against the next. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    /** One search through the JSON API; its hit count, for the agreement check against the other engines. */
    private static long jsonTotal(URI target, BenchQuery query) throws IOException {
        String body = get(target.resolve("/api/search?" + params(query)), false, query);
        Matcher total = TOTAL.matcher(body);
        if (!total.find()) {
            throw new IllegalStateException(query.id() + " answered without a total");
        }
        return Long.parseLong(total.group(1));
    }

    /** One search as the htmx fragment of the search page; its size (the page states no machine-readable count). */
    private static long fragment(URI target, BenchQuery query) throws IOException {
        return get(target.resolve("/?" + params(query)), true, query).length();
    }

    /**
     * A GET on a kept-alive connection, timed by the caller. {@code HttpURLConnection}, the simplest blocking client,
     * rather than {@code HttpClient}, which hands each exchange between its own threads: one rare-word search repeated
     * on a warmed server at 10^6 took 2.66 ms with that and 0.74 ms with this (a rerun of the whole set did not show
     * the same gain; docs/benchmarks.md, "The HTTP gap", says where the rest of the time goes).
     */
    private static String get(URI uri, boolean fragment, BenchQuery query) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(2_000);
        connection.setReadTimeout(30_000);
        if (fragment) {
            connection.setRequestProperty("HX-Request", "true");
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 200) {
                throw new IllegalStateException(
                        query.id() + " answered " + status + (fragment ? " as a fragment" : ""));
            }
            return body;
        }
    }

    /**
     * {@code --rates} as given, or (auto, the default) a quarter, half and three quarters of the closed-loop
     * throughput and the target's rate, in rising order.
     */
    static List<Double> rates(Map<String, String> options, String closedLoopQps) {
        String given = options.getOrDefault("rates", "auto");
        if (!given.equals("auto")) {
            return Stream.of(given.split(",")).map(Double::parseDouble).toList();
        }
        double capacity = closedLoopQps == null ? 0 : Double.parseDouble(closedLoopQps);
        java.util.TreeSet<Double> rates = new java.util.TreeSet<>();
        for (double share : new double[] {0.25, 0.5, 0.75}) {
            rates.add((double) Math.max(1, Math.round(capacity * share)));
        }
        rates.add(TARGET_RATE);
        return List.copyOf(rates);
    }

    /**
     * The rate at which the targets' latency under load is read: half the closed-loop throughput (auto), or the
     * middle one of the rates given.
     */
    static double referenceRate(Map<String, String> options, String closedLoopQps, List<Double> rates) {
        if (!options.getOrDefault("rates", "auto").equals("auto")) {
            return rates.get((rates.size() - 1) / 2);
        }
        return Math.max(1, Math.round((closedLoopQps == null ? 0 : Double.parseDouble(closedLoopQps)) * 0.5));
    }

    /** Each rate for {@code seconds}, after a pause; the figures go under {@code endpoint.rateN}. */
    private static void openLoop(
            String endpoint,
            URI target,
            List<LoadRequest> requests,
            List<Double> rates,
            double reference,
            int seconds,
            Results results)
            throws InterruptedException {
        List<LoadRequest> shuffled = new ArrayList<>(requests);
        Collections.shuffle(shuffled, new java.util.Random(7));
        double best = 0;
        List<String> offered = new ArrayList<>();
        for (double rate : rates) {
            Thread.sleep(SETTLE.toMillis());
            LoadResult result = OpenLoopLoad.run(target, shuffled, rate, Duration.ofSeconds(seconds));
            LoadResult.Stage stage = result.stages().getFirst();
            System.out.println(endpoint + " " + stage.format());
            String key = String.format(Locale.ROOT, "%s.rate%d", endpoint, (int) rate);
            offered.add(Integer.toString((int) rate));
            results.put(key + ".achieved", String.format(Locale.ROOT, "%.1f", stage.achievedRate()));
            results.put(key + ".ok_rate", String.format(Locale.ROOT, "%.1f", stage.okRate()));
            results.put(
                    key + ".p50_ms",
                    String.format(Locale.ROOT, "%.2f", stage.ok().p50()));
            results.put(
                    key + ".p99_ms",
                    String.format(Locale.ROOT, "%.2f", stage.ok().p99()));
            results.put(
                    key + ".p999_ms",
                    String.format(Locale.ROOT, "%.2f", stage.ok().p999()));
            results.put(key + ".errors", stage.counts().errors());
            results.put(key + ".shed", stage.counts().shed());
            results.put(key + ".send_lag_ms", String.format(Locale.ROOT, "%.1f", stage.maxSendLagMs()));
            if (stage.counts().errors() == 0 && stage.counts().shed() == 0) {
                best = Math.max(best, stage.okRate());
            }
        }
        results.put(endpoint + ".open.rates", String.join(",", offered));
        results.put(endpoint + ".open.reference_rate", Integer.toString((int) reference));
        results.put(endpoint + ".open.sustained_qps", String.format(Locale.ROOT, "%.1f", best));
    }

    /**
     * The server answers from its last commit at once and checks the archive in the background; the measurement
     * starts when that check is done (its log line), as it would be on a server that has been running a while.
     */
    private static void waitForStartupCheck(Path serverLog, Process server) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + serverLog);
            }
            String log = Files.exists(serverLog) ? Files.readString(serverLog, StandardCharsets.UTF_8) : "";
            if (log.contains("Watching ")) {
                return;
            }
            if (log.contains("Indexing ") && log.contains(" failed")) {
                throw new IllegalStateException("the server's start-up check failed; see " + serverLog);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server's start-up check did not finish within 10 minutes");
    }

    /**
     * Drops three new issues into the watched folder, one at a time, and times each until a search finds it; then takes
     * them out again.
     */
    private static void liveIndexing(HttpClient client, URI target, Path live, Path corpus, Results results)
            throws Exception {
        Path sample;
        try (Stream<Path> files = Files.walk(corpus)) {
            sample = files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
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
            while (!client.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString())
                    .body()
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
        // the index is shared with the engines measured after this one: take the three issues out again (the server
        // removes the items of files deleted from its folder) and wait until none is found
        for (int n = 1; n <= 3; n++) {
            Files.delete(live.resolve("live-" + n + ".txt"));
        }
        long removing = System.nanoTime();
        for (int n = 1; n <= 3; n++) {
            URI search = target.resolve("/api/search?q=zqxlive" + (char) ('a' + n) + "probe");
            while (!client.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString())
                    .body()
                    .contains("\"total\":0")) {
                if (System.nanoTime() - removing > 30_000_000_000L) {
                    throw new IllegalStateException("the issues removed from the folder were still found after 30 s");
                }
                Thread.sleep(10);
            }
        }
    }

    private static void heapAfterGc(String java, long pid, Results results) {
        Path jcmd = Path.of(java).resolveSibling("jcmd");
        try {
            new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                    .start()
                    .waitFor();
            Process info = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            info.waitFor();
            Matcher m = HEAP_USED.matcher(output);
            if (m.find()) {
                results.put(
                        "heap_after_gc_mb", String.format(Locale.ROOT, "%.1f", Long.parseLong(m.group(1)) / 1024.0));
            } else {
                results.put(
                        "heap_after_gc_mb_error",
                        "GC.heap_info not understood: "
                                + output.lines().limit(2).toList());
            }
        } catch (IOException | InterruptedException e) {
            results.put("heap_after_gc_mb_error", e.getMessage());
        }
    }

    /**
     * Starts the server on the index, as the launcher would: from the unpacked jar (with Spring AOT, and with the
     * start-up cache when there is one), else from the class path.
     */
    private static Process startServer(Map<String, String> options, Path live, int port, boolean aotCache, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                options.get("java"),
                "-Xmx" + options.getOrDefault("heap", "256m"),
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED"));
        if (aotCache) {
            command.addAll(List.of("-XX:AOTCache=" + options.get("aot-cache"), "-Xlog:aot=off", "-Xlog:cds=off"));
        }
        if (options.containsKey("server-jar")) {
            // as bin/nachlese: the bean definitions Spring AOT generated when the jar was built (see pom.xml)
            command.addAll(List.of("-Dspring.aot.enabled=true", "-jar", options.get("server-jar")));
        } else {
            command.addAll(List.of("-cp", options.get("classpath"), "de.nachlese.NachleseApplication"));
        }
        command.addAll(List.of(
                "--nachlese.index-dir=" + options.get("index"),
                "--nachlese.archive-dir=" + live,
                "--server.port=" + port,
                "--logging.level.root=WARN",
                "--logging.level." + STARTUP_LOGGER + "=INFO"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
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
                if (client.send(
                                        HttpRequest.newBuilder(uri)
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
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
