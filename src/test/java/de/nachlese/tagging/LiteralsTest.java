package de.nachlese.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void reportsOverlappingOccurrencesByEndPosition() {
        Literals literals = new Literals(List.of("he", "she", "his", "hers"), false);
        List<String> hits = new ArrayList<>();
        literals.scan("ushers", (literal, start) -> hits.add(literal + "@" + start));

        assertThat(hits).containsExactly("1@1", "0@2", "3@2");
    }

    @Test
    void caseSensitiveUnlessFolding() {
        assertThat(starts(new Literals(List.of("Meta"), false), "META Meta meta"))
                .containsExactly(5);
        assertThat(starts(new Literals(List.of("Meta"), true), "META Meta meta"))
                .containsExactly(0, 5, 10);
    }

    @Test
    void countsEveryOccurrenceOfARepeatedLiteral() {
        Literals literals = new Literals(List.of("KI", "KI-"), false);
        Literals.Occurrences found = literals.find("KI-Modelle, KI, KI-Chips");

        assertThat(found.count(0)).isEqualTo(3);
        assertThat(found.count(1)).isEqualTo(2);
        assertThat(List.of(found.start(1, 0), found.start(1, 1))).containsExactly(0, 16);
    }

    /**
     * The prefilter's promise: wherever a case-insensitive Unicode regex of a literal matches, the folded scan finds
     * the literal, including the chars whose case mapping is odd (long s, Kelvin sign, dotted capital I, sharp s).
     */
    @Test
    void foldedScanFindsEveryCaseInsensitiveRegexMatch() {
        String alphabet = "aAbBsSſkKKiIİıßẞäÄoO -";
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v < 4; v++) {
                values.add(randomText(random, alphabet, 1 + random.nextInt(3)));
            }
            String text = randomText(random, alphabet, 40);
            Literals literals = new Literals(values, true);
            Literals.Occurrences found = literals.find(text);
            for (int v = 0; v < values.size(); v++) {
                Matcher regex = Pattern.compile(
                                Pattern.quote(values.get(v)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(text)
                        .useTransparentBounds(true);
                TreeSet<Integer> expected = new TreeSet<>();
                for (int start = 0; start < text.length(); start++) {
                    if (regex.region(start, text.length()).lookingAt()) {
                        expected.add(start);
                    }
                }
                TreeSet<Integer> actual = new TreeSet<>();
                for (int k = 0; k < found.count(v); k++) {
                    actual.add(found.start(v, k));
                }
                assertThat(actual).as("'%s' in '%s'", values.get(v), text).containsAll(expected);
            }
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static List<Integer> starts(Literals literals, String text) {
        List<Integer> starts = new ArrayList<>();
        literals.scan(text, (literal, start) -> starts.add(start));
        return starts;
    }
}
