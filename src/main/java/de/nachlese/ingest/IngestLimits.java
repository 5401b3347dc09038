package de.nachlese.ingest;

/**
 * What a single input may cost before it is refused. ZIP limits count the bytes really inflated, not what the entry
 * headers claim, because a hostile archive lies in its headers.
 *
 * @param maxFileBytes      larger files (and larger ZIP entries) are refused
 * @param maxZipTotalBytes  a ZIP may inflate to at most this many bytes in all
 * @param maxZipRatio       a ZIP may inflate to at most this multiple of its own size, once past
 *                          {@link #RATIO_GRACE_BYTES} (small text files compress very well and are harmless)
 * @param maxZipEntries     a ZIP may hold at most this many entries
 */
public record IngestLimits(long maxFileBytes, long maxZipTotalBytes, int maxZipRatio, int maxZipEntries) {

    public static final long RATIO_GRACE_BYTES = 1L << 20;

    public static final IngestLimits DEFAULTS = new IngestLimits(20L << 20, 200L << 20, 100, 10_000);

    public IngestLimits {
        if (maxFileBytes < 1 || maxZipTotalBytes < 1 || maxZipRatio < 1 || maxZipEntries < 1) {
            throw new IllegalArgumentException("ingest limits must be positive: " + maxFileBytes + ", "
                    + maxZipTotalBytes + ", " + maxZipRatio + ", " + maxZipEntries);
        }
    }
}
