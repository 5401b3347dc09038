package de.nachlese.ingest;

import java.util.Locale;

/** The input formats Nachlese tells apart by content. Each ends up as lines for the one {@link IssueSplitter}. */
public enum Format {
    TEXT,
    HTML,
    EML,
    MBOX,
    RSS,
    ATOM,
    ZIP,
    EXPORT_ZIP,
    GHOST_JSON,
    BEEHIIV_CSV,
    BUTTONDOWN_ZIP;

    /** The name used in reports and in an issue's "format" metadata, e.g. "export-zip". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
