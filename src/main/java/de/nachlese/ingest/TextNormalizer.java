package de.nachlese.ingest;

import de.nachlese.model.TextChars;
import java.text.Normalizer;

/**
 * Cleans the invisible noise that real newsletters carry: non-breaking and narrow spaces, zero-width characters,
 * byte order marks and decomposed umlauts. Emoji variation selectors and joiners are kept, because they belong to
 * the emoji; {@link Emoji} knows how to read past them. Every code point XML 1.0 and HTML forbid
 * ({@link TextChars}: controls, unpaired surrogates, noncharacters such as U+FFFE) is dropped: they carry no text,
 * and one in a headline would make the Atom feed invalid XML.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    static String normalize(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (isClean(nfc)) {
            return nfc; // most lines: no copy char by char (profiled at 1.5 % of indexing)
        }
        return cleanEveryChar(nfc);
    }

    /** The cleaning itself, char by char, of an NFC text; {@link #normalize} skips it for text that is clean. */
    static String cleanEveryChar(String nfc) {
        StringBuilder out = new StringBuilder(nfc.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060') {
                continue; // zero-width space, BOM, soft hyphen, word joiner
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < nfc.length()
                        && Character.isLowSurrogate(nfc.charAt(i + 1))) {
                    char low = nfc.charAt(++i);
                    if (!TextChars.noncharacter(Character.toCodePoint(c, low))) {
                        out.append(c).append(low);
                        lastWasSpace = false;
                    }
                }
                continue; // an unpaired surrogate is no character at all
            }
            boolean space = c == ' '
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || c == '\u000B'
                    || c == '\u000C'
                    || c == '\u0085'
                    || c == '\u00A0'
                    || c == '\u202F'
                    || c == '\u2007'
                    || (c >= '\u2000' && c <= '\u200A')
                    || c == '\u3000';
            if (!space && (Character.isISOControl(c) || TextChars.noncharacter(c))) {
                continue; // C0 and C1 controls, DEL, U+FDD0–U+FDEF, U+FFFE, U+FFFF
            }
            if (space) {
                if (!lastWasSpace) {
                    out.append(' ');
                }
                lastWasSpace = true;
            } else {
                out.append(c);
                lastWasSpace = false;
            }
        }
        return out.toString().strip();
    }

    /**
     * Whether the loop of {@link #normalize} would return the text unchanged: single plain spaces, none at either
     * end, and no char that the loop drops or turns into a space or that {@code strip()} would remove at an end.
     */
    private static boolean isClean(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return n == 0;
        }
        boolean lastWasSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (lastWasSpace) {
                    return false;
                }
                lastWasSpace = true;
            } else if (isPlain(c)) {
                lastWasSpace = false;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Not a control char or noncharacter, not a space or line separator of any kind, not dropped, not half of a surrogate pair. */
    private static boolean isPlain(char c) {
        if (c < '\u007F') {
            return c > ' ';
        }
        if (c <= '\u00A0' || c == '\u00AD' || c == '\u1680' || Character.isSurrogate(c) || TextChars.noncharacter(c)) {
            return false;
        }
        return !(c >= '\u2000' && c <= '\u200B')
                && c != '\u2028'
                && c != '\u2029'
                && c != '\u202F'
                && c != '\u205F'
                && c != '\u2060'
                && c != '\u3000'
                && c != '\uFEFF';
    }
}
