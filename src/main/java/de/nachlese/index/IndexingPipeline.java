package de.nachlese.index;

import de.nachlese.ingest.ArchiveFile;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.model.Issue;
import de.nachlese.tagging.Tagger;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the independent, expensive steps of a sync on worker threads and keeps every write in the order of a
 * single-threaded run: files are read ahead (a bounded window) and issues are tagged on a pool, while deletes and
 * upserts are queued in order and carried out by the calling thread, the only one that touches the IndexWriter. So
 * ids, duplicate handling and the index itself come out exactly as from a sequential run; the bounds keep memory
 * flat however large the archive.
 */
final class IndexingPipeline implements AutoCloseable {

    /** A write to the index, given the tagged issue (null for writes that need none, such as deleting a file). */
    @FunctionalInterface
    interface Write {
        void run(Issue tagged) throws IOException;
    }

    private record Pending(Future<Issue> tagged, Write write) {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ArchiveReader reader;
    private final Tagger tagger;
    private final ExecutorService pool;
    private final int readAhead;
    private final int maxPendingWrites;
    private final Iterator<ArchiveFile> files;
    private final Deque<Future<ArchiveReader.ReadFile>> reads = new ArrayDeque<>();
    private final Deque<Pending> writes = new ArrayDeque<>();
    private final AtomicLong readNanos = new AtomicLong();
    private final AtomicLong tagNanos = new AtomicLong();
    private final AtomicLong workerCpuNanos = new AtomicLong();
    private long writeNanos;

    /**
     * @param workers threads for reading and tagging; the calling thread writes
     */
    IndexingPipeline(List<ArchiveFile> files, ArchiveReader reader, Tagger tagger, int workers) {
        this.reader = reader;
        this.tagger = tagger;
        this.files = files.iterator();
        this.readAhead = 2 * workers;
        this.maxPendingWrites = 64 * workers;
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "nachlese-index-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The next file in the order given, read; while it is being read, the writes that are ready are done. */
    ArchiveReader.ReadFile nextRead() throws IOException {
        while (reads.size() < readAhead && files.hasNext()) {
            ArchiveFile file = files.next();
            reads.add(pool.submit(() -> timed(readNanos, () -> reader.readFile(file))));
        }
        Future<ArchiveReader.ReadFile> next = reads.poll();
        if (next == null) {
            throw new IllegalStateException("no file left to read");
        }
        while (!next.isDone() && !writes.isEmpty()) {
            writeHead();
        }
        return await(next);
    }

    /** Tags the issue on the pool; the write runs, in order, once it is tagged. */
    void tagThenWrite(Issue issue, Write write) throws IOException {
        writes.add(new Pending(pool.submit(() -> timed(tagNanos, () -> tagger.tag(issue))), write));
        writeReady();
    }

    /** Queues a write that needs no tagging, in order with the others. */
    void write(Write write) throws IOException {
        writes.add(new Pending(CompletableFuture.completedFuture(null), write));
        writeReady();
    }

    /** Does every queued write. */
    void finish() throws IOException {
        while (!writes.isEmpty()) {
            writeHead();
        }
    }

    private void writeReady() throws IOException {
        while (!writes.isEmpty() && (writes.peek().tagged().isDone() || writes.size() > maxPendingWrites)) {
            writeHead();
        }
    }

    private void writeHead() throws IOException {
        Pending head = writes.poll();
        Issue tagged = await(head.tagged());
        long start = System.nanoTime();
        head.write().run(tagged);
        writeNanos += System.nanoTime() - start;
    }

    private <T> T timed(AtomicLong stage, java.util.function.Supplier<T> work) {
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stage.addAndGet(System.nanoTime() - start);
            workerCpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpuStart);
        }
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                case IOException io -> throw io;
                default -> throw new UncheckedIOException(new IOException(e.getCause()));
            }
        }
    }

    /** Time spent reading and splitting, summed over the workers. */
    long readNanos() {
        return readNanos.get();
    }

    /** Time spent tagging, summed over the workers. */
    long tagNanos() {
        return tagNanos.get();
    }

    /** Time spent writing, on the calling thread. */
    long writeNanos() {
        return writeNanos;
    }

    /** CPU time of the workers' tasks. */
    long workerCpuNanos() {
        return workerCpuNanos.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
