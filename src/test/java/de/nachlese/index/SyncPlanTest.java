package de.nachlese.index;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ingest.Archive;
import de.nachlese.ingest.ArchiveFile;
import de.nachlese.ingest.IngestProblem;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The planning of a sync over plain listings and a map of what the index holds: no index, no files read. */
class SyncPlanTest {

    /** What the index holds, in index order. */
    private final Map<String, TrackedFiles.FileState> index = new LinkedHashMap<>();

    private final SyncPlan.Tracked tracked = new SyncPlan.Tracked() {
        @Override
        public Optional<TrackedFiles.FileState> get(String path) {
            return Optional.ofNullable(index.get(path));
        }

        @Override
        public List<String> paths(Predicate<String> filter) {
            return index.keySet().stream().filter(filter).toList();
        }
    };

    @Test
    void newChangedUnchangedAndGoneFiles() throws IOException {
        held("/a/kw01.txt", "v1", 5);
        held("/a/kw02.txt", "v1", 7);
        held("/a/kw03.txt", "v1", 4);
        SyncPlan.Listing listing =
                listing(folder("/a/", file("/a/kw01.txt", "v1"), file("/a/kw02.txt", "v2"), file("/a/kw04.txt", "v1")));

        SyncPlan plan = SyncPlan.of(listing, tracked, file -> false);

        assertThat(plan.read())
                .extracting(f -> f.file().origin()
                        + (f.isNew() ? " new" : " was " + f.before().items()))
                .containsExactly("/a/kw02.txt was 7", "/a/kw04.txt new");
        assertThat(plan.remove())
                .extracting(f -> f.source().path() + ":" + f.items())
                .containsExactly("/a/kw03.txt:4");
        assertThat(plan.untouched()).extracting(ArchiveFile::origin).containsExactly("/a/kw01.txt");
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void filesIndexedFromElsewhereStay() throws IOException {
        held("/a/kw01.txt", "v1", 5);
        held("/cli/extra.txt", "v1", 3);
        SyncPlan plan = SyncPlan.of(listing(folder("/a/", file("/a/kw01.txt", "v1"))), tracked, file -> false);

        assertThat(plan.read()).isEmpty();
        assertThat(plan.remove()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void anArchiveThatCannotBeListedRemovesNothing() throws IOException {
        held("/a/kw01.txt", "v1", 5);
        Archive broken = new Folder("/a/", List.of()) {
            @Override
            public List<ArchiveFile> files() throws IOException {
                throw new IOException("permission denied");
            }
        };
        SyncPlan.Listing listing = SyncPlan.Listing.of(List.of(broken));
        SyncPlan plan = SyncPlan.of(listing, tracked, file -> false);

        assertThat(listing.errors()).containsExactly(new IngestProblem("/a/", "cannot list: permission denied"));
        assertThat(plan.remove()).isEmpty();
        assertThat(plan.read()).isEmpty();
    }

    @Test
    void aFileListedTwiceIsPlannedOnceFromTheFirstArchive() throws IOException {
        SyncPlan.Listing listing = listing(
                folder("/a/", file("/a/kw01.txt", "v1")),
                folder("/a/", file("/a/kw01.txt", "v9"), file("/a/kw02.txt", "v1")));
        SyncPlan plan = SyncPlan.of(listing, tracked, file -> false);

        assertThat(plan.read())
                .extracting(f -> f.file().origin() + "@" + f.file().version())
                .containsExactly("/a/kw01.txt@v1", "/a/kw02.txt@v1");
        assertThat(plan.unchanged()).isZero();
    }

    @Test
    void aKnownUnreadableVersionIsNotReadAgainNorCountedUnchanged() throws IOException {
        held("/a/kw01.txt", "v1", 5);
        SyncPlan.Listing listing = listing(folder("/a/", file("/a/kw01.txt", "v2"), file("/a/broken.txt", "v1")));

        SyncPlan plan = SyncPlan.of(
                listing,
                tracked,
                file -> file.version().equals("v2") || file.origin().equals("/a/broken.txt"));

        assertThat(plan.read()).isEmpty();
        assertThat(plan.untouched()).extracting(ArchiveFile::origin).containsExactly("/a/kw01.txt", "/a/broken.txt");
        assertThat(plan.unchanged()).isZero();
    }

    @Test
    void theSameVersionIsUnchangedEvenIfItOnceFailed() throws IOException {
        held("/a/kw01.txt", "v1", 5);
        SyncPlan plan = SyncPlan.of(listing(folder("/a/", file("/a/kw01.txt", "v1"))), tracked, file -> true);

        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.read()).isEmpty();
    }

    private void held(String path, String version, int items) {
        index.put(path, new TrackedFiles.FileState(new SourceFile(path, "hash-of-" + path, version), items));
    }

    private static SyncPlan.Listing listing(Archive... archives) {
        return SyncPlan.Listing.of(List.of(archives));
    }

    private static ArchiveFile file(String origin, String version) {
        return new ArchiveFile(origin, 1, version, () -> {
            throw new IOException("a plan reads no file");
        });
    }

    private static Folder folder(String prefix, ArchiveFile... files) {
        return new Folder(prefix, List.of(files));
    }

    /** An archive of the given files that claims every path under its prefix. */
    private static class Folder implements Archive {
        private final String prefix;
        private final List<ArchiveFile> files;

        Folder(String prefix, List<ArchiveFile> files) {
            this.prefix = prefix;
            this.files = files;
        }

        @Override
        public String description() {
            return prefix;
        }

        @Override
        public List<ArchiveFile> files() throws IOException {
            return files;
        }

        @Override
        public boolean contains(String origin) {
            return origin.startsWith(prefix);
        }
    }
}
