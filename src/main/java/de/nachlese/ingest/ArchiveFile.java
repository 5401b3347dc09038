package de.nachlese.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file of an archive, opened lazily.
 *
 * @param version what changes when the file changes (size and modification time, or a content hash)
 */
public record ArchiveFile(String origin, long sizeBytes, String version, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public byte[] readAllBytes() throws IOException {
        try (InputStream in = opener.open()) {
            return in.readAllBytes();
        }
    }
}
