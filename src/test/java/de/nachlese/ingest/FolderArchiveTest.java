package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing an archive folder: which files count as issues, and a listing that survives files coming and going. */
@ConcurrentInMemory
class FolderArchiveTest {

    @Test
    void listsIssueFilesSortedAndLeavesOutHiddenAndUnrelatedOnes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2025/b"));
        Files.writeString(dir.resolve("2025/b/kw02.txt"), "x");
        Files.writeString(dir.resolve("2025/a.html"), "x");
        Files.writeString(dir.resolve("2025/.partial-a.mbox"), "From x");
        Files.writeString(dir.resolve("2025/notes.pdf"), "x");
        Files.writeString(dir.resolve("posteingang"), "From someone");
        Files.writeString(dir.resolve("readme"), "plain");

        assertThat(new FolderArchive(dir).files())
                .extracting(file -> dir.relativize(Path.of(file.origin())).toString())
                .containsExactly("2025/a.html", "2025/b/kw02.txt", "posteingang");
        assertThat(FolderArchive.pathsUnder(dir))
                .extracting(path -> dir.relativize(path).toString())
                .containsExactly(
                        "",
                        "2025",
                        "2025/.partial-a.mbox",
                        "2025/a.html",
                        "2025/b",
                        "2025/b/kw02.txt",
                        "2025/notes.pdf",
                        "posteingang",
                        "readme");
    }

    /**
     * A copy tool writes a temporary file and renames it. Files.walk ends with an exception when such a file goes
     * between reading the folder and reading the file's attributes; on this machine that happened within a few
     * dozen walks of this loop, and it stopped the live watcher for good.
     */
    @Test
    void filesRenamedDuringTheWalkAreLeftOutNotFatal(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("neu"));
        Files.writeString(dir.resolve("stays.txt"), "x");
        AtomicBoolean done = new AtomicBoolean();
        Thread churn = Thread.ofPlatform().start(() -> {
            try {
                for (int i = 0; !done.get(); i++) {
                    Path partial = folder.resolve(".partial-" + i);
                    Files.writeString(partial, "x");
                    Files.move(partial, folder.resolve("f" + i + ".txt"), StandardCopyOption.ATOMIC_MOVE);
                    Files.delete(folder.resolve("f" + i + ".txt"));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            for (int walk = 0; walk < 3000; walk++) {
                List<Path> paths = FolderArchive.pathsUnder(dir);
                assertThat(paths).contains(dir, folder, dir.resolve("stays.txt"));
                assertThat(new FolderArchive(dir).files())
                        .extracting(ArchiveFile::origin)
                        .contains(dir.resolve("stays.txt").toString());
            }
        } finally {
            done.set(true);
            churn.join();
        }
    }
}
