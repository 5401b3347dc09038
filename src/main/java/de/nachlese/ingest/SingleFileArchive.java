package de.nachlese.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** One file named on the command line, whatever its extension: the content decides how it is read. */
public final class SingleFileArchive implements Archive {

    private final Path file;

    public SingleFileArchive(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    @Override
    public String description() {
        return file.toString();
    }

    @Override
    public boolean contains(String origin) {
        return origin.equals(file.toString());
    }

    @Override
    public List<ArchiveFile> files() throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            // a FIFO, a device or a socket: reading one could block forever or never end
            throw new FileSystemException(file.toString(), null, "not a regular file");
        }
        return List.of(FolderArchive.fileOf(file));
    }
}
