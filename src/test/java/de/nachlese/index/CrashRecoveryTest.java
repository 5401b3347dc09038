package de.nachlese.index;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.NachleseApplication;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.ingest.ParsedIssue;
import de.nachlese.model.Item;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Durability: the command-line indexer is killed with SIGKILL at random moments, 30 times, and after every kill the
 * index folder must hold exactly its last commit: it passes CheckIndex, opens, holds every commit the process
 * reported, holds each source file's items completely or not at all, and holds no item twice. Each run goes on from
 * the state the previous kill left. Each run aims its kill at one phase, at a random moment within it: JVM start,
 * before the first commit, between commits (flushes, merges and the final commit under way included), after the
 * final commit; a run aims at the phase furthest below its share of {@link #KILLS_PER_PHASE}, and the test asserts
 * every share. A phase is one state of the index folder on disk (no commit of this run, some commits and segments
 * written since, the last commit written), so its share, not the total, is what covers it; the random moment and
 * the random work left from earlier runs vary what is under way when the kill lands. When a run finishes before its
 * kill, the archive is changed (files edited, removed, added), so later runs have work again. At the end a run to
 * completion must give exactly the items of a clean run on a fresh index: none missing, none twice.
 *
 * <p>Its time goes into starting child JVMs, so it runs beside the other test classes (it is the one class marked
 * concurrent; see junit-platform.properties) with one chain of runs, one archive and index folder.
 */
@Execution(ExecutionMode.CONCURRENT)
@Order(1) // first of the concurrent classes, so that the second thread starts with it (junit-platform.properties)
class CrashRecoveryTest {

    /**
     * Kills each phase must get. Every run pays a JVM start of about a CPU second, so the shares are what covers each
     * phase and no more: JVM start and after the final commit, the short phases, get at least as many as random
     * moments over the whole run gave them at 50 kills (2 to 4 each); the two long phases get most.
     */
    private static final Map<Phase, Integer> KILLS_PER_PHASE = new EnumMap<>(Map.of(
            Phase.STARTING, 4,
            Phase.BEFORE_FIRST_COMMIT, 8,
            Phase.BETWEEN_COMMITS, 14,
            Phase.AFTER_FINAL_COMMIT, 4));

    private static final int KILLS =
            KILLS_PER_PHASE.values().stream().mapToInt(Integer::intValue).sum();
    private static final int CHAINS = 1;
    private static final long SEED = 20_261_125L;
    /** Small commit steps, so that a run makes many commits (and merges) in the time before its kill. */
    private static final List<String> COMMIT_OPTIONS = List.of("--commit-every=25", "--commit-interval=0.2");

    private static final Path DEMO = Path.of("src/main/resources/demo-archive");
    /** A run is killed after at most this many files (about 80 items, 3 commits), so 50 runs stay quick. */
    private static final int MAX_FILES_PER_RUN = 10;

    private final IndexSchema schema = new IndexSchema();

    @Test
    void killedIndexingLeavesTheLastCommitAndResumesWithoutDuplicates(@TempDir Path dir) throws Exception {
        long start = System.nanoTime();
        ChildClassPath.prepare(dir.resolve("jvm"), DEMO, (index, archive, jvmOptions) -> {
            Child training = Child.start(index, archive, List.of(), jvmOptions);
            assertThat(training.process.waitFor(3, TimeUnit.MINUTES)).isTrue();
            training.await();
            return training.process.exitValue();
        });
        List<Chain> chains = new ArrayList<>();
        for (int c = 0; c < CHAINS; c++) {
            chains.add(new Chain(dir.resolve("chain-" + c), new Random(SEED + c), c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CHAINS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Chain chain : chains) {
                runs.add(pool.submit(() -> {
                    chain.killRepeatedly();
                    chain.finishAndCompareWithCleanRun();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int killed = chains.stream().mapToInt(c -> c.killed).sum();
        int recovered = chains.stream().mapToInt(c -> c.recovered).sum();
        int duplicates = chains.stream().mapToInt(c -> c.duplicates).sum();
        Map<String, Integer> phases = new TreeMap<>();
        chains.forEach(c -> c.phases.forEach((phase, n) -> phases.merge(phase, n, Integer::sum)));
        System.out.printf(
                "crash runs: %d killed, %d recovered, %d duplicates, kills in phases: %s; kills that left"
                        + " uncommitted segment files: %d; runs that finished before their kill: %d; child start-up"
                        + " (mean until it lists its files) %d ms; class data sharing: %s; %d s%n",
                killed,
                recovered,
                duplicates,
                phases,
                chains.stream().mapToInt(c -> c.leftovers).sum(),
                chains.stream().mapToInt(c -> c.finished).sum(),
                chains.stream().mapToLong(c -> c.startupMsSum).sum()
                        / Math.max(1, chains.stream().mapToInt(c -> c.startups).sum()),
                ChildClassPath.sharing,
                (System.nanoTime() - start) / 1_000_000_000);
        assertThat(killed).isGreaterThanOrEqualTo(KILLS);
        assertThat(recovered).isEqualTo(killed);
        assertThat(duplicates).isZero();
        KILLS_PER_PHASE.forEach((phase, share) -> assertThat(phases.getOrDefault(phase.label, 0))
                .as("kills " + phase.label)
                .isGreaterThanOrEqualTo(share * CHAINS));
    }

    private enum Phase {
        STARTING("starting"),
        BEFORE_FIRST_COMMIT("before first commit"),
        BETWEEN_COMMITS("between commits"),
        AFTER_FINAL_COMMIT("after final commit");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /** One archive folder and one index folder, killed again and again. */
    private final class Chain {
        final Path archive;
        final Path index;
        final Random random;
        final int number;
        /** The item ids each file content (by its SHA-256) must bring into the index, all or none. */
        final Map<String, Set<String>> idsByHash = new ConcurrentHashMap<>();

        final Map<String, Integer> phases = new TreeMap<>();
        final Map<Phase, Integer> killsByPhase = new EnumMap<>(Phase.class);
        int killed;
        int recovered;
        int duplicates;
        int leftovers;
        int finished;
        int round;
        int nextCopy;
        /** How long a run takes until it starts reading files (JVM start, tagging data); measured as it goes. */
        long startupMs = 1000;

        long startupMsSum;
        int startups;
        /** What the index held after the last check: the file contents (hashes) it holds. */
        Set<String> indexedHashes = Set.of();

        Chain(Path root, Random random, int number) throws IOException {
            this.archive = Files.createDirectories(root.resolve("archive"));
            this.index = root.resolve("index");
            this.random = random;
            this.number = number;
            addCopy(28);
            addCopy(28);
        }

        /** Kills runs until every phase has its share of kills. */
        void killRepeatedly() throws Exception {
            int runs = 0;
            for (Phase target = nextTarget(null); target != null; target = nextTarget(null)) {
                // a run that finishes before its kill is not lost (it changes the archive), but a few per kill at most
                assertThat(++runs).as("runs for %d kills", KILLS).isLessThanOrEqualTo(3 * KILLS);
                long generationBefore = lastCommitGeneration();
                int pending = pendingFiles();
                if (pending < 2) {
                    changeArchive(); // work for the next runs
                    pending = pendingFiles();
                }
                if (target == Phase.AFTER_FINAL_COMMIT && pending > MAX_FILES_PER_RUN) {
                    // the other phases work the archive down until a run can reach its end quickly; once they have
                    // their shares, the run reads everything pending
                    target = nextTarget(Phase.AFTER_FINAL_COMMIT);
                }
                Child child = Child.start(index, archive, List.of());
                boolean exited = killAt(child, target, pending);
                Phase phase = child.phase();
                if (!exited) {
                    child.process.destroyForcibly(); // SIGKILL
                    child.process.waitFor();
                    killed++;
                    phases.merge(phase.label, 1, Integer::sum);
                    killsByPhase.merge(phase, 1, Integer::sum);
                } else {
                    assertThat(child.process.exitValue()).as(child.output()).isZero();
                    finished++;
                }
                child.await();
                if (child.startupMs > 0) {
                    startupMs = (startupMs + child.startupMs) / 2;
                    startupMsSum += child.startupMs;
                    startups++;
                }
                verify(generationBefore, child.commits());
                if (!exited) {
                    recovered++;
                }
            }
        }

        /**
         * The phase furthest below its share (by the fraction of it still missing), other than {@code besides};
         * {@code besides} when it is the only one left, null when all are met.
         */
        private Phase nextTarget(Phase besides) {
            return KILLS_PER_PHASE.keySet().stream()
                    .filter(p -> killsByPhase.getOrDefault(p, 0) < KILLS_PER_PHASE.get(p))
                    .min(Comparator.comparing((Phase p) -> p == besides)
                            .thenComparingDouble(
                                    p -> killsByPhase.getOrDefault(p, 0) / (double) KILLS_PER_PHASE.get(p)))
                    .orElse(null);
        }

        /**
         * Waits for a random moment in the target phase; true when the run ended before it. Moments after the start
         * are found by progress rather than by time (files done, commits reported), so that the kills spread over the
         * phase on a fast or slow machine. A kill may still land in a neighbouring phase; it counts there.
         */
        private boolean killAt(Child child, Phase target, int pending) throws InterruptedException {
            if (target == Phase.STARTING) {
                // while the JVM starts and loads its data: in the first half of the usual start-up
                return child.process.waitFor((long) (random.nextDouble() * startupMs / 2), TimeUnit.MILLISECONDS);
            }
            assertThat(child.listed.await(2, TimeUnit.MINUTES))
                    .as(child.output())
                    .isTrue();
            // the unchanged files are reported first, all at once
            int unchanged = child.filesListed - pending;
            int reach = Math.min(pending, MAX_FILES_PER_RUN); // keeps each run short
            long timeoutMs = TimeUnit.MINUTES.toMillis(2);
            boolean exited;
            switch (target) {
                case BEFORE_FIRST_COMMIT -> {
                    // within the first files, before the first commit step (about three files)
                    exited = child.awaitFiles(unchanged + random.nextInt(Math.min(reach, 2) + 1), timeoutMs);
                }
                case BETWEEN_COMMITS -> {
                    // after a commit, then a random number of the files left in reach
                    exited = child.awaitCommits(1, timeoutMs);
                    if (!exited) {
                        int done = child.filesDone() - unchanged;
                        exited = child.awaitFiles(
                                unchanged + done + random.nextInt(Math.max(1, reach - done + 1)), timeoutMs);
                    }
                }
                default -> {
                    // AFTER_FINAL_COMMIT: past the last file, then either once the final commit is reported (the
                    // report and the exit under way) or at a random moment of the final commit itself
                    exited = child.awaitFiles(unchanged + pending, timeoutMs);
                    if (!exited && random.nextBoolean()) {
                        return child.awaitFinalCommit(timeoutMs);
                    }
                    if (!exited) {
                        return child.process.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS);
                    }
                }
            }
            // a random moment after the last reported file: reading, tagging, writing, merging, committing
            return exited || child.process.waitFor(random.nextInt(40), TimeUnit.MILLISECONDS);
        }

        /** Runs to the end on the killed state, then compares with a clean run on a fresh index. */
        void finishAndCompareWithCleanRun() throws Exception {
            Child last = Child.start(index, archive, List.of());
            assertThat(last.process.waitFor(3, TimeUnit.MINUTES)).isTrue();
            last.await();
            assertThat(last.process.exitValue()).as(last.output()).isZero();
            Map<String, String> resumed = verify(lastCommitGeneration(), 0);

            Path cleanIndex = index.resolveSibling("clean-index");
            Child clean = Child.start(cleanIndex, archive, List.of());
            assertThat(clean.process.waitFor(3, TimeUnit.MINUTES)).isTrue();
            clean.await();
            assertThat(clean.process.exitValue()).as(clean.output()).isZero();
            Map<String, String> reference = read(cleanIndex).hashById;
            assertThat(resumed)
                    .as("item id → source content of the resumed index, against a clean run")
                    .isEqualTo(reference);
            assertThat(reference).hasSizeGreaterThan(400);
        }

        /**
         * The checks after a kill; returns item id → source content hash.
         *
         * @param generationBefore the last commit's generation before the run, -1 for none
         * @param commitsReported  the commits the run reported as done before it died
         */
        Map<String, String> verify(long generationBefore, int commitsReported) throws IOException {
            long generation = lastCommitGeneration();
            if (generation < 0) {
                // killed before the very first commit of a new index: nothing was promised yet
                assertThat(generationBefore).isNegative();
                assertThat(commitsReported).isZero();
                indexedHashes = Set.of();
                return Map.of();
            }
            assertThat(generation)
                    .as("every commit the run reported is there")
                    .isGreaterThanOrEqualTo(Math.max(generationBefore, 1) + commitsReported);
            try (Directory directory = FSDirectory.open(index)) {
                SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
                Set<String> referenced = new HashSet<>(commit.files(true));
                referenced.add(IndexWriter.WRITE_LOCK_NAME);
                if (Arrays.stream(directory.listAll()).anyMatch(f -> !referenced.contains(f))) {
                    leftovers++; // segments being flushed or merged, or a commit under way, when the kill came
                }
                if (generation > 1) {
                    assertThat(commit.getUserData()).containsKey(ArchiveIndexer.FINGERPRINT_KEY);
                }
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                try (CheckIndex checker = new CheckIndex(directory)) {
                    checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                    assertThat(checker.checkIndex().clean)
                            .as(log.toString(StandardCharsets.UTF_8))
                            .isTrue();
                }
            }
            Contents contents = read(index);
            duplicates += contents.duplicates;
            assertThat(contents.duplicates).as("item ids held twice").isZero();
            contents.idsByFile.forEach((file, ids) -> assertThat(ids)
                    .as("the items of %s (content %s): all or none", file.path(), file.hash())
                    .isEqualTo(idsByHash.get(file.hash())));
            indexedHashes = contents.idsByFile.keySet().stream()
                    .map(SourceVersion::hash)
                    .collect(Collectors.toSet());
            return contents.hashById;
        }

        /** Files of the archive whose content the index does not hold yet: the work of the next run. */
        int pendingFiles() throws IOException {
            try (Stream<Path> files = Files.list(archive)) {
                int pending = 0;
                for (Path file : files.toList()) {
                    if (!indexedHashes.contains(ArchiveReader.sha256(Files.readAllBytes(file)))) {
                        pending++;
                    }
                }
                return pending;
            }
        }

        long lastCommitGeneration() throws IOException {
            if (!Files.isDirectory(index)) {
                return -1;
            }
            try (Stream<Path> files = Files.list(index)) {
                return SegmentInfos.getLastCommitGeneration(
                        files.map(p -> p.getFileName().toString()).toArray(String[]::new));
            }
        }

        /** One file in five is edited, one in twenty is removed, and eight new issues are added. */
        void changeArchive() throws IOException {
            round++;
            try (Stream<Path> list = Files.list(archive)) {
                for (Path file : list.sorted().toList()) {
                    double dice = random.nextDouble();
                    if (dice < 0.05) {
                        Files.delete(file);
                    } else if (dice < 0.25) {
                        String text = Files.readString(file);
                        String edited = text.replaceFirst(" und ", " und in Runde " + round + " ");
                        if (!edited.equals(text)) {
                            write(file, edited);
                        }
                    }
                }
            }
            addCopy(8);
        }

        /** Issues of the demo archive once more, under a publication name of their own, so they get new ids. */
        void addCopy(int issues) throws IOException {
            int copy = nextCopy++;
            try (Stream<Path> demo = Files.list(DEMO)) {
                for (Path file : demo.filter(f -> f.getFileName().toString().startsWith("wochenwerk"))
                        .sorted()
                        .limit(issues)
                        .toList()) {
                    String text =
                            Files.readString(file).replace("Wochenwerk Tech", "Probeblatt " + number + "-" + copy);
                    write(archive.resolve("p" + copy + "-" + file.getFileName()), text);
                }
            }
        }

        void write(Path file, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Set<String> ids = new TreeSet<>();
            for (ParsedIssue parsed : new IssueReader(FormatProfile.GERMAN_WEEKLY)
                    .readFile(file.toString(), bytes)
                    .issues()) {
                parsed.issue().items().stream().map(Item::id).forEach(ids::add);
            }
            assertThat(ids).as("items of %s", file).isNotEmpty();
            idsByHash.put(ArchiveReader.sha256(bytes), ids);
            Files.write(file, bytes);
        }
    }

    private record SourceVersion(String path, String hash) {}

    private record Contents(Map<SourceVersion, Set<String>> idsByFile, Map<String, String> hashById, int duplicates) {}

    private Contents read(Path indexDir) throws IOException {
        Map<SourceVersion, Set<String>> idsByFile = new HashMap<>();
        Map<String, String> hashById = new HashMap<>();
        long documents;
        try (Directory directory = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            documents = LiveDocuments.forEach(reader, document -> {
                String id = schema.id(document);
                SourceFile source = schema.tracked(document).source();
                hashById.put(id, source.contentHash());
                idsByFile
                        .computeIfAbsent(new SourceVersion(source.path(), source.contentHash()), k -> new TreeSet<>())
                        .add(id);
            });
        }
        // an id held by more than one document is counted once in hashById
        return new Contents(idsByFile, hashById, Math.toIntExact(documents - hashById.size()));
    }

    /** A `nachlese index` in its own JVM, with its progress lines read as they come. */
    private static final class Child {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        final Thread reader;
        /** Counted down when the run has listed its files and starts reading them. */
        final CountDownLatch listed = new CountDownLatch(1);

        final long startNanos = System.nanoTime();
        volatile long startupMs;
        volatile int filesListed;
        /** "[k/N] file" lines so far: files done, read or found unchanged. */
        private int filesDone;

        private Child(Process process) {
            this.process = process;
            this.reader = Thread.ofVirtual().start(this::readLines);
        }

        static Child start(Path index, Path archive, List<String> extra) throws IOException {
            return start(index, archive, extra, ChildClassPath.sharingOptions());
        }

        static Child start(Path index, Path archive, List<String> extra, List<String> sharing) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElseThrow(),
                    "--add-modules",
                    "jdk.incubator.vector",
                    "--enable-native-access=ALL-UNNAMED",
                    // a short-lived JVM: quick start matters more than peak speed
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Xmx256m"));
            command.addAll(sharing);
            command.addAll(List.of(
                    "-cp",
                    ChildClassPath.classPath(),
                    NachleseApplication.class.getName(),
                    "index",
                    archive.toString(),
                    "--index-dir=" + index,
                    "--progress=lines"));
            command.addAll(COMMIT_OPTIONS);
            command.addAll(extra);
            return new Child(new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start());
        }

        private void readLines() {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("Indexing ") && startupMs == 0) {
                        startupMs = (System.nanoTime() - startNanos) / 1_000_000;
                        filesListed = Integer.parseInt(line.split(" ")[1]);
                        listed.countDown();
                    }
                    lines.add(line);
                    if (line.startsWith("[") || line.startsWith("Committed")) {
                        synchronized (this) {
                            if (line.startsWith("[")) {
                                filesDone++;
                            }
                            notifyAll();
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            } finally {
                listed.countDown(); // a run that ended without listing (it failed) must not keep the test waiting
                synchronized (this) {
                    filesDone = Integer.MAX_VALUE;
                    notifyAll();
                }
            }
        }

        /** Waits until the run has reported its final commit; true when it ended before. */
        synchronized boolean awaitFinalCommit(long timeoutMs) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (phase() != Phase.AFTER_FINAL_COMMIT
                    && filesDone != Integer.MAX_VALUE
                    && System.currentTimeMillis() < deadline) {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
            return !process.isAlive() || filesDone == Integer.MAX_VALUE;
        }

        /** Waits until the run has reported {@code commits} commits; true when it ended before. */
        synchronized boolean awaitCommits(int commits, long timeoutMs) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (commits() < commits && filesDone != Integer.MAX_VALUE && System.currentTimeMillis() < deadline) {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
            return !process.isAlive() || filesDone == Integer.MAX_VALUE;
        }

        synchronized int filesDone() {
            return filesDone;
        }

        /** Waits until the run has reported {@code files} files done; true when it ended before. */
        synchronized boolean awaitFiles(int files, long timeoutMs) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (filesDone < files && System.currentTimeMillis() < deadline) {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
            return !process.isAlive() || filesDone == Integer.MAX_VALUE;
        }

        void await() throws InterruptedException {
            reader.join(10_000);
        }

        Phase phase() {
            if (lines.stream().anyMatch(l -> l.startsWith("Committed: "))) {
                return Phase.AFTER_FINAL_COMMIT;
            }
            if (commits() > 0) {
                return Phase.BETWEEN_COMMITS;
            }
            return lines.stream().anyMatch(l -> l.startsWith("Indexing ")) ? Phase.BEFORE_FIRST_COMMIT : Phase.STARTING;
        }

        int commits() {
            return (int) lines.stream().filter(l -> l.startsWith("Committed")).count();
        }

        String output() {
            return lines.stream().filter(l -> !l.startsWith("[")).collect(Collectors.joining("\n"));
        }
    }
}
