package de.nachlese.ingest;

/** Test access to the id slugs, so tests can name the id a headline gets. */
public final class TestSlugs {

    private TestSlugs() {
    }

    public static String slug(String text) {
        return Slugs.slug(text, 60);
    }
}
