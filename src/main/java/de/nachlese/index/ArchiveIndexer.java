package de.nachlese.index;

import de.nachlese.ingest.Archive;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.IngestReport;
import de.nachlese.model.Issue;
import de.nachlese.tagging.Tagger;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps an index in step with an archive: read, tag, write, commit. The commit remembers a fingerprint of the
 * archive, the schema and the tagging data, so a restart on an unchanged archive does no work at all.
 */
public final class ArchiveIndexer {

    static final String FINGERPRINT_KEY = "nachlese.fingerprint";

    private final ArchiveReader reader;
    private final Tagger tagger;
    private final ItemIndexer indexer;

    public ArchiveIndexer(ArchiveReader reader, Tagger tagger, ItemIndexer indexer) {
        this.reader = reader;
        this.tagger = tagger;
        this.indexer = indexer;
    }

    /** What a sync did; {@code report} is empty when the index was already up to date. */
    public record Result(boolean reindexed, int issues, int items, long elapsedMs, Optional<IngestReport> report) {
    }

    public Result syncIfChanged(Archive archive) throws IOException {
        long startNanos = System.nanoTime();
        String fingerprint = "v" + IndexSchema.VERSION + ":" + tagger.fingerprint() + ":" + archive.fingerprint();
        if (indexer.commitData(FINGERPRINT_KEY).filter(fingerprint::equals).isPresent()) {
            return new Result(false, 0, 0, elapsedMs(startNanos), Optional.empty());
        }
        IngestReport report = reader.read(archive);
        // Rebuild in one commit: searchers keep seeing the old index until the new one is complete.
        indexer.deleteAll();
        for (Issue issue : report.issues()) {
            indexer.upsert(tagger.tag(issue));
        }
        indexer.commit(Map.of(FINGERPRINT_KEY, fingerprint));
        return new Result(true, report.issues().size(), report.itemCount(), elapsedMs(startNanos), Optional.of(report));
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
