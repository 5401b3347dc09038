package de.nachlese.bench;

import java.util.Map;

/** The measuring settings from the command line, with the defaults every engine shares. */
final class BenchSettings {

    private BenchSettings() {}

    static Measure.Settings from(Map<String, String> options) {
        return new Measure.Settings(
                Integer.parseInt(options.getOrDefault("warmup", "3")),
                Integer.parseInt(options.getOrDefault("rounds", "10")),
                Integer.parseInt(options.getOrDefault("seconds", "10")),
                Integer.parseInt(options.getOrDefault(
                        "threads", Integer.toString(Runtime.getRuntime().availableProcessors()))));
    }
}
