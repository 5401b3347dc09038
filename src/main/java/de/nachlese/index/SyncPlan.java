package de.nachlese.index;

import de.nachlese.ingest.Archive;
import de.nachlese.ingest.ArchiveFile;
import de.nachlese.ingest.IngestProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a sync will do, decided before any file is read: from the archives' listing and what the index holds per
 * file. Kept apart from the writing so that the decisions (which file is new, changed, gone or unchanged) can be
 * checked on plain listings, without an index.
 *
 * <p>Files to read stay in one list in listing order, new and changed ones mixed: that order is the order the
 * items are written in, and the first file in index order is the one that keeps a duplicated issue.
 *
 * @param read      files to read, in listing order, each with what the index holds of it (none for a new file)
 * @param remove    files the index holds that have gone from an archive that lists them
 * @param untouched files not read at all: their version is the one indexed, or it failed to read before
 * @param unchanged how many of the untouched files the index holds as they are
 */
record SyncPlan(
        List<FileToRead> read, List<TrackedFiles.FileState> remove, List<ArchiveFile> untouched, int unchanged) {

    SyncPlan {
        read = List.copyOf(read);
        remove = List.copyOf(remove);
        untouched = List.copyOf(untouched);
        if (unchanged < 0 || unchanged > untouched.size()) {
            throw new IllegalArgumentException("unchanged " + unchanged + " of " + untouched.size() + " untouched");
        }
    }

    /** A file to read; {@code before} is what the index holds of it, or null for a file it does not know. */
    record FileToRead(ArchiveFile file, TrackedFiles.FileState before) {

        boolean isNew() {
            return before == null;
        }
    }

    /** What the index holds per file, as a sync sees it when it begins. */
    interface Tracked {
        Optional<TrackedFiles.FileState> get(String path) throws IOException;

        /** The files the index holds, among those the filter accepts, in index order. */
        List<String> paths(Predicate<String> filter) throws IOException;
    }

    /**
     * The files of the archives, each origin once (the first archive listing it wins), and the archives that could
     * be listed: only those may remove files from the index.
     */
    record Listing(List<ArchiveFile> files, List<Archive> archives, List<IngestProblem> errors) {

        Listing {
            files = List.copyOf(files);
            archives = List.copyOf(archives);
            errors = List.copyOf(errors);
        }

        static Listing of(List<? extends Archive> archives) {
            List<ArchiveFile> files = new ArrayList<>();
            Set<String> origins = new LinkedHashSet<>();
            List<Archive> listed = new ArrayList<>();
            List<IngestProblem> errors = new ArrayList<>();
            for (Archive archive : archives) {
                try {
                    for (ArchiveFile file : archive.files()) {
                        if (origins.add(file.origin())) {
                            files.add(file);
                        }
                    }
                    listed.add(archive);
                } catch (IOException e) {
                    errors.add(new IngestProblem(archive.description(), "cannot list: " + e.getMessage()));
                }
            }
            return new Listing(files, listed, errors);
        }
    }

    /**
     * @param knownUnreadable files not to read again: this version of them could not be read before
     */
    static SyncPlan of(Listing listing, Tracked tracked, Predicate<ArchiveFile> knownUnreadable) throws IOException {
        Set<String> listed = new LinkedHashSet<>();
        listing.files().forEach(file -> listed.add(file.origin()));
        List<TrackedFiles.FileState> remove = new ArrayList<>();
        for (String path : tracked.paths(
                path -> !listed.contains(path) && listing.archives().stream().anyMatch(a -> a.contains(path)))) {
            tracked.get(path).ifPresent(remove::add);
        }
        List<FileToRead> read = new ArrayList<>();
        List<ArchiveFile> untouched = new ArrayList<>();
        int unchanged = 0;
        for (ArchiveFile file : listing.files()) {
            TrackedFiles.FileState state = tracked.get(file.origin()).orElse(null);
            if (state != null && state.source().version().equals(file.version())) {
                unchanged++;
                untouched.add(file);
            } else if (knownUnreadable.test(file)) {
                untouched.add(file);
            } else {
                read.add(new FileToRead(file, state));
            }
        }
        return new SyncPlan(read, remove, untouched, unchanged);
    }
}
