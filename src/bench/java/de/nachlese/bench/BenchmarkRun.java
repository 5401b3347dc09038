package de.nachlese.bench;

import de.nachlese.bench.corpus.CorpusGenerator;
import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * The whole benchmark in one run, each engine in a JVM of its own: generates the corpus (once per size and seed),
 * indexes it through Nachlese's command line (the real ingest path: read, parse, tag, index), derives the query set,
 * then measures raw Lucene, Nachlese in process, Nachlese over HTTP and Solr one after the other, and writes the
 * report. {@code tools/benchmark.sh} builds the class paths and starts it; see docs/benchmarks.md.
 */
public final class BenchmarkRun {

    private static final Set<String> OPTIONS = Set.of(
            "items",
            "seed",
            "dir",
            "engines",
            "rounds",
            "warmup",
            "seconds",
            "threads",
            "reindex",
            "heap",
            "solr-heap",
            "solr-classpath",
            "port",
            "http-seconds",
            "http-rates",
            "server-jar",
            "aot-cache");
    private static final Pattern INDEXED = Pattern.compile("Indexed (\\d+) issues and (\\d+) items .* in (\\d+) ms");

    private final Map<String, String> options;
    private final int items;
    private final long seed;
    private final Path dir;
    private final Path results;
    private final String java;
    private final String classpath;

    private BenchmarkRun(Map<String, String> options) {
        this.options = options;
        this.items = Integer.parseInt(options.getOrDefault("items", "10000"));
        this.seed = Long.parseLong(options.getOrDefault("seed", Long.toString(CorpusGenerator.DEFAULT_SEED)));
        this.dir = Path.of(options.getOrDefault("dir", "target/benchmarks/" + items))
                .toAbsolutePath();
        this.results = dir.resolve("results");
        this.java = ProcessHandle.current().info().command().orElse("java");
        this.classpath = System.getProperty("java.class.path");
    }

    public static void main(String[] args) throws Exception {
        BenchmarkRun run = new BenchmarkRun(Options.parse(args, OPTIONS));
        run.all();
    }

    private void all() throws Exception {
        List<String> engines = List.of(
                options.getOrDefault("engines", "lucene,nachlese,http,solr").split(","));
        Files.createDirectories(results);
        Results machine = Machine.describe();
        machine.put("items", items).put("seed", seed);
        machine.write(results.resolve("machine.properties"));
        corpus();
        index();
        Path queries = queries();
        for (String engine : engines) {
            try {
                measure(engine.strip(), queries);
            } catch (Exception e) {
                // one engine failing (a missing tool, a crash) costs the report that column, not the other engines
                log(engine.strip() + ": FAILED, " + e.getMessage());
            }
        }
        String report = Report.markdown(dir);
        Path reportFile = dir.getParent().resolve("report-" + items + ".md");
        Files.writeString(reportFile, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Report written to " + reportFile);
    }

    private void measure(String engine, Path queries) throws Exception {
        delete(results.resolve(engine + ".properties")); // never report figures of an earlier run
        delete(results.resolve("counts-" + engine + ".tsv"));
        switch (engine) {
            case "lucene" -> child("lucene", heap(), List.of(), "de.nachlese.bench.LuceneBench", measuring(queries));
            case "nachlese" ->
                child("nachlese", heap(), List.of(), "de.nachlese.bench.NachleseBench", measuring(queries));
            case "http" -> child("http", "512m", List.of(), "de.nachlese.bench.HttpBench", http(queries));
            case "solr" -> solr(queries);
            default ->
                throw new IllegalArgumentException(
                        "unknown engine " + engine + "; engines: lucene, nachlese, http, solr");
        }
    }

    private String heap() {
        return options.getOrDefault("heap", "256m");
    }

    private void corpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        Path marker = dir.resolve("corpus.done");
        String expected = items + " " + seed;
        if (Files.exists(marker) && Files.readString(marker).strip().equals(expected)) {
            log("corpus: reusing " + corpus);
            return;
        }
        delete(corpus);
        delete(dir.resolve("index"));
        log("corpus: generating " + items + " items (seed " + seed + ")");
        long start = System.nanoTime();
        int files = new CorpusGenerator(seed).writeFiles(items, corpus);
        log(String.format(Locale.ROOT, "corpus: %d issue files in %.1f s", files, (System.nanoTime() - start) / 1e9));
        Files.writeString(marker, expected);
    }

    /** Indexes through the command line, in a JVM with the production heap; reused unless --reindex. */
    private void index() throws Exception {
        Path index = dir.resolve("index");
        Path done = results.resolve("index.properties");
        if (Files.exists(done) && Files.exists(index) && !options.containsKey("reindex")) {
            log("index: reusing " + index + " (--reindex to measure indexing again)");
            return;
        }
        delete(index);
        delete(results.resolve("index.properties"));
        delete(dir.resolve("solr"));
        long start = System.nanoTime();
        String output = child(
                "index",
                heap(),
                List.of(),
                "de.nachlese.NachleseApplication",
                List.of("index", dir.resolve("corpus").toString(), "--index-dir", index.toString(), "--progress=none"));
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        Results r = new Results();
        Matcher m = INDEXED.matcher(output);
        if (m.find()) {
            long indexed = Long.parseLong(m.group(2));
            long ms = Long.parseLong(m.group(3));
            r.put("issues", m.group(1))
                    .put("items", indexed)
                    .put("ms", ms)
                    .put("items_per_s", String.format(Locale.ROOT, "%.0f", indexed * 1000.0 / ms));
        }
        r.put("wall_ms", wallMs);
        r.put("items_per_s_wall", String.format(Locale.ROOT, "%.0f", items * 1000.0 / wallMs));
        r.put("index_bytes", size(index));
        r.put("corpus_bytes", size(dir.resolve("corpus")));
        r.write(done);
    }

    private Path queries() throws IOException {
        Path file = dir.resolve("queries.tsv");
        if (!Files.exists(file)) {
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
                Measure.writeQueries(file, QuerySetGenerator.generate(reader, new IndexSchema(), seed));
            }
            log("queries: " + file);
        }
        return file;
    }

    private List<String> measuring(Path queries) {
        List<String> args = new ArrayList<>(List.of(
                "--index",
                dir.resolve("index").toString(),
                "--queries",
                queries.toString(),
                "--out",
                results.toString()));
        for (String name : List.of("rounds", "warmup", "seconds", "threads")) {
            if (options.containsKey(name)) {
                args.addAll(List.of("--" + name, options.get(name)));
            }
        }
        return args;
    }

    private List<String> http(Path queries) {
        List<String> args = new ArrayList<>(List.of(
                "--index",
                dir.resolve("index").toString(),
                "--queries",
                queries.toString(),
                "--out",
                results.toString(),
                "--corpus",
                dir.resolve("corpus").toString(),
                "--java",
                java,
                "--classpath",
                classpath,
                "--heap",
                heap(),
                "--port",
                options.getOrDefault("port", "18301")));
        for (String name : List.of("http-seconds", "http-rates")) {
            if (options.containsKey(name)) {
                args.addAll(List.of("--" + name.substring(5), options.get(name)));
            }
        }
        for (String name : List.of("rounds", "warmup", "threads", "server-jar", "aot-cache")) {
            if (options.containsKey(name)) {
                args.addAll(List.of("--" + name, options.get(name)));
            }
        }
        return args;
    }

    private void solr(Path queries) throws Exception {
        Path cpFile = Path.of(options.getOrDefault("solr-classpath", "bench/solr/target/cp.txt"))
                .toAbsolutePath();
        Path solrClasses = cpFile.getParent().resolve("classes");
        if (!Files.exists(cpFile) || !Files.exists(solrClasses)) {
            log("solr: skipped, " + cpFile + " missing (tools/benchmark.sh builds bench/solr first)");
            return;
        }
        Path solrDir = dir.resolve("solr");
        Files.createDirectories(solrDir);
        if (!Files.exists(solrDir.resolve("items.tsv"))) {
            log("solr: exporting items and queries");
            SolrExport.main(new String[] {
                "--index", dir.resolve("index").toString(), "--queries", queries.toString(), "--out", solrDir.toString()
            });
        }
        String nachleseClasses = Stream.of(classpath.split(File.pathSeparator))
                .filter(entry ->
                        entry.endsWith("classes") && !entry.endsWith("test-classes") || entry.contains("jwordsplitter"))
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
        String solrClasspath = solrClasses
                + File.pathSeparator
                + Files.readString(cpFile).strip()
                + File.pathSeparator
                + nachleseClasses;
        List<String> args = new ArrayList<>(List.of(
                "--home",
                solrDir.resolve("home").toString(),
                "--items",
                solrDir.resolve("items.tsv").toString(),
                "--queries",
                solrDir.resolve("solr-queries.tsv").toString(),
                "--out",
                results.toString()));
        for (String name : List.of("rounds", "warmup", "seconds", "threads")) {
            if (options.containsKey(name)) {
                args.addAll(List.of("--" + name, options.get(name)));
            }
        }
        if (!Files.exists(solrDir.resolve("home/nachlese/data/index"))) {
            args.add("--reindex");
        }
        childWithClasspath(
                "solr",
                options.getOrDefault("solr-heap", "1g"),
                solrClasspath,
                "de.nachlese.bench.solr.SolrBench",
                args);
    }

    private String child(String step, String heap, List<String> jvmArgs, String mainClass, List<String> args)
            throws Exception {
        return childWithClasspath(step, heap, classpath, mainClass, args);
    }

    /** Runs a step in a JVM of its own, its output going to logs/STEP.log; returns that output. */
    private String childWithClasspath(String step, String heap, String cp, String mainClass, List<String> args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx" + heap,
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                cp,
                mainClass));
        command.addAll(args);
        Path logFile = dir.resolve("logs/" + step + ".log");
        Files.createDirectories(logFile.getParent());
        log(step + ": running " + mainClass + " (-Xmx" + heap + "), log in " + logFile);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        int exit = process.waitFor();
        log(String.format(Locale.ROOT, "%s: done in %.1f s (exit %d)", step, (System.nanoTime() - start) / 1e9, exit));
        String output = Files.readString(logFile, StandardCharsets.UTF_8);
        if (exit != 0 && !step.equals("index")) {
            throw new IllegalStateException(step + " failed with exit code " + exit + "; see " + logFile);
        }
        return output;
    }

    static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void log(String message) {
        System.out.printf(Locale.ROOT, "[%tT] %s%n", System.currentTimeMillis(), message);
    }
}
