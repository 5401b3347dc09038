package de.nachlese.ingest;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortcut for lines that need no cleaning returns exactly what the char-by-char cleaning returns. */
class TextNormalizerTest {

    @Test
    void everyCharInEveryPlaceIsCleanedAsBefore() {
        List<String> different = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String ch = String.valueOf((char) c);
            for (String text : new String[] {ch, "a" + ch + "b", "a " + ch + " b", "a" + ch + ch + "b"}) {
                if (!TextNormalizer.normalize(text).equals(reference(text))) {
                    different.add(String.format("U+%04X in \"%s\"", c, text));
                }
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void spacesAndInvisibleCharsAsWritten() {
        assertThat(TextNormalizer.normalize("Nvidia-Chef Jensen Huang")).isEqualTo("Nvidia-Chef Jensen Huang");
        assertThat(TextNormalizer.normalize(" Doppel  \u00A0leer\u200Bzeichen\t")).isEqualTo("Doppel leerzeichen");
        assertThat(TextNormalizer.normalize("„Zitat“ – Gedankenstrich…")).isEqualTo("„Zitat“ – Gedankenstrich…");
        assertThat(TextNormalizer.normalize("Mu\u0308nchen")).isEqualTo("München");
    }

    /** The cleaning as it was before the shortcut: every char looked at and copied. */
    private static String reference(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060') {
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < nfc.length() && Character.isLowSurrogate(nfc.charAt(i + 1))) {
                    out.append(c).append(nfc.charAt(++i));
                    lastWasSpace = false;
                }
                continue;
            }
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
                    || c == '\u0085' || c == '\u00A0' || c == '\u202F' || c == '\u2007'
                    || (c >= '\u2000' && c <= '\u200A') || c == '\u3000';
            if (!space && Character.isISOControl(c)) {
                continue;
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
}
