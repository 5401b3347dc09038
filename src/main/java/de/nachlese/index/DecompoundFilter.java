package de.nachlese.index;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Index-time decompounding: keeps every token and adds its compound parts at the same position and with the same
 * offsets, so "Lücke" finds "Sicherheitslücke" and the highlighter marks the whole compound. Expects lower-case
 * input. Words in {@code keep} (names such as "zuckerberg") are never split.
 */
final class DecompoundFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final CharArraySet keep;
    private final Deque<String> pendingParts = new ArrayDeque<>();
    private AttributeSource.State original;

    DecompoundFilter(TokenStream input, CharArraySet keep) {
        super(input);
        this.keep = keep;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingParts.isEmpty()) {
            restoreState(original);
            term.setEmpty().append(pendingParts.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!keep.contains(term.buffer(), 0, term.length())) {
            List<String> parts = Decompounder.parts(term.toString());
            if (!parts.isEmpty()) {
                pendingParts.addAll(parts);
                original = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingParts.clear();
        original = null;
    }
}
