package de.nachlese.analysis;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import de.danielnaber.jwordsplitter.InputTooLongException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits German compounds ("sicherheitslücke" → "sicherheits", "lücke") with jWordSplitter's bundled dictionary.
 * The dictionary takes about 6 MB, so the whole JVM shares one instance, loaded on first use.
 */
final class Decompounder {

    /** Shorter words are hardly ever compounds worth splitting, and splitting them mostly produces noise. */
    static final int MIN_WORD_CHARS = 7;
    /** jWordSplitter's search grows with the word; longer tokens are URLs or junk, not German compounds. */
    static final int MAX_WORD_CHARS = 40;

    /**
     * Splits by word, since a word's split never changes and the same words recur in every issue: splitting is the
     * most expensive step of the analysis. Two generations, so a huge archive's long tail of words (a million items
     * hold some 250,000 distinct words of 7 to 40 letters) cannot fill the heap, yet the frequent words stay: new
     * words go into the young map; when it is full it becomes the old one and the former old one is dropped, and a
     * word found in the old map moves back to the young one. At most {@code 2 * GENERATION_WORDS} words are kept.
     */
    static final int GENERATION_WORDS = 32_768;

    private static volatile Map<String, List<String>> young = new ConcurrentHashMap<>();
    private static volatile Map<String, List<String>> old = new ConcurrentHashMap<>();

    private static volatile Splitter shared;

    private Decompounder() {}

    /** The parts of a lower-case word, or an empty list when it is not a compound. */
    static List<String> parts(String lowerCaseWord) {
        if (lowerCaseWord.length() < MIN_WORD_CHARS || lowerCaseWord.length() > MAX_WORD_CHARS) {
            return List.of();
        }
        List<String> cached = young.get(lowerCaseWord);
        if (cached != null) {
            return cached;
        }
        List<String> parts = old.get(lowerCaseWord);
        if (parts == null) {
            parts = split(lowerCaseWord);
        }
        remember(lowerCaseWord, parts);
        return parts;
    }

    /** Whether the splitter's dictionary holds the lower-case word as it is (a word of the language, not a typo). */
    static boolean known(String lowerCaseWord) {
        return splitter().knows(lowerCaseWord);
    }

    /** How many words the cache holds now: never more than {@code 2 * GENERATION_WORDS}. */
    static int cachedWords() {
        return young.size() + old.size();
    }

    private static void remember(String word, List<String> parts) {
        Map<String, List<String>> current = young;
        if (current.size() >= GENERATION_WORDS) {
            synchronized (Decompounder.class) {
                if (young == current) { // no other thread turned the generation meanwhile
                    old = current;
                    young = new ConcurrentHashMap<>();
                }
                current = young;
            }
        }
        current.put(word, parts);
    }

    private static List<String> split(String lowerCaseWord) {
        Splitter splitter = splitter();
        List<String> parts;
        // jWordSplitter keeps no per-call state in its documented API, but it is not declared thread-safe either.
        synchronized (splitter) {
            try {
                parts = splitter.splitWord(lowerCaseWord);
            } catch (InputTooLongException e) {
                return List.of();
            }
        }
        return parts.size() > 1 ? List.copyOf(parts) : List.of();
    }

    private static Splitter splitter() {
        Splitter instance = shared;
        if (instance == null) {
            synchronized (Decompounder.class) {
                instance = shared;
                if (instance == null) {
                    try {
                        instance = new Splitter();
                    } catch (IOException e) {
                        throw new UncheckedIOException("jWordSplitter's bundled dictionary cannot be read", e);
                    }
                    instance.setStrictMode(true);
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /** jWordSplitter with its word list readable: the list is the only German dictionary the product ships. */
    private static final class Splitter extends GermanWordSplitter {
        Splitter() throws IOException {
            super(false);
        }

        boolean knows(String lowerCaseWord) {
            return words.contains(lowerCaseWord);
        }
    }
}
