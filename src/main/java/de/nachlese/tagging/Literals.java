package de.nachlese.tagging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds every occurrence of a fixed set of literal strings in one pass over a text (an Aho–Corasick automaton,
 * compiled to a table). The taggers use it as a prefilter: a word-boundary regex for a name can only match where the
 * name's literal occurs, so the regex is tried at those few places instead of at every position of the text.
 *
 * <p>With {@code foldCase}, text and literals are compared char by char after
 * {@code Character.toLowerCase(Character.toUpperCase(c))}, the folding that {@code Pattern.CASE_INSENSITIVE |
 * Pattern.UNICODE_CASE} applies, so every case-insensitive regex match of a literal without surrogates is found.
 * Thread-safe once built.
 */
final class Literals {

    /** Receives one occurrence: the literal's index in the list given to the constructor, and where it starts. */
    @FunctionalInterface
    interface Hit {
        void at(int literal, int start);
    }

    private final boolean foldCase;
    private final int[] lengths;
    /** The alphabet: a char's column in {@link #next}, 0 for chars that occur in no literal. */
    private final char[] column = new char[Character.MAX_VALUE + 1];

    private final int columns;
    /** The automaton's transitions, {@code next[state * columns + column]}; state 0 is the root. */
    private final int[] next;
    /** For each state, the literals that end there (including those of its suffix states), or null. */
    private final int[][] output;

    Literals(List<String> literals, boolean foldCase) {
        this.foldCase = foldCase;
        this.lengths = new int[literals.size()];
        int alphabet = 1;
        List<int[]> trie =
                new ArrayList<>(); // sparse children while building: pairs of (column, state), grown as needed
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new int[0]);
        ends.add(new ArrayList<>());
        for (int i = 0; i < literals.size(); i++) {
            String literal = literals.get(i);
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal at " + i);
            }
            lengths[i] = literal.length();
            int state = 0;
            for (int k = 0; k < literal.length(); k++) {
                char c = fold(literal.charAt(k));
                if (column[c] == 0) {
                    column[c] = (char) alphabet++;
                }
                int child = child(trie.get(state), column[c]);
                if (child < 0) {
                    child = trie.size();
                    trie.add(new int[0]);
                    ends.add(new ArrayList<>());
                    int[] edges = trie.get(state);
                    int[] grown = Arrays.copyOf(edges, edges.length + 2);
                    grown[edges.length] = column[c];
                    grown[edges.length + 1] = child;
                    trie.set(state, grown);
                }
                state = child;
            }
            ends.get(state).add(i);
        }
        if (foldCase) {
            // every char that folds onto a literal's char shares that char's column
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                column[c] = column[fold((char) c)];
            }
        }
        this.columns = alphabet;
        int states = trie.size();
        this.next = new int[states * columns];
        this.output = new int[states][];
        int[] failure = new int[states];
        // breadth-first: a state's failure link and outputs are complete before its children's
        Deque<Integer> queue = new ArrayDeque<>();
        for (int col = 1; col < columns; col++) {
            int child = child(trie.get(0), col);
            if (child > 0) {
                next[col] = child;
                queue.add(child);
            }
        }
        output[0] = null;
        while (!queue.isEmpty()) {
            int state = queue.poll();
            List<Integer> own = ends.get(state);
            int[] inherited = output[failure[state]];
            if (!own.isEmpty() || inherited != null) {
                int[] all = new int[own.size() + (inherited == null ? 0 : inherited.length)];
                for (int k = 0; k < own.size(); k++) {
                    all[k] = own.get(k);
                }
                if (inherited != null) {
                    System.arraycopy(inherited, 0, all, own.size(), inherited.length);
                }
                output[state] = all;
            }
            for (int col = 1; col < columns; col++) {
                int child = child(trie.get(state), col);
                int viaFailure = next[failure[state] * columns + col];
                if (child > 0) {
                    failure[child] = viaFailure;
                    next[state * columns + col] = child;
                    queue.add(child);
                } else {
                    next[state * columns + col] = viaFailure;
                }
            }
        }
    }

    private static int child(int[] edges, int col) {
        for (int k = 0; k < edges.length; k += 2) {
            if (edges[k] == col) {
                return edges[k + 1];
            }
        }
        return -1;
    }

    private char fold(char c) {
        return foldCase ? Character.toLowerCase(Character.toUpperCase(c)) : c;
    }

    /** Reports every occurrence of every literal in the text, ordered by where they end. */
    void scan(CharSequence text, Hit hit) {
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = next[state * columns + column[text.charAt(i)]];
            int[] found = output[state];
            if (found != null) {
                for (int literal : found) {
                    hit.at(literal, i + 1 - lengths[literal]);
                }
            }
        }
    }

    /** Where each literal starts in the text, ascending per literal. */
    Occurrences find(CharSequence text) {
        Occurrences occurrences = new Occurrences(lengths.length);
        scan(text, occurrences::add);
        return occurrences;
    }

    /** The start positions of each literal in one text. */
    static final class Occurrences {
        private final int[][] starts;
        private final int[] counts;

        private Occurrences(int literals) {
            starts = new int[literals][];
            counts = new int[literals];
        }

        private void add(int literal, int start) {
            int[] list = starts[literal];
            if (list == null) {
                list = starts[literal] = new int[4];
            } else if (counts[literal] == list.length) {
                list = starts[literal] = Arrays.copyOf(list, list.length * 2);
            }
            list[counts[literal]++] = start;
        }

        /** How often the literal occurs. */
        int count(int literal) {
            return counts[literal];
        }

        /** Where its {@code k}-th occurrence starts; ascending in {@code k}. */
        int start(int literal, int k) {
            return starts[literal][k];
        }
    }

    /** Whether the literal contains a surrogate, which the char-wise case folding does not cover. */
    static boolean hasSurrogate(String literal) {
        return literal.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }
}
