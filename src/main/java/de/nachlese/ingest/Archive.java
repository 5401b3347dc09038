package de.nachlese.ingest;

import java.io.IOException;
import java.util.List;

/** A collection of issue files: a folder on disk, a single file, or the demo archive bundled in the jar. */
public interface Archive {

    /** For log lines and reports, e.g. the folder path. */
    String description();

    /** The candidate issue files, in a stable order. */
    List<ArchiveFile> files() throws IOException;

    /**
     * Whether an indexed file belongs to this archive, so that a file that has gone from the archive also goes from
     * the index, while files indexed from elsewhere (another folder, the command line) stay.
     */
    boolean contains(String origin);
}
