package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertThat(TextNormalizer.normalize(" Doppel  \u00A0leer\u200Bzeichen\t"))
                .isEqualTo("Doppel leerzeichen");
        assertThat(TextNormalizer.normalize("„Zitat“ – Gedankenstrich…")).isEqualTo("„Zitat“ – Gedankenstrich…");
        assertThat(TextNormalizer.normalize("Mu\u0308nchen")).isEqualTo("München");
    }

    @Test
    void noncharactersAreDroppedLikeControls() {
        assertThat(TextNormalizer.normalize("Schlagzeile\uFFFE mit\uFFFF Nicht\uFDD0zeichen"))
                .isEqualTo("Schlagzeile mit Nichtzeichen");
        assertThat(TextNormalizer.normalize("Ebene 1: \uD83F\uDFFE, Ebene 16: \uDBFF\uDFFF."))
                .isEqualTo("Ebene 1: , Ebene 16: .");
        assertThat(TextNormalizer.normalize("\uFFFE")).isEmpty();
        assertThat(TextNormalizer.normalize("Emoji 😀 bleibt")).isEqualTo("Emoji 😀 bleibt");
    }

    /** The cleaning without the shortcut: every char looked at and copied. */
    private static String reference(String raw) {
        return TextNormalizer.cleanEveryChar(Normalizer.normalize(raw, Normalizer.Form.NFC));
    }
}
