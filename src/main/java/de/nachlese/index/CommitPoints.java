package de.nachlese.index;

/**
 * Items queued for writing since a sync began and since its last commit, which {@link CommitPolicy} weighs to decide
 * when to commit next. Only the sync's calling thread touches them, so nothing is synchronised.
 */
final class CommitPoints {
    int itemsWritten;
    int itemsSinceCommit;
    long lastCommitNanos = System.nanoTime();

    void written(int items) {
        itemsWritten += items;
        itemsSinceCommit += items;
    }

    long millisSinceCommit() {
        return (System.nanoTime() - lastCommitNanos) / 1_000_000;
    }

    void committed() {
        itemsSinceCommit = 0;
        lastCommitNanos = System.nanoTime();
    }
}
