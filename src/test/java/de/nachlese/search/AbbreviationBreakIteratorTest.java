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
