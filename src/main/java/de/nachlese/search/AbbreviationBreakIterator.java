package de.nachlese.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries for snippets that do not fall after a German abbreviation or an ordinal: the JDK's sentence
 * iterator breaks after a full stop followed by a capital, and German capitalises its nouns, so "bis zu 30 Mrd.
 * Dollar" became two fragments and the figure lost its unit. The abbreviations are data
 * ({@code snippets/german-abbreviations.txt}); a boundary after one of them, or after a number with a full stop
 * ("am 1. Juli"), is skipped.
 */
final class AbbreviationBreakIterator extends BreakIterator {

    static final Set<String> GERMAN = load("/snippets/german-abbreviations.txt");

    private final BreakIterator sentences;
    private final Set<String> abbreviations;
    /**
     * Length of the longest key: a word (or pair of words) longer than that is no abbreviation, and most sentences
     * end in one, so most boundaries are decided without building a key.
     */
    private final int longestKey;

    private String text = "";
    /** The boundaries of {@link #text} found so far, ascending; the first is its start. */
    private int[] boundaries = new int[16];

    private int found = 1;
    /** Whether {@link #boundaries} holds every boundary of the text. */
    private boolean complete = true;

    private int position;

    AbbreviationBreakIterator(BreakIterator sentences, Set<String> abbreviations) {
        this.sentences = sentences;
        this.abbreviations = abbreviations;
        int longest = 0;
        for (String key : abbreviations) {
            longest = Math.max(longest, key.length());
        }
        this.longestKey = longest;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder all = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            all.append(c);
        }
        setText(all.toString());
    }

    /** The highlighter hands over each field value as a string: no copy through a character iterator. */
    @Override
    public void setText(String newText) {
        text = newText;
        sentences.setText(newText);
        boundaries[0] = sentences.first();
        found = 1;
        complete = false;
        position = boundaries[0];
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        position = boundaries[0];
        return position;
    }

    @Override
    public int last() {
        position = text.length();
        return position;
    }

    @Override
    public int current() {
        return position;
    }

    @Override
    public int next() {
        int boundary = after(position);
        if (boundary != DONE) {
            position = boundary;
        }
        return boundary;
    }

    @Override
    public int previous() {
        int boundary = before(position);
        if (boundary != DONE) {
            position = boundary;
        }
        return boundary;
    }

    @Override
    public int next(int n) {
        int boundary = current();
        for (int i = 0; i < Math.abs(n) && boundary != DONE; i++) {
            boundary = n > 0 ? next() : previous();
        }
        return boundary;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int boundary = after(offset);
        position = boundary == DONE ? text.length() : boundary;
        return boundary;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int boundary = before(offset);
        position = boundary == DONE ? offset : boundary;
        return boundary;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset out of bounds: " + offset);
        }
    }

    /** The first boundary after {@code offset}, or DONE. */
    private int after(int offset) {
        findBeyond(offset);
        int at = search(offset);
        at = at >= 0 ? at + 1 : -at - 1;
        return at < found ? boundaries[at] : DONE;
    }

    /** The last boundary before {@code offset}, or DONE. */
    private int before(int offset) {
        findBeyond(offset - 1);
        int at = search(offset);
        at = at >= 0 ? at - 1 : -at - 2;
        return at >= 0 ? boundaries[at] : DONE;
    }

    private int search(int offset) {
        return Arrays.binarySearch(boundaries, 0, found, offset);
    }

    /**
     * Reads the sentence boundaries forwards, skipping the suppressed ones, until one lies beyond {@code offset} or
     * the text ends. The highlighter asks for the boundaries around each match, in order of the matches; the JDK's
     * iterator answers a step backwards by re-reading from an earlier safe point, which was most of its time, so
     * every boundary is found once, going forwards, and kept.
     */
    private void findBeyond(int offset) {
        while (!complete && boundaries[found - 1] <= offset) {
            int boundary = sentences.next();
            if (boundary == DONE) {
                complete = true;
            } else if (!suppressed(boundary)) {
                if (found == boundaries.length) {
                    boundaries = Arrays.copyOf(boundaries, found * 2);
                }
                boundaries[found++] = boundary;
            }
        }
    }

    /** True for a boundary inside the text right after an abbreviation or an ordinal number. */
    boolean suppressed(int boundary) {
        if (boundary <= 0 || boundary >= text.length()) {
            return false;
        }
        int end = boundary;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = wordStart(end);
        String last = text.substring(start, end);
        if (ordinal(last) || known(last)) {
            return true;
        }
        int after = boundary;
        while (after < text.length() && !Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (last.length() + after - boundary <= longestKey && known(last + text.substring(boundary, after))) {
            return true; // the first half of "z. B."
        }
        int before = start;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before == 0 || text.charAt(before - 1) != '.') {
            return false;
        }
        int previous = wordStart(before);
        // two-part abbreviations written with a space: "z. B.", "u. a."
        return before - previous + last.length() <= longestKey && known(text.substring(previous, before) + last);
    }

    /**
     * Whether a stretch of text without spaces is an abbreviation. Its key is at least as long as the stretch (lower
     * case never shortens a string), so a stretch longer than every key is none.
     */
    private boolean known(String noSpaces) {
        return noSpaces.length() <= longestKey && abbreviations.contains(key(noSpaces));
    }

    /** "1." or "24.": digits and a full stop (a date or an ordinal), without a regular expression per boundary. */
    private static boolean ordinal(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true; // the word ends in the full stop that suppressed() found
    }

    private int wordStart(int end) {
        int start = end;
        while (start > 0
                && !Character.isWhitespace(text.charAt(start - 1))
                && text.charAt(start - 1) != '('
                && text.charAt(start - 1) != '„'
                && text.charAt(start - 1) != '"') {
            start--;
        }
        return start;
    }

    private static String key(String abbreviation) {
        return abbreviation.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(String resource) {
        Set<String> keys = new HashSet<>();
        try (InputStream in = AbbreviationBreakIterator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    keys.add(key(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(keys);
    }
}
