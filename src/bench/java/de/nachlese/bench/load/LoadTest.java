package de.nachlese.bench.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The load test of a running server (tools/load-test.sh starts one and calls this): warm-up; the base rate (300/s)
 * for 60 s, which must give only 2xx; steps up the rate until p99 or errors break, to find the sustainable rate;
 * twice that rate, where the excess must be shed fast (503); then the base rate again, reporting the seconds until
 * every answer is a 2xx with normal latency. Prints a report; exit code 0 when the base rate held with no errors and
 * the server recovered within the limit, 1 otherwise.
 * <p>
 * Options ({@code --name=value}): target (required, loopback), requests (file or classpath resource, default
 * load/mixed-searches.tsv), rate (300), seconds (60), warmup-seconds (40), step-seconds (10), steps (comma list of
 * rates; default rising from the base rate by a quarter each), p99-limit-ms (100), overload-seconds (25),
 * recovery-seconds (20), recovery-limit-seconds (10), max-in-flight (1000), timeout-ms (5000), timeline (true),
 * report (a file to write the report to as well).
 */
public final class LoadTest {

    private LoadTest() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI target = URI.create(required(options, "target"));
        List<LoadRequest> requests = LoadRequest.load(options.getOrDefault("requests", "load/mixed-searches.tsv"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "300"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmupSeconds = Integer.parseInt(options.getOrDefault("warmup-seconds", "40"));
        int stepSeconds = Integer.parseInt(options.getOrDefault("step-seconds", "10"));
        double p99LimitMs = Double.parseDouble(options.getOrDefault("p99-limit-ms", "100"));
        int overloadSeconds = Integer.parseInt(options.getOrDefault("overload-seconds", "25"));
        int recoverySeconds = Integer.parseInt(options.getOrDefault("recovery-seconds", "20"));
        int recoveryLimit = Integer.parseInt(options.getOrDefault("recovery-limit-seconds", "10"));
        boolean printTimeline = Boolean.parseBoolean(options.getOrDefault("timeline", "true"));
        OpenLoopLoad.Options runOptions = new OpenLoopLoad.Options(
                Integer.parseInt(options.getOrDefault("max-in-flight", "1000")),
                Duration.ofMillis(Long.parseLong(options.getOrDefault("timeout-ms", "5000"))));
        List<Double> steps = steps(options.get("steps"), rate);

        Report report = new Report();
        report.line(
                "Load test of %s with %d requests from %s",
                target, requests.size(), options.getOrDefault("requests", "load/mixed-searches.tsv"));
        report.line(
                "Machine: %d processors, load average before: %s",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        checkEveryRequest(target, requests, report);

        // the server's JIT compiles the hot paths while the rate climbs to the base rate
        int quarter = Math.max(1, warmupSeconds / 4);
        LoadResult warmup = OpenLoopLoad.run(
                target,
                requests,
                List.of(
                        new OpenLoopLoad.Stage("warm-up 1/4", Math.max(1, rate / 10), quarter),
                        new OpenLoopLoad.Stage("warm-up 2/4", rate / 3, quarter),
                        new OpenLoopLoad.Stage("warm-up 3/4", rate * 2 / 3, quarter),
                        new OpenLoopLoad.Stage("warm-up 4/4", rate, Math.max(1, warmupSeconds - 3 * quarter))),
                runOptions);
        warmup.stages().forEach(report::stage);

        String baseLabel = String.format(Locale.ROOT, "base %.0f/s", rate);
        LoadResult base = OpenLoopLoad.run(
                target, requests, List.of(new OpenLoopLoad.Stage(baseLabel, rate, seconds)), runOptions);
        LoadResult.Stage baseStage = base.stages().getFirst();
        report.stage(baseStage);
        boolean baseHeld =
                baseStage.counts().errors() == 0 && baseStage.counts().shed() == 0;
        report.line(
                "=> base rate %.0f/s for %d s: %s (2xx %d of %d, p50 %.1f ms, p99 %.1f ms); load average: %s",
                rate,
                seconds,
                baseHeld ? "HELD, 0 errors" : "NOT HELD",
                baseStage.counts().ok(),
                baseStage.counts().due(),
                baseStage.ok().p50(),
                baseStage.ok().p99(),
                loadAverage());

        double sustainable = 0;
        for (double step : steps) {
            String label = String.format(Locale.ROOT, "step %.0f/s", step);
            LoadResult.Stage s = OpenLoopLoad.run(
                            target, requests, List.of(new OpenLoopLoad.Stage(label, step, stepSeconds)), runOptions)
                    .stages()
                    .getFirst();
            report.stage(s);
            boolean holds = s.counts().errors() == 0
                    && s.counts().shed() == 0
                    && s.ok().p99() <= p99LimitMs
                    && s.okRate() >= 0.98 * step;
            if (!holds) {
                report.line("   %s breaks (p99 limit %.0f ms, no errors, no 503)", label, p99LimitMs);
                break;
            }
            sustainable = step;
        }
        if (sustainable == 0) {
            sustainable = rate;
            report.line("=> no step held; the overload below uses twice the base rate");
        }
        report.line(
                "=> sustainable rate: %.0f/s (p99 <= %.0f ms, no errors); load average: %s",
                sustainable, p99LimitMs, loadAverage());

        double overload = 2 * sustainable;
        String overloadLabel = String.format(Locale.ROOT, "2x %.0f/s", overload);
        String recoveryLabel = String.format(Locale.ROOT, "back %.0f/s", rate);
        LoadResult shed = OpenLoopLoad.run(
                target,
                requests,
                List.of(
                        new OpenLoopLoad.Stage(overloadLabel, overload, overloadSeconds),
                        new OpenLoopLoad.Stage(recoveryLabel, rate, recoverySeconds)),
                runOptions);
        shed.stages().forEach(report::stage);
        Optional<Integer> recovered = shed.recoverySeconds(recoveryLabel, p99LimitMs);
        LoadResult.Stage overloadStage = shed.stage(overloadLabel);
        report.line(
                "=> at 2x (%.0f/s): %d of %d answered 2xx (%.1f/s), %d shed with 503 (p99 %.1f ms), %d errors; "
                        + "admitted p99 %.1f ms",
                overload,
                overloadStage.counts().ok(),
                overloadStage.counts().due(),
                overloadStage.okRate(),
                overloadStage.counts().shed(),
                overloadStage.shed().p99(),
                overloadStage.counts().errors(),
                overloadStage.ok().p99());
        report.line(
                "=> recovery after the load dropped to %.0f/s: %s",
                rate,
                recovered
                        .map(r -> r + " s until every answer was a 2xx and p99 <= " + (int) p99LimitMs + " ms for "
                                + LoadResult.SETTLED_SECONDS + " s in a row (later seconds over the limit: "
                                + shed.slowSecondsAfter(recoveryLabel, r, p99LimitMs) + ")")
                        .orElse("NOT RECOVERED within " + recoverySeconds + " s"));
        if (printTimeline) {
            report.line("Timeline of the overload and recovery (by the second each request was due):");
            shed.timeline().forEach(s -> report.line("  %s", s.format()));
        }
        report.line("Load average after: %s", loadAverage());

        boolean ok = baseHeld && recovered.isPresent() && recovered.get() <= recoveryLimit;
        report.line("RESULT: %s", ok ? "PASS" : "FAIL");
        if (options.containsKey("report")) {
            Files.writeString(Path.of(options.get("report")), report.text());
        }
        System.exit(ok ? 0 : 1);
    }

    private static void checkEveryRequest(URI target, List<LoadRequest> requests, Report report) throws Exception {
        List<String> failing = new ArrayList<>();
        for (LoadRequest request : requests) {
            int status = OpenLoopLoad.status(target, request);
            if (status / 100 != 2) {
                failing.add(status + " " + request.path());
            }
        }
        if (!failing.isEmpty()) {
            throw new IllegalStateException("requests of the mix that fail on their own: " + failing);
        }
        report.line("Every request of the mix answers 2xx on its own.");
    }

    private static List<Double> steps(String list, double rate) {
        List<Double> steps = new ArrayList<>();
        if (list != null && !list.isBlank()) {
            for (String step : list.split(",")) {
                steps.add(Double.parseDouble(step.strip()));
            }
            return steps;
        }
        for (double step = rate * 1.25; step <= rate * 12; step *= 1.25) {
            steps.add((double) Math.round(step / 10) * 10);
        }
        return steps;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (java.io.IOException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, was " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + "=… is required");
        }
        return value;
    }

    /** Prints as it goes, and keeps the text for the report file. */
    private static final class Report {
        private final StringBuilder text = new StringBuilder();

        void line(String format, Object... args) {
            String line = String.format(Locale.ROOT, format, args);
            System.out.println(line);
            System.out.flush();
            text.append(line).append('\n');
        }

        void stage(LoadResult.Stage stage) {
            line("%s", stage.format());
        }

        String text() {
            return text.toString();
        }
    }
}
