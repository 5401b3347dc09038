package de.nachlese.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The figures one benchmark step measured, as a sorted properties file that the report reads. */
public final class Results {

    private final Map<String, String> values = new TreeMap<>();

    public Results put(String key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    public String get(String key) {
        return values.get(key);
    }

    public Map<String, String> values() {
        return values;
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                out.write(e.getKey() + "=" + e.getValue().replace("\\", "\\\\").replace("\n", "\\n") + "\n");
            }
        }
    }

    public static Results read(Path file) throws IOException {
        Results results = new Results();
        if (!Files.exists(file)) {
            return results;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        properties.forEach((k, v) -> results.values.put((String) k, (String) v));
        return results;
    }

    /** Heap in use after two full collections, in MiB: what the process needs to keep, not what it allocated. */
    public static double heapAfterFullGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Milliseconds from the start of this JVM until now. */
    public static long sinceJvmStartMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
