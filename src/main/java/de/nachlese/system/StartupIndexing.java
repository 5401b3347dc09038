package de.nachlese.system;

import de.nachlese.index.ArchiveIndexer;
import de.nachlese.index.ArchiveWatcher;
import de.nachlese.index.FileErrors;
import de.nachlese.index.SyncOptions;
import de.nachlese.index.SyncReport;
import de.nachlese.ingest.Archive;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.links.DraftLinker;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * Brings the index in line with the archive (reading only new and changed files), then keeps it in line while the
 * server runs: a file dropped into the archive folder is indexed within a second. An empty index is filled before the
 * server takes requests; an existing one answers at once, from its last commit, and the check (with a warm-up of the
 * searcher) runs in the background once the server has answered its first request (or after a short wait), so that
 * it competes for the CPU neither with start-up nor with that first answer.
 */
@Component
class StartupIndexing implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupIndexing.class);
    private static final List<String> WARM_UP_QUERIES =
            List.of("", "Rechenzentren", "KI AND (Chips OR Zölle)", "Nvidai");

    private final ObjectProvider<ArchiveIndexer> archiveIndexer;
    private final Archive archive;
    private final ItemSearcher searcher;
    private final DraftLinker draftLinker;
    private final NachleseProperties properties;
    private volatile ArchiveWatcher watcher;
    private volatile boolean syncedAtStart;
    private final CountDownLatch firstRequest = new CountDownLatch(1);
    /** How long the background sync waits for the first request before it starts anyway. */
    static final Duration FIRST_REQUEST_WAIT = Duration.ofSeconds(2);

    StartupIndexing(
            ObjectProvider<ArchiveIndexer> archiveIndexer,
            Archive archive,
            ItemSearcher searcher,
            DraftLinker draftLinker,
            NachleseProperties properties) {
        this.archiveIndexer = archiveIndexer;
        this.archive = archive;
        this.searcher = searcher;
        this.draftLinker = draftLinker;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        if (searcher.itemCount() == 0) {
            syncThenWatch();
            syncedAtStart = true;
        }
    }

    @EventListener
    void firstRequestHandled(ServletRequestHandledEvent handled) {
        firstRequest.countDown();
    }

    @EventListener
    void ready(ApplicationReadyEvent ready) {
        if (syncedAtStart) {
            return;
        }
        Thread background = new Thread(
                () -> {
                    try {
                        if (firstRequest.await(FIRST_REQUEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                            log.info(
                                    "Answered the first request; checking the index against {}", archive.description());
                        }
                        syncThenWatch();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (IOException | RuntimeException e) {
                        log.error(
                                "Indexing {} failed; searches are answered from the index as it was: {}",
                                archive.description(),
                                e.toString());
                    }
                },
                "nachlese-startup-sync");
        background.setDaemon(true);
        background.start();
    }

    private void syncThenWatch() throws IOException {
        ArchiveIndexer indexer = archiveIndexer.getObject();
        SyncReport report = indexer.sync(List.of(archive), SyncOptions.DEFAULT);
        if (!report.committed()) {
            log.info(
                    "Index is up to date with {} ({} items); no re-indexing",
                    archive.description(),
                    searcher.itemCount());
        } else {
            searcher.refresh();
            log.info(
                    "Indexed {} issues and {} items from {} ({} files, {} unchanged, {} removed) in {} ms",
                    report.issuesIndexed(),
                    report.itemsIndexed(),
                    archive.description(),
                    report.filesSeen(),
                    report.filesUnchanged(),
                    report.filesRemoved(),
                    report.elapsedMs());
        }
        logProblems(report, true);
        warmUp();
        if (archive instanceof FolderArchive folder && properties.watch()) {
            watcher = ArchiveWatcher.start(
                    folder,
                    indexer,
                    changed -> searcher.refresh(),
                    this::afterLiveSync,
                    e -> log.error("Live indexing of {} failed: {}", folder.description(), e.toString()));
            log.info("Watching {} for new and changed issue files", folder.description());
        }
    }

    /**
     * A few searches before the first reader comes, so class loading and the first compilations do not eat into the
     * search timeout of the first real requests (a cold first search takes several hundred milliseconds).
     */
    private void warmUp() throws IOException {
        long start = System.nanoTime();
        for (String query : WARM_UP_QUERIES) {
            searcher.search(SearchRequest.of(query));
            searcher.complete(query, 8);
        }
        log.info("Warmed up the searcher in {} ms", (System.nanoTime() - start) / 1_000_000);
        warmUpDraftLinks();
    }

    /**
     * The first draft would otherwise wait seconds for the tagger, story threads and word statistics; built on a
     * thread of its own, so that neither start-up nor watching the archive waits for it.
     */
    private void warmUpDraftLinks() {
        Thread.ofPlatform().daemon().name("nachlese-links-warm-up").start(() -> {
            long start = System.nanoTime();
            try {
                int linked = draftLinker.warmUp();
                log.info(
                        "Warmed up the draft links in {} ms ({} items of the newest issue linked)",
                        (System.nanoTime() - start) / 1_000_000,
                        linked);
            } catch (IOException | RuntimeException e) {
                log.warn("Warming up the draft links failed: {}", e.toString());
            }
        });
    }

    private void afterLiveSync(SyncReport report) {
        log.info(
                "Live indexing: {} issues and {} items indexed, {} files removed, {} items removed, in {} ms "
                        + "(reading {} ms, tagging {} ms, writing and committing {} ms)",
                report.issuesIndexed(),
                report.itemsIndexed(),
                report.filesRemoved(),
                report.itemsRemoved(),
                report.elapsedMs(),
                report.timing().readMs(),
                report.timing().tagMs(),
                report.timing().writeMs());
        logProblems(report, false);
    }

    /** @param remembered also the errors of unchanged files: at start-up, not again on every live change */
    private static void logProblems(SyncReport report, boolean remembered) {
        report.read().duplicates().forEach(d -> log.info("Duplicate: {}", d));
        report.read().warnings().forEach(w -> log.warn("Warning: {}", w));
        for (FileErrors file : report.errorsByFile()) {
            if (file.remembered() && !remembered) {
                continue;
            }
            String when = file.remembered() ? " (unchanged since the run that found it)" : "";
            file.shown().forEach(e -> log.error("Not indexed{}: {}", when, e));
            if (file.more() > 0) {
                log.error("Not indexed{}: … and {} more errors in {}", when, file.more(), file.path());
            }
        }
    }

    @Override
    public void destroy() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
