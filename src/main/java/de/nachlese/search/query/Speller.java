package de.nachlese.search.query;

import de.nachlese.analysis.Compounds;
import de.nachlese.index.IndexSchema;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Meinten Sie …": corrects words that occur nowhere in the index to the closest word that does, preferring the
 * spelling of a known name ("Zuckerburg" → "Zuckerberg", "Nvdia" → "Nvidia"). Words are looked up unstemmed, as
 * written in the items, so a suggestion is always something a reader would type. A word of the decompounder's German
 * dictionary is never corrected, found in the archive or not: "Betrug" is no misspelt "Beitrag".
 */
final class Speller {

    private static final int MIN_WORD_CHARS = 4;
    /**
     * No word a reader misspells is longer; past it the edit-distance table against every name and Lucene's
     * Levenshtein automaton cost time growing with the word's length (a 500-letter word took 0.8 s).
     */
    static final int MAX_WORD_CHARS = 40;

    private final IndexSchema schema;
    private final EntityNames names;

    Speller(IndexSchema schema, EntityNames names) {
        this.schema = schema;
        this.names = names;
    }

    /** The query with its misspelt words replaced, or empty when no word needs or has a correction. */
    Optional<String> correct(String query, List<String> words, IndexReader reader) throws IOException {
        String corrected = query;
        for (String word : new LinkedHashSet<>(words)) {
            Optional<String> better = correctWord(word, reader);
            if (better.isPresent()) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                        .matcher(corrected);
                corrected = m.replaceAll(Matcher.quoteReplacement(better.get()));
            }
        }
        return corrected.equals(query) ? Optional.empty() : Optional.of(corrected);
    }

    private Optional<String> correctWord(String word, IndexReader reader) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_WORD_CHARS
                || lower.length() > MAX_WORD_CHARS
                || !lower.chars().allMatch(Character::isLetter)
                || known(lower, reader)
                || knownStem(lower, reader)
                || Compounds.isWord(lower)) {
            return Optional.empty();
        }
        int allowed = lower.length() >= 6 ? 2 : 1;
        String best = null;
        int bestEdits = allowed + 1;
        for (String name : names.nameWords()) {
            int edits = edits(lower, name.toLowerCase(Locale.ROOT));
            if (edits < bestEdits && known(name.toLowerCase(Locale.ROOT), reader)) {
                best = name;
                bestEdits = edits;
            }
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(Math.min(2, allowed));
        for (SuggestWord suggestion : checker.suggestSimilar(
                new Term(schema.spellField(), lower), 3, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            int edits = edits(lower, suggestion.string);
            // a name wins ties: "Zuckerberg" rather than whatever common word is just as close
            if (edits < bestEdits) {
                best = Character.isUpperCase(word.charAt(0)) ? capitalize(suggestion.string) : suggestion.string;
                bestEdits = edits;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean known(String lower, IndexReader reader) throws IOException {
        return reader.docFreq(new Term(schema.spellField(), lower)) > 0;
    }

    /**
     * Whether the word's stemmed form is in headline or body: "Exportverbot" is no misspelling where the archive
     * says "Exportverbote", though the unstemmed spelling field lacks it.
     */
    private boolean knownStem(String lower, IndexReader reader) throws IOException {
        String stem = WordExpansion.singleTerm(schema, lower);
        if (stem == null) {
            return false;
        }
        for (String field : schema.textFieldBoosts().keySet()) {
            if (reader.docFreq(new Term(field, stem)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
