package de.nachlese.search.query;

import de.nachlese.model.Facet;
import java.time.LocalDate;
import java.util.List;

/** The parsed form of a query string; {@link QuerySyntax} builds it, {@link QueryInterpreter} turns it into Lucene. */
sealed interface QueryNode {

    /** A bare word as typed, e.g. "Musks" or "KI-Infrastruktur". */
    record Word(String text) implements QueryNode {}

    /** Words in quotes: they must appear together and in this order. */
    record Phrase(String text) implements QueryNode {}

    /** A field filter such as {@code firma:Meta}: the value as typed, resolved against the index later. */
    record Filter(Facet facet, String value) implements QueryNode {}

    /** {@code von:2025-03-01} (from, inclusive) or {@code bis:2025-03-31} (until, inclusive). */
    record DateBound(boolean lower, LocalDate date) implements QueryNode {}

    record Not(QueryNode node) implements QueryNode {}

    /** All must match; the default between words. */
    record All(List<QueryNode> nodes) implements QueryNode {
        public All {
            nodes = List.copyOf(nodes);
        }
    }

    record Any(List<QueryNode> nodes) implements QueryNode {
        public Any {
            nodes = List.copyOf(nodes);
        }
    }
}
