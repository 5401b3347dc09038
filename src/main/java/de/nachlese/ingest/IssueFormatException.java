package de.nachlese.ingest;

/** The input does not have the shape of the expected newsletter format; the message says which part is missing. */
public class IssueFormatException extends Exception {

    public IssueFormatException(String message) {
        super(message);
    }
}
