package de.nachlese.index;

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
     * most expensive step of the analysis. Bounded, so a huge archive's long tail of words cannot fill the heap; when
     * full it starts afresh, which keeps it simple and lets the frequent words return at once.
     */
    static final int CACHE_WORDS = 50_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private static volatile GermanWordSplitter shared;

    private Decompounder() {
    }

    /** The parts of a lower-case word, or an empty list when it is not a compound. */
    static List<String> parts(String lowerCaseWord) {
        if (lowerCaseWord.length() < MIN_WORD_CHARS || lowerCaseWord.length() > MAX_WORD_CHARS) {
            return List.of();
        }
        List<String> cached = CACHE.get(lowerCaseWord);
        if (cached != null) {
            return cached;
        }
        List<String> parts = split(lowerCaseWord);
        if (CACHE.size() >= CACHE_WORDS) {
            CACHE.clear();
        }
        CACHE.put(lowerCaseWord, parts);
        return parts;
    }

    private static List<String> split(String lowerCaseWord) {
        GermanWordSplitter splitter = splitter();
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

    private static GermanWordSplitter splitter() {
        GermanWordSplitter instance = shared;
        if (instance == null) {
            synchronized (Decompounder.class) {
                instance = shared;
                if (instance == null) {
                    try {
                        instance = new GermanWordSplitter(false);
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
}
