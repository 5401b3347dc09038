package de.nachlese.ingest;

/** Reads the emoji a line starts with, including variation selectors, skin tones, ZWJ sequences and flags. */
final class Emoji {

    private static final int VARIATION_SELECTOR_16 = 0xFE0F;
    private static final int VARIATION_SELECTOR_15 = 0xFE0E;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int KEYCAP = 0x20E3;

    private Emoji() {}

    /** The leading emoji and the text after it, or an empty emoji when the line starts otherwise. */
    record Split(String emoji, String rest) {
        boolean hasEmoji() {
            return !emoji.isEmpty();
        }
    }

    static Split split(String line) {
        int end = leadingEmojiEnd(line);
        if (end == 0) {
            return new Split("", line);
        }
        return new Split(line.substring(0, end), line.substring(end).strip());
    }

    /** The emoji without variation selectors, so "🛠️" and "🛠" compare equal. */
    static String bare(String emoji) {
        return emoji.replace("\uFE0F", "").replace("\uFE0E", "");
    }

    private static int leadingEmojiEnd(String s) {
        int i = 0;
        if (s.isEmpty()) {
            return 0;
        }
        int cp = s.codePointAt(0);
        if (isRegionalIndicator(cp)) {
            int next = Character.charCount(cp);
            if (next < s.length() && isRegionalIndicator(s.codePointAt(next))) {
                return next + Character.charCount(s.codePointAt(next));
            }
            return 0;
        }
        if (!Character.isExtendedPictographic(cp) || cp < 0x00A9) {
            return 0;
        }
        i += Character.charCount(cp);
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c == VARIATION_SELECTOR_16
                    || c == VARIATION_SELECTOR_15
                    || c == KEYCAP
                    || Character.isEmojiModifier(c)) {
                i += Character.charCount(c);
            } else if (c == ZERO_WIDTH_JOINER
                    && i + 1 < s.length()
                    && Character.isExtendedPictographic(s.codePointAt(i + 1))) {
                i += 1 + Character.charCount(s.codePointAt(i + 1));
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
