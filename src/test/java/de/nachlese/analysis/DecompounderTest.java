package de.nachlese.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word cache turns its generations without changing a split, and stays bounded. */
class DecompounderTest {

    @Test
    void splitsStayTheSameWhileTheCacheTurnsItsGenerations() {
        assertThat(Decompounder.parts("sicherheitslücke")).containsExactly("sicherheits", "lücke");
        assertThat(Decompounder.parts("rechenzentrum")).containsExactly("rechen", "zentrum");
        assertThat(Decompounder.parts("apfel")).isEmpty(); // too short to be worth splitting
        int words = 3 * Decompounder.GENERATION_WORDS;
        for (int i = 0; i < words; i++) {
            String filler = "wort" + letters(i);
            assertThat(Decompounder.parts(filler)).doesNotContain(filler);
            if (i % 1000 == 0) {
                assertThat(Decompounder.parts("sicherheitslücke")).containsExactly("sicherheits", "lücke");
            }
        }
        assertThat(Decompounder.cachedWords()).isLessThanOrEqualTo(2 * Decompounder.GENERATION_WORDS);
        assertThat(Decompounder.parts("sicherheitslücke")).isEqualTo(List.of("sicherheits", "lücke"));
        assertThat(Decompounder.parts("rechenzentrum")).containsExactly("rechen", "zentrum");
    }

    /** A distinct run of letters for each number, e.g. "baaa" (words with digits are tokens of their own). */
    private static String letters(int n) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.append((char) ('a' + n % 26));
            n /= 26;
        }
        return word.toString();
    }
}
