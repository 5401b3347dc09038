package de.nachlese.index;

import de.nachlese.ingest.IngestProblem;
import java.util.List;
import java.util.Objects;

/**
 * The errors of one input file, capped: what a report lists for it and what the index remembers of it until the
 * file changes. One CSV export with a broken quote can yield a hundred thousand errors; a report shows the first
 * {@link #SHOWN} of each file and counts the rest.
 *
 * @param path       the file (or, when an archive could not even be listed, the archive)
 * @param version    the file's version when it was read; empty for an archive that could not be listed
 * @param shown      the first errors, at most {@link #SHOWN}
 * @param total      how many errors the file had in all
 * @param remembered the file was not read in this run: unchanged since the run that found these errors
 */
public record FileErrors(String path, String version, List<IngestProblem> shown, int total, boolean remembered) {

    public static final int SHOWN = 20;

    public FileErrors {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(version, "version");
        shown = List.copyOf(shown);
        if (shown.isEmpty() || shown.size() > SHOWN || total < shown.size()) {
            throw new IllegalArgumentException(
                    "errors of " + path + ": " + shown.size() + " shown of " + total + ", at most " + SHOWN);
        }
    }

    /** The errors found in this run, capped. */
    static FileErrors of(String path, String version, List<IngestProblem> all) {
        return new FileErrors(path, version, all.subList(0, Math.min(SHOWN, all.size())), all.size(), false);
    }

    /** Errors beyond those shown. */
    public int more() {
        return total - shown.size();
    }

    FileErrors asRemembered() {
        return new FileErrors(path, version, shown, total, true);
    }
}
