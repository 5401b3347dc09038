package de.nachlese.search.query;

import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.Query;

/**
 * The relaxed reading of a query whose words, all required, find too little: every word optional, all but one
 * required (one of two), items ranked by how many they match.
 *
 * @param query the relaxed query
 * @param words the query's words and names as typed, each with the clause that matches it
 */
public record Relaxed(Query query, List<Word> words) {

    public Relaxed {
        Objects.requireNonNull(query, "query");
        words = List.copyOf(words);
        if (words.size() < 2) {
            throw new IllegalArgumentException("relaxing needs at least two words: " + words);
        }
    }

    /** How many of the words an item must match: all but one, and at least one. */
    static int wordsRequired(int words) {
        return Math.max(1, words - 1);
    }

    /** One word (or a name of several words) as typed, and its clause. */
    public record Word(String typed, Query clause) {
        public Word {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(clause, "clause");
        }
    }
}
