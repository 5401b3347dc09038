package de.nachlese.index;

import de.nachlese.ingest.FolderArchive;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Live indexing: watches an archive folder (and its subfolders) and syncs the index soon after a file is added,
 * changed or removed. Events arriving together (a copy writes a file in several steps) are collected for a short
 * quiet period and handled in one sync; the sync itself only reads what changed.
 */
public final class ArchiveWatcher implements Closeable {

    /** How long the folder must stay quiet before a sync; short enough for "searchable within a second". */
    static final long QUIET_MS = 50;

    private final FolderArchive archive;
    private final ArchiveIndexer indexer;
    private final ArchiveIndexer.IOConsumer beforeCommit;
    private final Consumer<SyncReport> afterSync;
    private final Consumer<Exception> onFailure;
    private final WatchService watchService;
    private final Thread thread;

    private ArchiveWatcher(
            FolderArchive archive,
            ArchiveIndexer indexer,
            ArchiveIndexer.IOConsumer beforeCommit,
            Consumer<SyncReport> afterSync,
            Consumer<Exception> onFailure)
            throws IOException {
        this.archive = archive;
        this.indexer = indexer;
        this.beforeCommit = beforeCommit;
        this.afterSync = afterSync;
        this.onFailure = onFailure;
        this.watchService = FileSystems.getDefault().newWatchService();
        registerTree(archive.root());
        this.thread = Thread.ofPlatform().daemon().name("archive-watcher").unstarted(this::run);
    }

    /**
     * @param beforeCommit called once changes are written, before the commit: refresh the searcher here, so new
     *                     items are searchable without waiting for the commit's fsync
     * @param afterSync    called after each sync that changed the index, e.g. to log
     * @param onFailure    called when a sync fails; watching goes on
     */
    public static ArchiveWatcher start(
            FolderArchive archive,
            ArchiveIndexer indexer,
            ArchiveIndexer.IOConsumer beforeCommit,
            Consumer<SyncReport> afterSync,
            Consumer<Exception> onFailure)
            throws IOException {
        ArchiveWatcher watcher = new ArchiveWatcher(archive, indexer, beforeCommit, afterSync, onFailure);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                drain(key);
                // collect the rest of a burst until the folder is quiet
                WatchKey more;
                while ((more = watchService.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                sync();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void sync() {
        try {
            SyncReport report = indexer.sync(List.of(archive), SyncOptions.DEFAULT.withBeforeCommit(beforeCommit));
            if (report.committed()) {
                afterSync.accept(report);
            }
        } catch (IOException | RuntimeException e) {
            onFailure.accept(e);
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException | RuntimeException e) {
                        // a folder that cannot be watched must not end the watching of the others
                        onFailure.accept(e);
                    }
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        for (Path dir : FolderArchive.pathsUnder(root)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                dir.register(
                        watchService,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            } catch (NoSuchFileException gone) {
                // removed since the walk: its parent's event starts the sync that notices
            }
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watchService.close();
    }
}
