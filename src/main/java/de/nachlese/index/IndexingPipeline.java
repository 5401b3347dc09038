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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the expensive steps of a sync on worker threads: files are read ahead (a bounded window), and each issue is
 * tagged and then written to the IndexWriter by the same worker, so Lucene's analysis and inversion, the largest
 * part of indexing, use every core (IndexWriter is thread-safe and analyses in the thread that adds a document).
 *
 * <p>Issue writes may finish in any order. That is safe because an issue id is admitted once per sync and items are
 * written by id. Writes that must see everything before them and nothing after, such as deleting a changed file's
 * old items or a commit, are <em>barriers</em>: they wait until every write queued before them is done and run on
 * the calling thread while no other write is under way. So a commit holds every item of a file or none. The bounds
 * keep memory flat however large the archive.
 */
final class IndexingPipeline implements AutoCloseable {

    /** A write to the index, given the tagged issue (null for writes that need none, such as deleting a file). */
    @FunctionalInterface
    interface Write {
        void run(Issue tagged) throws IOException;
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
    /** Issue writes under way or queued, oldest first. */
    private final Deque<Future<Void>> writes = new ArrayDeque<>();

    private final AtomicLong readNanos = new AtomicLong();
    private final AtomicLong tagNanos = new AtomicLong();
    private final AtomicLong writeNanos = new AtomicLong();
    private final AtomicLong workerCpuNanos = new AtomicLong();

    /**
     * @param workers threads that read, tag and write; the calling thread splits files into issues and runs barriers
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

    /** The next file in the order given, read; a failed write found meanwhile is thrown. */
    ArchiveReader.ReadFile nextRead() throws IOException {
        while (reads.size() < readAhead && files.hasNext()) {
            ArchiveFile file = files.next();
            reads.add(pool.submit(() -> timed(readNanos, () -> reader.readFile(file))));
        }
        Future<ArchiveReader.ReadFile> next = reads.poll();
        if (next == null) {
            throw new IllegalStateException("no file left to read");
        }
        reapDone();
        return await(next);
    }

    /** Tags the issue and runs the write on a worker, in parallel with other issues' writes. */
    void tagThenWrite(Issue issue, Write write) throws IOException {
        reapDone();
        while (writes.size() >= maxPendingWrites) {
            await(writes.poll());
        }
        writes.add(pool.submit(() -> {
            Issue tagged = timed(tagNanos, () -> tagger.tag(issue));
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try {
                write.run(tagged);
            } finally {
                writeNanos.addAndGet(System.nanoTime() - start);
                workerCpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpuStart);
            }
            return null;
        }));
    }

    /** A barrier: waits for every write queued so far, then runs this one on the calling thread. */
    void write(Write write) throws IOException {
        finish();
        long start = System.nanoTime();
        write.run(null);
        writeNanos.addAndGet(System.nanoTime() - start);
    }

    /** Waits for every queued write; the first failure among them is thrown. */
    void finish() throws IOException {
        while (!writes.isEmpty()) {
            await(writes.poll());
        }
    }

    /** Drops the finished writes at the head of the queue, throwing if one failed. */
    private void reapDone() throws IOException {
        while (!writes.isEmpty() && writes.peek().isDone()) {
            await(writes.poll());
        }
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

    /** Time spent writing, summed over the workers and the calling thread's barriers. */
    long writeNanos() {
        return writeNanos.get();
    }

    /** CPU time of the workers' tasks. */
    long workerCpuNanos() {
        return workerCpuNanos.get();
    }

    /**
     * Drops what has not started and waits for the writes under way, so that no write reaches the index after the
     * sync has returned (e.g. after a failure, when the caller may commit or retry). Workers are not interrupted: an
     * interrupt during a write would close the IndexWriter for good.
     */
    @Override
    public void close() {
        reads.forEach(read -> read.cancel(false));
        writes.forEach(write -> write.cancel(false));
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
