package de.nachlese.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text without mojibake. Valid UTF-8 (with or without BOM) is read as UTF-8 whatever a header claims,
 * because Latin-1 text with umlauts is practically never valid UTF-8, while mislabelled UTF-8 is common. Otherwise
 * the declared charset (e-mail header, HTML meta tag) is used, and without one windows-1252, the superset of
 * ISO-8859-1 that old mail and web pages really use.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** A UTF-8 sequence whose bytes were read as windows-1252: "Ã¤" for "ä", "â€“" for "–". */
    private static final String CONTINUATION = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021"
            + "\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122"
            + "\\u0161\\u203A\\u0153\\u017E\\u0178]";

    private static final Pattern CONTINUATION_PATTERN = Pattern.compile(CONTINUATION);
    private static final Pattern MOJIBAKE = Pattern.compile("[\\u00C2-\\u00DF]" + CONTINUATION + "|[\\u00E0-\\u00EF]"
            + CONTINUATION + "{2}|[\\u00F0-\\u00F4]" + CONTINUATION + "{3}");

    private TextDecoder() {}

    static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /** @param declared the charset named by a header or meta tag, or null */
    static String decode(byte[] bytes, String declared) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, offset, bytes.length - offset, fallback(declared));
        }
    }

    /** The charset an HTML page declares in its first bytes, if any. */
    static Optional<String> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Charset fallback(String declared) {
        if (declared == null) {
            return WINDOWS_1252;
        }
        String name = declared.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1")
                || name.equals("latin1")
                || name.equals("us-ascii")
                || name.equals("ascii")
                || name.startsWith("utf")) {
            return WINDOWS_1252; // ISO-8859-1 labels usually hide windows-1252; invalid "UTF-8" is mislabelled
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return WINDOWS_1252;
        }
    }

    /** Text with double-decoded UTF-8 sequences put right, and how many were repaired. */
    record Repaired(String text, int repairs) {}

    static Repaired repairMojibake(String text) {
        if (!mayHoldMojibake(text)) {
            return new Repaired(text, 0);
        }
        Matcher m = MOJIBAKE.matcher(text);
        if (!m.find()) {
            return new Repaired(text, 0);
        }
        m.reset();
        StringBuilder out = new StringBuilder(text.length());
        int repairs = 0;
        while (m.find()) {
            String fixed = asUtf8(m.group());
            if (fixed != null) {
                repairs++;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(fixed == null ? m.group() : fixed));
        }
        m.appendTail(out);
        return new Repaired(out.toString(), repairs);
    }

    /**
     * Whether a lead char of a misread UTF-8 sequence (U+00C2 to U+00F4) is followed by a char of the continuation
     * class: every match of {@link #MOJIBAKE} starts so. One pass over the chars, far cheaper than the pattern on the
     * ordinary German text ("ä", "ß") that has lead chars but no continuation after them.
     */
    private static boolean mayHoldMojibake(String text) {
        for (int i = 0, last = text.length() - 1; i < last; i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4' && isContinuation(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContinuation(char c) {
        return (c >= '\u0080' && c <= '\u00BF')
                || (c > '\u00FF'
                        && CONTINUATION_PATTERN.matcher(String.valueOf(c)).matches());
    }

    private static String asUtf8(String misread) {
        byte[] bytes = new byte[misread.length()];
        for (int i = 0; i < misread.length(); i++) {
            char c = misread.charAt(i);
            // the five bytes windows-1252 leaves undefined are read as the C1 controls of the same number
            bytes[i] = c >= 0x80 && c <= 0x9F
                    ? (byte) c
                    : misread.substring(i, i + 1).getBytes(WINDOWS_1252)[0];
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
