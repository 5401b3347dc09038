package de.nachlese.web;

/** A permalink whose item now lives at another URL; answered with 301 and the new location. */
class MovedPermanentlyException extends RuntimeException {

    private final String location;

    MovedPermanentlyException(String location) {
        super("moved to " + location);
        this.location = location;
    }

    String location() {
        return location;
    }
}
