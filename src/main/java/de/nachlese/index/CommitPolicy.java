package de.nachlese.index;

/**
 * When a long sync commits on its way, so that a crash (kill -9, power loss) loses at most the files read since the
 * last commit: the next run finds the committed files unchanged (by content hash) and reads only the rest. Commits
 * fall between files, never inside one, so a file's items are either all committed or none. A rebuild (new schema
 * or tagging data) commits only at its end: an intermediate commit would publish a half-rebuilt index under the new
 * fingerprint, while without one a crashed rebuild leaves the previous index as it was and simply starts again.
 *
 * @param maxItems  commit after at least this many items were written since the last commit
 * @param maxMillis commit when at least this long has passed since the last commit (or the start of the sync)
 */
public record CommitPolicy(int maxItems, long maxMillis) {

    /** Every 10,000 items or 10 seconds: a commit's fsync is then a small part of the time. */
    public static final CommitPolicy DEFAULT = new CommitPolicy(10_000, 10_000);

    public CommitPolicy {
        if (maxItems < 1) {
            throw new IllegalArgumentException("commit after at least 1 item, not " + maxItems);
        }
        if (maxMillis < 1) {
            throw new IllegalArgumentException("commit interval must be at least 1 ms, not " + maxMillis);
        }
    }

    boolean due(int itemsSinceCommit, long millisSinceCommit) {
        return itemsSinceCommit > 0 && (itemsSinceCommit >= maxItems || millisSinceCommit >= maxMillis);
    }
}
