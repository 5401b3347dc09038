package de.nachlese.links;

/** A draft that cannot be read or holds no item; the message says why, for the author. */
public final class DraftException extends Exception {

    public DraftException(String message) {
        super(message);
    }
}
