package de.nachlese.index;

/** What the index knows about where one item came from. */
record TrackedItem(String issueId, String issueTitle, String origin, SourceFile source) {}
