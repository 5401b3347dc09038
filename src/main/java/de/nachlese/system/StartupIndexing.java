package de.nachlese.system;

import de.nachlese.index.ArchiveIndexer;
import de.nachlese.ingest.Archive;
import de.nachlese.ingest.IngestReport;
import de.nachlese.search.ItemSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Brings the index in line with the archive before the server takes requests: a full index on first start or when
 * the archive changed, nothing at all otherwise.
 */
@Component
class StartupIndexing implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StartupIndexing.class);

    private final ArchiveIndexer archiveIndexer;
    private final Archive archive;
    private final ItemSearcher searcher;

    StartupIndexing(ArchiveIndexer archiveIndexer, Archive archive, ItemSearcher searcher) {
        this.archiveIndexer = archiveIndexer;
        this.archive = archive;
        this.searcher = searcher;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        ArchiveIndexer.Result result = archiveIndexer.syncIfChanged(archive);
        if (!result.reindexed()) {
            log.info("Index is up to date with {} ({} items); no re-indexing", archive.description(), searcher.itemCount());
            return;
        }
        searcher.refresh();
        IngestReport report = result.report().orElseThrow();
        log.info("Indexed {} issues and {} items from {} ({} files) in {} ms", result.issues(), result.items(),
                archive.description(), report.filesSeen(), result.elapsedMs());
        report.duplicates().forEach(d -> log.info("Duplicate: {}", d));
        report.warnings().forEach(w -> log.warn("Warning: {}", w));
        report.errors().forEach(e -> log.error("Not indexed: {}", e));
    }
}
