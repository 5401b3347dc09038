package de.nachlese.index;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ingest.ArchiveFile;
import de.nachlese.ingest.IngestProblem;
import de.nachlese.ingest.SingleFileArchive;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FileErrorMemoryTest {

    private static ArchiveFile file(String path, String version) {
        return new ArchiveFile(path, 10, version, () -> {
            throw new AssertionError("never opened");
        });
    }

    @Test
    void survivesItsEncodingWithTabsNewlinesAndBackslashesAndKeepsTheFirstTwentyErrors() {
        FileErrorMemory memory = new FileErrorMemory();
        List<IngestProblem> many = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> new IngestProblem("/a/x.mbox#" + i, "broken\tpart\nline \\" + i))
                .toList();
        memory.read(file("/a/x.mbox", "10:1"), many);
        memory.read(file("/a/ok.txt", "3:1"), List.of());

        FileErrorMemory decoded = FileErrorMemory.decode(Optional.of(memory.encode()));

        FileErrors x = decoded.unread(file("/a/x.mbox", "10:1")).orElseThrow();
        assertThat(x.total()).isEqualTo(25);
        assertThat(x.more()).isEqualTo(5);
        assertThat(x.remembered()).isTrue();
        assertThat(x.shown()).isEqualTo(many.subList(0, 20));
        assertThat(decoded.unread(file("/a/ok.txt", "3:1"))).isEmpty();
        assertThat(decoded.encode()).isEqualTo(memory.encode());
    }

    @Test
    void forgetsAFileThatChangedOrHasGoneFromAListedArchive() {
        FileErrorMemory memory = new FileErrorMemory();
        IngestProblem problem = new IngestProblem("/a/x.mbox#2", "empty message in the mbox");
        memory.read(file("/a/x.mbox", "10:1"), List.of(problem));
        memory.read(file("/b/y.mbox", "10:1"), List.of(problem));

        assertThat(memory.unread(file("/a/x.mbox", "11:2"))).isEmpty();
        assertThat(memory.unread(file("/a/x.mbox", "10:1"))).isEmpty();

        memory.forgetGone(Set.of(), List.of(new SingleFileArchive(Path.of("/c/z.txt"))));
        assertThat(memory.unread(file("/b/y.mbox", "10:1"))).isPresent();
        memory.forgetGone(Set.of(), List.of(new SingleFileArchive(Path.of("/b/y.mbox"))));
        assertThat(memory.unread(file("/b/y.mbox", "10:1"))).isEmpty();
        assertThat(memory.encode()).isEmpty();
    }
}
