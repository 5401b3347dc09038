package de.nachlese.index;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index folder's write lock is held by another writer. Says by whom when the holder left a {@link LockOwner}
 * note, so the message can tell the reader what to stop or wait for.
 */
public final class IndexLockedException extends LockObtainFailedException {

    private final transient Path indexDir;
    private final transient Optional<LockOwner> owner;

    IndexLockedException(Path indexDir, Optional<LockOwner> owner, LockObtainFailedException cause) {
        super(
                "the index " + indexDir.toAbsolutePath() + " is in use by "
                        + owner.map(LockOwner::describe)
                                .orElse("another program (a running server or a `nachlese index` run)"),
                cause);
        this.indexDir = indexDir.toAbsolutePath();
        this.owner = owner;
    }

    public Path indexDir() {
        return indexDir;
    }

    /** The holder, when it left a note and still runs. */
    public Optional<LockOwner> owner() {
        return owner;
    }
}
