package de.nachlese.web;

import de.nachlese.search.Normalized;
import de.nachlese.search.suggest.Completion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search as you type: the last word of the box is still being typed, so "Starg" should already find Stargate. The
 * words it may become are taken from the completion index (names and headlines), and the last word is searched as
 * itself or any of them, e.g. "Open Starg" runs as "Open (Starg OR Stargate)". Only the as-you-type requests do
 * this; a submitted search means its words as typed.
 */
final class TypingPrefix {

    /** Completions read for the last word; names and prefix matches come first, so a few suffice. */
    static final int COMPLETIONS = 20;
    /** Words the last word may become; more would blur the results while the reader is still typing. */
    static final int MAX_WORDS = 6;
    /** Shorter prefixes match too much to be useful. */
    static final int MIN_PREFIX_CHARS = 2;

    /** A plain last word (letters, digits, inner hyphens), not preceded by an operator sign or a field name. */
    private static final Pattern LAST_WORD = Pattern.compile("(?:^|\\s)([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)$");

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "UND", "ODER", "NICHT");

    private TypingPrefix() {}

    /** The word still being typed, or null when the query ends in a space, an operator or something not plain. */
    static String lastWord(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty() || Character.isWhitespace(rawQuery.charAt(rawQuery.length() - 1))) {
            return null;
        }
        Matcher m = LAST_WORD.matcher(rawQuery);
        if (!m.find() || m.group(1).length() < MIN_PREFIX_CHARS || OPERATORS.contains(m.group(1))) {
            return null;
        }
        return m.group(1);
    }

    /** The query with its last word widened to the completed words; unchanged when there are none. */
    static String expand(String query, String lastWord, List<Completion> completions) {
        String prefix = Normalized.key(lastWord);
        Map<String, String> words = new LinkedHashMap<>();
        for (Completion completion : completions) {
            for (String word : WORD_SPLIT.split(completion.label())) {
                String key = Normalized.key(word);
                if (key.length() > prefix.length() && key.startsWith(prefix) && words.size() < MAX_WORDS) {
                    words.putIfAbsent(key, word);
                }
            }
        }
        if (words.isEmpty()) {
            return query;
        }
        List<String> alternatives = new ArrayList<>(List.of(lastWord));
        alternatives.addAll(words.values());
        String head = query.substring(0, query.length() - lastWord.length());
        return head + "(" + String.join(" OR ", alternatives) + ")";
    }
}
