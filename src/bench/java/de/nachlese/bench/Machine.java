package de.nachlese.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmark ran on: cores, CPU model, memory, JDK and the load average when it started. */
final class Machine {

    private Machine() {}

    static Results describe() {
        Results r = new Results();
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        String memKb = firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .replace("kB", "")
                .strip();
        r.put(
                "ram_gb",
                memKb.isEmpty() ? "?" : String.format(Locale.ROOT, "%.1f", Long.parseLong(memKb) / 1024.0 / 1024.0));
        r.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        r.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        r.put("load_average_at_start", read(Path.of("/proc/loadavg")).strip());
        return r;
    }

    static String loadAverage() {
        return read(Path.of("/proc/loadavg")).strip();
    }

    private static String firstValue(Path file, String key) {
        for (String line : read(file).split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return "";
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? String.join("\n", Files.readAllLines(file)) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
