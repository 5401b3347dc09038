package de.nachlese.index;

import java.util.Objects;

/**
 * How one {@link ArchiveIndexer#sync} runs; the archives say what to sync, these options how. A record with withers
 * rather than flags on the call, so that a caller names the one option it changes.
 *
 * @param listener      hears about progress
 * @param retryFailures read unreadable files again even when unchanged, so that their errors are reported again
 *                      (a command-line run), rather than once per process (a watched archive)
 * @param beforeCommit  called when the changes are written but not yet committed (durable): a near-real-time
 *                      searcher refreshed here shows them without waiting for the commit's fsync
 */
public record SyncOptions(
        ArchiveIndexer.Listener listener, boolean retryFailures, ArchiveIndexer.IOConsumer beforeCommit) {

    /** No progress reports, unreadable files read again only once they change, nothing to refresh. */
    public static final SyncOptions DEFAULT = new SyncOptions(ArchiveIndexer.Listener.NONE, false, changed -> {});

    public SyncOptions {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(beforeCommit, "beforeCommit");
    }

    public SyncOptions withListener(ArchiveIndexer.Listener listener) {
        return new SyncOptions(listener, retryFailures, beforeCommit);
    }

    public SyncOptions retryingFailures() {
        return new SyncOptions(listener, true, beforeCommit);
    }

    public SyncOptions withBeforeCommit(ArchiveIndexer.IOConsumer beforeCommit) {
        return new SyncOptions(listener, retryFailures, beforeCommit);
    }
}
