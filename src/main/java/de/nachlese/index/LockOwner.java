package de.nachlese.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Who holds an index's write lock: a note next to Lucene's {@code write.lock}, written by the process that took the
 * lock, so that one refused by the lock can say what to stop or wait for. Lucene's lock itself names no holder. The
 * note is advisory: a process killed with -9 leaves it behind, so it counts only while its process is alive (the
 * start time guards against a reused process id).
 *
 * @param kind           what holds the lock
 * @param pid            the holder's process id
 * @param startedEpochMs when the holder's process started, or 0 when the system does not say
 */
public record LockOwner(Kind kind, long pid, long startedEpochMs) {

    static final String NOTE = "write.lock.owner";

    /** What may hold an index's write lock. */
    public enum Kind {
        SERVER("a running server"),
        INDEX_COMMAND("another `nachlese index` run");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    public LockOwner {
        if (kind == null || pid <= 0) {
            throw new IllegalArgumentException("a lock owner needs a kind and a process id: " + kind + ", " + pid);
        }
    }

    /** This process, holding the lock as the given kind. */
    static LockOwner self(Kind kind) {
        ProcessHandle self = ProcessHandle.current();
        return new LockOwner(kind, self.pid(), startedEpochMs(self));
    }

    /** E.g. "a running server (process 4711)". */
    public String describe() {
        return kind.description + " (process " + pid + ")";
    }

    /** The holder named by the note in the index folder, if the note is there and its process still runs. */
    static Optional<LockOwner> of(Path indexDir) {
        String note;
        try {
            note = Files.readString(indexDir.resolve(NOTE), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            return Optional.empty();
        }
        String[] fields = note.split(" ");
        try {
            LockOwner owner =
                    new LockOwner(Kind.valueOf(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2]));
            return owner.alive() ? Optional.of(owner) : Optional.empty();
        } catch (RuntimeException e) { // a note from another version, or cut short
            return Optional.empty();
        }
    }

    private boolean alive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> startedEpochMs == 0 || startedEpochMs(p) == startedEpochMs)
                .isPresent();
    }

    /** Written to a temporary file and moved into place, so a reader never sees half a note. */
    void write(Path indexDir) throws IOException {
        Path temp = indexDir.resolve(NOTE + ".tmp");
        Files.writeString(temp, kind.name() + " " + pid + " " + startedEpochMs + "\n", StandardCharsets.UTF_8);
        Files.move(temp, indexDir.resolve(NOTE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the note if it is this owner's (a later holder may have written its own). */
    void remove(Path indexDir) throws IOException {
        if (of(indexDir).filter(this::equals).isPresent()) {
            Files.deleteIfExists(indexDir.resolve(NOTE));
        }
    }

    private static long startedEpochMs(ProcessHandle process) {
        return process.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
    }
}
