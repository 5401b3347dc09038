package de.nachlese.ingest;

import java.util.List;

/**
 * The text of one issue as a container held it, before splitting: a plain file, one e-mail of an mbox, one feed
 * entry, one post of an export.
 *
 * @param origin   where exactly it came from, e.g. "archive.mbox#3" or "export.zip!posts/12.html"
 * @param format   the container's format, reported per issue
 * @param html     whether {@code text} is HTML (otherwise plain text)
 * @param warnings what the container reader had to guess
 */
record Body(String origin, Format format, boolean html, String text, IssueHints hints, List<String> warnings) {

    Body {
        warnings = List.copyOf(warnings);
    }
}
