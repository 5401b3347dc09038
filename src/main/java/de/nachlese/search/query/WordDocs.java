package de.nachlese.search.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * How many items of one index reader contain a query word, remembered. Expanding a query asks this of every word,
 * of its derived forms, its compound parts and its glossary words, and each answer costs the word's analysis and a
 * seek in every segment's terms dictionary; the same words come back in query after query. Bounded: past
 * {@value #MAX_WORDS} words the memory starts again, so odd queries cannot grow it without end.
 */
final class WordDocs {

    static final int MAX_WORDS = 20_000;

    private final Map<String, Integer> docs = new ConcurrentHashMap<>();

    int of(String word, ToIntFunction<String> lookup) {
        Integer known = docs.get(word);
        if (known != null) {
            return known;
        }
        int found = lookup.applyAsInt(word);
        if (docs.size() >= MAX_WORDS) {
            docs.clear();
        }
        docs.put(word, found);
        return found;
    }
}
