package de.nachlese.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * The relaxed reading of a query whose words, all required, find too little: every word optional, all but one
 * required (one of two), items ranked by how many they match.
 *
 * <p>A query of plain words and the name of a company, person or product the archive follows ("DeepSeek Schock
 * Folgen", "wer bezahlt Stargate") may
 * also be anchored on the name ({@link #anchored()}): an item about the name matches alone, below every item with
 * more of the words. The items of a story share its name more often than the reader's other words, which describe
 * the story rather than quote it.
 *
 * @param query the relaxed query
 * @param words the query's words and names as typed, each with the clause that matches it
 * @param wordsOnly whether the query is plain words and names, without filters or date bounds
 */
public record Relaxed(Query query, List<Word> words, boolean wordsOnly) {

    /**
     * A name tagged in at least this many items is one the archive follows: its other items are worth showing below
     * those with more of the query's words ({@link #anchored()}, {@link #nameBelowBothWords()}); in one or two the
     * archive barely knows it. Measured on the tune half of the reader queries for two-word queries: 10, 5 and 3
     * items gave 0.894, 0.897 and 0.897; for longer queries 10 and 3 gave the same tune figure, and 3 keeps one
     * threshold for both.
     */
    public static final int STORY_DOCS = 3;
    /** How much more the relaxed words weigh than a name alone, so every item with more words ranks first. */
    static final float WORDS_FIRST = 10f;

    public Relaxed {
        Objects.requireNonNull(query, "query");
        words = List.copyOf(words);
        if (words.size() < 2) {
            throw new IllegalArgumentException("relaxing needs at least two words: " + words);
        }
    }

    /**
     * For a query of numbers and other words, a filter that an item match at least one of the other words: a number
     * alone says nothing of what was asked, so "Playstation 6" without any Playstation item finds nothing rather than
     * every item with a 6. Empty when the query has no number or only numbers.
     */
    static Optional<Query> notNumbersAlone(List<Word> words) {
        List<Word> others = words.stream().filter(w -> !number(w.typed())).toList();
        if (others.size() == words.size() || others.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        others.forEach(w -> any.add(w.clause(), BooleanClause.Occur.SHOULD));
        return Optional.of(any.build());
    }

    private static boolean number(String typed) {
        return !typed.isEmpty() && typed.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
    }

    /** How many of the words an item must match: all but one, and at least one. */
    static int wordsRequired(int words) {
        return Math.max(1, words - 1);
    }

    /**
     * The relaxed query anchored on its names, when it is plain words with a name of {@link #STORY_DOCS} items or
     * more and other words: an item that matches a name alone also matches, below every item that matches the
     * relaxed query, whose order stays as it was (the better of the two scores counts, and the relaxed query weighs
     * {@link #WORDS_FIRST} times more). It adds one clause per name and no search pass.
     */
    public Optional<Query> anchored() {
        List<Word> names = words.stream().filter(Word::story).toList();
        if (!wordsOnly || names.isEmpty() || otherWords().isEmpty()) {
            return Optional.empty();
        }
        List<Query> either = new ArrayList<>();
        either.add(new BoostQuery(query, WORDS_FIRST));
        names.forEach(name -> either.add(name.clause()));
        return Optional.of(new DisjunctionMaxQuery(either, 0f));
    }

    /**
     * For a query of a company's or person's name tagged in {@value #STORY_DOCS} items or more and one other word,
     * which together find less than a page: the items with both words, then the other items about the name, ranked by
     * the name alone ("Google Kartellverfahren" finds the Google items about the Chrome trial, which name no antitrust
     * case). The other word alone stays out: of two words, it answers another question ("Zölle" without "Apple").
     * Empty unless the query is two plain words, one of them such a name. One clause more than the query, as
     * {@link #anchored()}.
     */
    public Optional<Query> nameBelowBothWords() {
        List<Word> names = words.stream().filter(Word::story).toList();
        if (!wordsOnly || words.size() != 2 || names.size() != 1 || !(query instanceof BooleanQuery all)) {
            return Optional.empty();
        }
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        all.clauses().forEach(both::add);
        both.setMinimumNumberShouldMatch(words.size());
        return Optional.of(new DisjunctionMaxQuery(
                List.of(
                        new BoostQuery(both.build(), WORDS_FIRST),
                        names.getFirst().clause()),
                0f));
    }

    /** The words that name no company or person: the ones that must be in the archive for the anchor to apply. */
    public List<Word> otherWords() {
        return words.stream().filter(w -> w.nameDocs() == 0).toList();
    }

    /**
     * The last resort of a query of four or more words that finds nothing even with all words but one: the query
     * needing only half of its words (rounded up), so a partial answer is shown rather than an empty page, while one
     * word alone never is (a query whose words are mostly absent has no answer in the archive). Empty for fewer
     * than four words.
     */
    public Optional<Query> halfTheWords() {
        if (words.size() < 4 || !(query instanceof BooleanQuery all)) {
            return Optional.empty();
        }
        BooleanQuery.Builder half = new BooleanQuery.Builder();
        all.clauses().forEach(half::add);
        half.setMinimumNumberShouldMatch((words.size() + 1) / 2);
        return Optional.of(half.build());
    }

    /**
     * One word (or a name of several words) as typed, its clause, and for the name of a company or person the number
     * of items tagged with it, for a product's or project's name the number of items naming it (0 for other words).
     */
    public record Word(String typed, Query clause, int nameDocs) {
        public Word {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(clause, "clause");
            if (nameDocs < 0) {
                throw new IllegalArgumentException("negative item count: " + nameDocs);
            }
        }

        boolean story() {
            return nameDocs >= STORY_DOCS;
        }
    }
}
