package de.nachlese.search.query;

import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.BooleanQuery;
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

    /**
     * The last resort of a query of four or more words that finds nothing even with all words but one: the query
     * needing only half of its words (rounded up), so a partial answer is shown rather than an empty page, while one
     * word alone never is (a query whose words are mostly absent has no answer in the archive). Empty for fewer
     * than four words.
     */
    public java.util.Optional<Query> halfTheWords() {
        if (words.size() < 4 || !(query instanceof BooleanQuery all)) {
            return java.util.Optional.empty();
        }
        BooleanQuery.Builder half = new BooleanQuery.Builder();
        all.clauses().forEach(half::add);
        half.setMinimumNumberShouldMatch((words.size() + 1) / 2);
        return java.util.Optional.of(half.build());
    }

    /** One word (or a name of several words) as typed, and its clause. */
    public record Word(String typed, Query clause) {
        public Word {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(clause, "clause");
        }
    }
}
