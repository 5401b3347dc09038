package de.nachlese.index;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

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
    private final CharArrayMap<List<String>> seen = new CharArrayMap<>(1024, false);
    private List<String> pendingParts = List.of();
    private int nextPart;
    private AttributeSource.State original;

    DecompoundFilter(TokenStream input, CharArraySet keep) {
        super(input);
        this.keep = keep;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextPart < pendingParts.size()) {
            restoreState(original);
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
            original = captureState();
        }
        return true;
    }

    private List<String> parts(char[] buffer, int length) {
        List<String> parts = seen.get(buffer, 0, length);
        if (parts == null) {
            parts = keep.contains(buffer, 0, length) ? List.of() : Decompounder.parts(new String(buffer, 0, length));
            if (seen.size() >= FRONT_WORDS) {
                seen.clear();
            }
            seen.put(Arrays.copyOf(buffer, length), parts);
        }
        return parts;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingParts = List.of();
        nextPart = 0;
        original = null;
    }
}
