package de.nachlese.ingest;

/** Something about one input the user should know: the file (or URL) and the reason, in plain words. */
public record IngestProblem(String origin, String reason) {

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
