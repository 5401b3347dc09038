package de.nachlese.index;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class path and class-data-sharing options of the indexer JVMs that {@link CrashRecoveryTest} starts and kills.
 * Most of such a short run is JVM start-up: loading and linking the same few thousand classes each time. One training
 * run dumps them into a dynamic CDS archive that every later run maps instead. The JVM archives classes from jars only
 * (a non-empty folder on the class path makes the dump fail), so the class folders are packed into jars first, in
 * class-path order. Before that, a run of one sample file per format finds the jars an indexing run loads classes
 * from, and the children get only those on their class path. Without an archive (the dump failed) the runs start the
 * ordinary way, and without the sample (it failed) with the whole class path: slower, same checks.
 */
final class ChildClassPath {

    private static String classPath = System.getProperty("java.class.path");
    private static List<String> options = List.of();
    /** For the test's summary line. */
    static String sharing = "off";

    private ChildClassPath() {}

    static String classPath() {
        return classPath;
    }

    static List<String> sharingOptions() {
        return options;
    }

    /**
     * Packs the class folders into jars under {@code dir} and trains the archive with one indexing run of the demo
     * issues to the end (the dump happens at a normal exit, never at a kill).
     */
    static void prepare(Path dir, Path demo, TrainingRun run) throws Exception {
        Files.createDirectories(dir);
        List<String> entries = new ArrayList<>();
        int folders = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve("classes-" + folders++ + ".jar");
                pack(path, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        classPath = String.join(File.pathSeparator, entries);

        Path archive = Files.createDirectories(dir.resolve("training-archive"));
        Path sample = Files.createDirectories(dir.resolve("sample-archive"));
        Set<String> sampled = new HashSet<>();
        try (Stream<Path> files = Files.list(demo)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("wochenwerk"))
                    .sorted()
                    .toList()) {
                Files.copy(file, archive.resolve(file.getFileName()));
                String name = file.getFileName().toString();
                if (sampled.add(name.substring(name.lastIndexOf('.')))) {
                    Files.copy(file, sample.resolve(file.getFileName())); // one file of each format
                }
            }
        }
        Path loaded = dir.resolve("loaded-classes.log");
        int sampleExit =
                run.runToEnd(dir.resolve("sample-index"), sample, List.of("-Xlog:class+load=info:file=" + loaded));
        List<String> used = sampleExit == 0 ? usedEntries(entries, Files.readString(loaded)) : List.of();
        if (!used.isEmpty()) {
            classPath = String.join(File.pathSeparator, used);
        }
        Path jsa = dir.resolve("children.jsa");
        int exit = run.runToEnd(dir.resolve("training-index"), archive, List.of("-XX:ArchiveClassesAtExit=" + jsa));
        if (exit == 0 && Files.size(jsa) > 0) {
            options = List.of("-XX:SharedArchiveFile=" + jsa);
            sharing = "on (" + Files.size(jsa) / 1_000_000 + " MB archive)";
        } else {
            sharing = "off (training run exited with " + exit + ")";
        }
        sharing +=
                ", " + (used.isEmpty() ? "the whole" : used.size() + " of " + entries.size()) + " class path entries";
    }

    /**
     * The class path entries, in class path order, that the sample run loaded classes from. The test JVM's class path
     * holds a few hundred jars (Spring, Selenium, validators) of which an indexing run needs about fifteen; every jar
     * on the path is opened and its directory read at start-up, and searched for service files.
     */
    static List<String> usedEntries(List<String> entries, String classLoadLog) {
        Set<Path> sources = new HashSet<>();
        Matcher source = Pattern.compile("source: (?:jar:)?file:([^ !\\n]+)").matcher(classLoadLog);
        while (source.find()) {
            sources.add(Path.of(source.group(1)).toAbsolutePath().normalize());
        }
        return entries.stream()
                .filter(e -> sources.contains(Path.of(e).toAbsolutePath().normalize()))
                .toList();
    }

    /** An indexing run of {@code archive} into {@code index} with extra JVM options; returns its exit code. */
    interface TrainingRun {
        int runToEnd(Path index, Path archive, List<String> jvmOptions) throws Exception;
    }

    private static void pack(Path folder, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> tree = Files.walk(folder)) {
            for (Path path : tree.sorted().toList()) {
                String name = folder.relativize(path).toString().replace(File.separatorChar, '/');
                if (name.isEmpty()) {
                    continue;
                }
                boolean isFolder = Files.isDirectory(path);
                zip.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    Files.copy(path, zip);
                }
                zip.closeEntry();
            }
        }
    }
}
