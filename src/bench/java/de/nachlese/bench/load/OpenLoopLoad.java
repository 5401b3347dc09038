package de.nachlese.bench.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * An open-loop HTTP load generator. Requests are sent on a fixed schedule, whatever the server does: request n of a
 * stage is due at {@code n / rate} seconds, and its latency is measured from that moment, not from when it was sent,
 * so a server that stalls is charged for the whole wait (no coordinated omission). At most {@code maxInFlight}
 * requests are outstanding; a request due while that many are, is not sent and counts as dropped, an error. Only
 * loopback targets are accepted.
 * <pre>{@code
 * LoadResult r = OpenLoopLoad.run(URI.create("http://127.0.0.1:8080"), LoadRequest.load("load/mixed-searches.tsv"),
 *         300, Duration.ofSeconds(60));
 * System.out.println(r.stages().getFirst().format());
 * }</pre>
 */
public final class OpenLoopLoad {

    /**
     * One stretch of constant rate.
     *
     * @param seconds whole seconds, so that the timeline's seconds fall into one stage each
     */
    public record Stage(String label, double rate, int seconds) {
        public Stage {
            Objects.requireNonNull(label, "label");
            if (!(rate > 0) || rate > 100_000) {
                throw new IllegalArgumentException("rate must be in (0, 100000] per second, was " + rate);
            }
            if (seconds < 1) {
                throw new IllegalArgumentException("a stage lasts at least one second, was " + seconds);
            }
        }
    }

    /**
     * @param maxInFlight    cap on outstanding requests; due requests beyond it are dropped
     * @param requestTimeout an answer later than this counts as a timeout
     */
    public record Options(int maxInFlight, Duration requestTimeout) {
        public static final Options DEFAULTS = new Options(1_000, Duration.ofSeconds(5));

        public Options {
            if (maxInFlight < 1) {
                throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
            }
            Objects.requireNonNull(requestTimeout, "requestTimeout");
        }
    }

    private OpenLoopLoad() {}

    /** One stage at {@code rate} requests per second for {@code duration} (whole seconds), default options. */
    public static LoadResult run(URI target, List<LoadRequest> requests, double rate, Duration duration) {
        return run(target, requests, List.of(new Stage("load", rate, (int) duration.toSeconds())), Options.DEFAULTS);
    }

    /**
     * The stages back to back on one schedule (no pause between them, so the timeline shows how an overload clears
     * when the rate drops). The requests are sent in turn, round-robin.
     */
    public static LoadResult run(URI target, List<LoadRequest> requests, List<Stage> stages, Options options) {
        return run(target, requests, stages, options, Ticker.SYSTEM);
    }

    /**
     * Where the schedule's time comes from. The tools run on {@link #SYSTEM}; tests give a ticker that skips the
     * waits, so a run's counts are checked without taking its seconds of real time.
     */
    public interface Ticker {
        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void waitUntil(long dueNanos, BooleanSupplier idle) {
                long wait;
                while ((wait = dueNanos - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        };

        long nanoTime();

        /**
         * Returns once {@link #nanoTime()} has reached {@code dueNanos}.
         *
         * @param idle whether none of the run's requests is in flight right now; the real clock does not ask
         */
        void waitUntil(long dueNanos, BooleanSupplier idle);
    }

    public static LoadResult run(
            URI target, List<LoadRequest> requests, List<Stage> stages, Options options, Ticker ticker) {
        requireLoopback(target);
        if (requests.isEmpty() || stages.isEmpty()) {
            throw new IllegalArgumentException("needs at least one request and one stage");
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.requestTimeout())
                .executor(executor)
                .build()) {
            return new Run(client, target, requests, stages, options, ticker).execute();
        } finally {
            executor.shutdownNow();
        }
    }

    /** Load is only ever sent to this machine. */
    static void requireLoopback(URI target) {
        if (target.getHost() == null || !("http".equals(target.getScheme()) || "https".equals(target.getScheme()))) {
            throw new IllegalArgumentException("target must be an http(s) URL with a host, was " + target);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("refusing to send load to " + target.getHost() + " ("
                            + address.getHostAddress() + "): load tests target only loopback addresses");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + target.getHost(), e);
        }
    }

    private static final class Run {
        private final HttpClient client;
        private final URI target;
        private final List<LoadRequest> requests;
        private final List<Stage> stages;
        private final Options options;
        private final Ticker ticker;
        private final Semaphore inFlight;
        private final Tally[] stageTallies;
        private final ConcurrentHashMap<Integer, Tally> seconds = new ConcurrentHashMap<>();

        Run(
                HttpClient client,
                URI target,
                List<LoadRequest> requests,
                List<Stage> stages,
                Options options,
                Ticker ticker) {
            this.client = client;
            this.ticker = ticker;
            this.target = target;
            this.requests = List.copyOf(requests);
            this.stages = List.copyOf(stages);
            this.options = options;
            this.inFlight = new Semaphore(options.maxInFlight());
            this.stageTallies = new Tally[stages.size()];
            for (int i = 0; i < stageTallies.length; i++) {
                stageTallies[i] = new Tally();
            }
        }

        LoadResult execute() {
            long runStart = ticker.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
            long stageStart = runStart;
            int sent = 0;
            for (int s = 0; s < stages.size(); s++) {
                Stage stage = stages.get(s);
                long count = Math.round(stage.rate() * stage.seconds());
                double intervalNanos = 1e9 / stage.rate();
                for (long n = 0; n < count; n++) {
                    long due = stageStart + (long) (n * intervalNanos);
                    ticker.waitUntil(due, () -> inFlight.availablePermits() == options.maxInFlight());
                    int second = (int) ((due - runStart) / 1_000_000_000L);
                    fire(requests.get(sent++ % requests.size()), due, stageTallies[s], tally(second));
                }
                stageStart += TimeUnit.SECONDS.toNanos(stage.seconds());
            }
            awaitOutstanding();
            return result(runStart);
        }

        private Tally tally(int second) {
            return seconds.computeIfAbsent(second, k -> new Tally());
        }

        private void fire(LoadRequest request, long due, Tally stage, Tally second) {
            stage.due();
            second.due();
            if (!inFlight.tryAcquire()) {
                stage.dropped();
                second.dropped();
                return;
            }
            HttpRequest.Builder http = HttpRequest.newBuilder(target.resolve(request.path()))
                    .timeout(options.requestTimeout())
                    .GET();
            request.headers().forEach(http::header);
            stage.sendLag((ticker.nanoTime() - due) / 1_000);
            client.sendAsync(http.build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        try {
                            long micros = (ticker.nanoTime() - due) / 1_000;
                            record(stage, response, error, micros);
                            record(second, response, error, micros);
                        } finally {
                            inFlight.release();
                        }
                    });
        }

        private static void record(Tally tally, HttpResponse<Void> response, Throwable error, long micros) {
            if (error != null) {
                Throwable cause =
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof HttpTimeoutException) {
                    tally.timeout();
                } else {
                    tally.ioError();
                }
            } else if (response.statusCode() / 100 == 2) {
                tally.ok(micros);
            } else if (response.statusCode() == 503) {
                tally.shed(micros);
            } else {
                tally.otherStatus();
            }
        }

        private void awaitOutstanding() {
            long limitMs = options.requestTimeout().toMillis() + 5_000;
            try {
                if (inFlight.tryAcquire(options.maxInFlight(), limitMs, TimeUnit.MILLISECONDS)) {
                    inFlight.release(options.maxInFlight());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private LoadResult result(long runStart) {
            List<LoadResult.Stage> stageResults = new ArrayList<>();
            List<LoadResult.Second> timeline = new ArrayList<>();
            int second = 0;
            for (int s = 0; s < stages.size(); s++) {
                Stage stage = stages.get(s);
                LoadResult.Counts counts = stageTallies[s].counts();
                stageResults.add(new LoadResult.Stage(
                        stage.label(),
                        stage.rate(),
                        stage.seconds(),
                        counts,
                        counts.answered() / (double) stage.seconds(),
                        counts.ok() / (double) stage.seconds(),
                        stageTallies[s].okLatencies(),
                        stageTallies[s].shedLatencies(),
                        stageTallies[s].maxSendLagMs()));
                for (int i = 0; i < stage.seconds(); i++, second++) {
                    Tally t = seconds.getOrDefault(second, new Tally());
                    timeline.add(new LoadResult.Second(second, stage.label(), t.counts(), t.okLatencies()));
                }
            }
            return new LoadResult(target, stageResults, timeline);
        }
    }

    /**
     * One run at one rate, printed with its timeline: {@code --target=http://127.0.0.1:8080 --rate=300 --seconds=60
     * [--requests=load/mixed-searches.tsv] [--max-in-flight=1000] [--timeout-ms=5000]}.
     */
    public static void main(String[] args) {
        java.util.Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("options are --name=value, was " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        if (!options.containsKey("target")) {
            throw new IllegalArgumentException("--target=http://127.0.0.1:PORT is required");
        }
        LoadResult result = run(
                URI.create(options.get("target")),
                LoadRequest.load(options.getOrDefault("requests", "load/mixed-searches.tsv")),
                List.of(new Stage(
                        "load",
                        Double.parseDouble(options.getOrDefault("rate", "100")),
                        Integer.parseInt(options.getOrDefault("seconds", "10")))),
                new Options(
                        Integer.parseInt(options.getOrDefault("max-in-flight", "1000")),
                        Duration.ofMillis(Long.parseLong(options.getOrDefault("timeout-ms", "5000")))));
        result.stages().forEach(stage -> System.out.println(stage.format()));
        result.timeline().forEach(second -> System.out.println(second.format()));
    }

    /** Sends one request and waits for it: for checks before a run (is the server up, does every request work). */
    public static int status(URI target, LoadRequest request) throws IOException, InterruptedException {
        requireLoopback(target);
        try (HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpRequest.Builder http = HttpRequest.newBuilder(target.resolve(request.path()))
                    .timeout(Duration.ofSeconds(10))
                    .GET();
            request.headers().forEach(http::header);
            return client.send(http.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }
}
