package de.nachlese.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index-time decompounding: keeps every token and adds its compound parts at the same position and with the same
 * offsets, so "Lücke" finds "Sicherheitslücke" and the highlighter marks the whole compound. Expects lower-case
 * input. Words in {@code keep} (names such as "zuckerberg") are never split.
 *
 * <p>An analyzer keeps one filter per thread, so each filter has a cache of its own in front of the shared
 * {@link Decompounder}: a lookup by the term's chars, without making a {@code String} of every token, without the
 * shared map's synchronisation, and with the {@code keep} check folded in (profiled: the shared cache's
 * {@code ConcurrentHashMap.get}, the {@code keep} lookup of every token and the {@code String} per token were most of
 * the decompounding cost).
 */
final class DecompoundFilter extends TokenFilter {

    /** Words per thread before the front cache starts over; the shared cache behind it keeps the frequent words. */
    static final int FRONT_WORDS = 32_768;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final CharArraySet keep;
    /** Words seen by this filter and their parts, an empty list for words not split (including those in keep). */
    private final FrontCache seen = new FrontCache();

    private List<String> pendingParts = List.of();
    private int nextPart;

    DecompoundFilter(TokenStream input, CharArraySet keep) {
        super(input);
        this.keep = keep;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextPart < pendingParts.size()) {
            // The compound's other attributes (offsets, type, keyword flag) are still those of the compound: no
            // filter after this one changes anything but the term, so the parts need no captured state (cloning
            // the attributes of every compound cost 2 % of indexing). GermanAnalysisTest checks the offsets.
            term.setEmpty().append(pendingParts.get(nextPart++));
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (length < Decompounder.MIN_WORD_CHARS || length > Decompounder.MAX_WORD_CHARS) {
            return true;
        }
        List<String> parts = parts(term.buffer(), length);
        if (!parts.isEmpty()) {
            pendingParts = parts;
            nextPart = 0;
        }
        return true;
    }

    private List<String> parts(char[] buffer, int length) {
        int hash = FrontCache.hash(buffer, length);
        List<String> parts = seen.get(buffer, length, hash);
        if (parts == null) {
            parts = keep.contains(buffer, 0, length) ? List.of() : Decompounder.parts(new String(buffer, 0, length));
            seen.put(buffer, length, hash, parts);
        }
        return parts;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingParts = List.of();
        nextPart = 0;
    }

    /**
     * Open addressing at half load, with each slot's hash kept beside it, so a lookup compares chars only where the
     * hash matches: Lucene's {@code CharArrayMap}, tried first, fills to 80 % and compares the chars of every slot
     * it probes, which cost more than the shared map it was meant to spare. It starts small and doubles as words
     * come, since every thread that analyses text has one (a server's request threads too, if they ever analyse with
     * the index analyzer), and starts over when full.
     */
    static final class FrontCache {
        private static final int MAX_SLOTS = Integer.highestOneBit(FRONT_WORDS) * 2;
        private static final int FIRST_SLOTS = 256;
        private int[] hashes = new int[FIRST_SLOTS];
        private char[][] words = new char[FIRST_SLOTS][];

        @SuppressWarnings("unchecked")
        private List<String>[] parts = new List[FIRST_SLOTS];

        private int size;

        static int hash(char[] buffer, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + buffer[i];
            }
            int mixed = h * 0x9E3779B9; // the low bits pick the slot: spread the high bits into them
            return mixed ^ (mixed >>> 16);
        }

        List<String> get(char[] buffer, int length, int hash) {
            int mask = words.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                char[] word = words[slot];
                if (word == null) {
                    return null;
                }
                if (hashes[slot] == hash && Arrays.equals(word, 0, word.length, buffer, 0, length)) {
                    return parts[slot];
                }
            }
        }

        void put(char[] buffer, int length, int hash, List<String> value) {
            if (size >= FRONT_WORDS) {
                Arrays.fill(words, null);
                Arrays.fill(parts, null);
                size = 0;
            } else if (2 * (size + 1) > words.length) {
                grow();
            }
            insert(hash, Arrays.copyOf(buffer, length), value);
            size++;
        }

        private void insert(int hash, char[] word, List<String> value) {
            int mask = words.length - 1;
            int slot = hash & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            words[slot] = word;
            parts[slot] = value;
        }

        @SuppressWarnings("unchecked")
        private void grow() {
            int[] oldHashes = hashes;
            char[][] oldWords = words;
            List<String>[] oldParts = parts;
            int slots = Math.min(MAX_SLOTS, 2 * oldWords.length);
            hashes = new int[slots];
            words = new char[slots][];
            parts = new List[slots];
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    insert(oldHashes[i], oldWords[i], oldParts[i]);
                }
            }
        }

        int size() {
            return size;
        }

        int slots() {
            return words.length;
        }
    }
}
