package de.nachlese.model;

/**
 * The code points XML 1.0 and HTML forbid in text, in one place: the ingest boundary drops them while reading, and
 * every serializer (the Atom feed, the calendar) drops them again, because an index written by an older version, or
 * a query string, may still carry one, and a single U+FFFE makes a whole feed invalid XML.
 *
 * <p>Forbidden: C0 controls except tab, line feed and carriage return; DEL and the C1 controls; unpaired
 * surrogates; the noncharacters U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF,
 * U+1FFFE, …, U+10FFFF).
 */
public final class TextChars {

    private TextChars() {}

    /** Whether a code point may stand in XML 1.0 and HTML text. A lone surrogate (as a code point) may not. */
    public static boolean allowed(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
        }
        if (codePoint >= 0x7F && codePoint <= 0x9F) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return false;
        }
        return !noncharacter(codePoint) && codePoint <= Character.MAX_CODE_POINT;
    }

    /** U+FDD0–U+FDEF and U+nFFFE/U+nFFFF of every plane: Unicode reserves them for a program's internal use. */
    public static boolean noncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** The text without the code points {@link #allowed} refuses; the same instance when there are none. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (allowed(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
