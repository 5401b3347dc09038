package de.nachlese.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A collection of issue files: a folder on disk, or the demo archive bundled in the jar. */
public interface Archive {

    /** For log lines and reports, e.g. the folder path. */
    String description();

    /** The candidate issue files, in a stable order. */
    List<ArchiveFile> files() throws IOException;

    /** Changes whenever a file is added, removed or changed; used to decide whether to re-index. */
    default String fingerprint() throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ArchiveFile file : files()) {
                digest.update((file.origin() + "\u0000" + file.version() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
