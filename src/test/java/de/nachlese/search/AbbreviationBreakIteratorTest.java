package de.nachlese.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AbbreviationBreakIteratorTest {

    @Test
    void sentencesEndAtFullStopsButNotAfterAbbreviationsOrOrdinals() {
        String text =
                "SoftBank zahlt bis zu 30 Mrd. Dollar. Andere, z. B. Oracle, zahlen ca. 5 Mio. Euro am 1. Juli. Dr. Son lacht.";
        assertThat(sentences(text))
                .containsExactly(
                        "SoftBank zahlt bis zu 30 Mrd. Dollar. ",
                        "Andere, z. B. Oracle, zahlen ca. 5 Mio. Euro am 1. Juli. ",
                        "Dr. Son lacht.");
    }

    @Test
    void followingAndPrecedingSkipTheSameBoundaries() {
        String text = "Es sind 30 Mrd. Dollar. Dann kommt mehr.";
        BreakIterator it = new AbbreviationBreakIterator(
                BreakIterator.getSentenceInstance(Locale.ROOT), AbbreviationBreakIterator.GERMAN);
        it.setText(text);
        assertThat(it.following(text.indexOf("Mrd"))).isEqualTo(text.indexOf("Dann"));
        assertThat(it.preceding(text.indexOf("Dollar"))).isZero();
        assertThat(it.preceding(text.indexOf("mehr"))).isEqualTo(text.indexOf("Dann"));
    }

    /**
     * The boundaries kept from one forward pass answer every question as the JDK's sentence iterator does when asked
     * directly and stepped past the suppressed boundaries: for every offset, in any order.
     */
    @Test
    void answersAsTheJdkIteratorSteppedPastSuppressedBoundaries() {
        for (String text : List.of(
                "",
                "Kein Punkt",
                "Ein Satz. ",
                "SoftBank zahlt bis zu 30 Mrd. Dollar. Andere, z. B. Oracle, zahlen ca. 5 Mio. Euro am 1. Juli. Dr. Son lacht.",
                "Am 3. März. Dann u. a. die Zahlen! Und? Nr. 5 folgt.  Zwei Leerzeichen. Ende.")) {
            AbbreviationBreakIterator it = new AbbreviationBreakIterator(
                    BreakIterator.getSentenceInstance(Locale.ROOT), AbbreviationBreakIterator.GERMAN);
            BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
            jdk.setText(text);
            it.setText(text);
            for (int offset = text.length(); offset >= 0; offset--) {
                int expected = jdk.following(offset);
                while (expected != BreakIterator.DONE && it.suppressed(expected)) {
                    expected = jdk.next();
                }
                assertThat(it.following(offset))
                        .as("following(%d) in %s", offset, text)
                        .isEqualTo(expected);
                assertThat(it.current()).isEqualTo(jdk.current());
            }
            for (int offset = 0; offset <= text.length(); offset++) {
                int expected = jdk.preceding(offset);
                while (expected != BreakIterator.DONE && it.suppressed(expected)) {
                    expected = jdk.previous();
                }
                assertThat(it.preceding(offset))
                        .as("preceding(%d) in %s", offset, text)
                        .isEqualTo(expected);
                assertThat(it.current()).isEqualTo(jdk.current());
                assertThat(it.next()).as("next after preceding(%d)", offset).isEqualTo(nextKept(jdk, it));
            }
            assertThat(it.last()).isEqualTo(text.length());
            assertThat(it.first()).isZero();
        }
    }

    private static int nextKept(BreakIterator jdk, AbbreviationBreakIterator it) {
        int boundary = jdk.next();
        while (boundary != BreakIterator.DONE && it.suppressed(boundary)) {
            boundary = jdk.next();
        }
        return boundary;
    }

    private static List<String> sentences(String text) {
        BreakIterator it = new AbbreviationBreakIterator(
                BreakIterator.getSentenceInstance(Locale.ROOT), AbbreviationBreakIterator.GERMAN);
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }
}
