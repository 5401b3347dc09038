package de.nachlese.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reader's document frequencies are looked up once per word, and the memory is bounded. */
class WordDocsTest {

    @Test
    void aWordIsLookedUpOnceAndTheMemoryStartsAgainWhenFull() {
        WordDocs docs = new WordDocs();
        List<String> asked = new ArrayList<>();
        assertThat(docs.of("Nvidia", w -> {
                    asked.add(w);
                    return 7;
                }))
                .isEqualTo(7);
        assertThat(docs.of("Nvidia", w -> {
                    asked.add(w);
                    return -1;
                }))
                .isEqualTo(7);
        assertThat(asked).containsExactly("Nvidia");
        for (int i = 1; i < WordDocs.MAX_WORDS; i++) {
            docs.of("w" + i, w -> 1);
        }
        // full: the next new word clears the memory, so "Nvidia" is asked again
        docs.of("neu", w -> 2);
        assertThat(docs.of("Nvidia", w -> {
                    asked.add(w);
                    return 8;
                }))
                .isEqualTo(8);
        assertThat(asked).containsExactly("Nvidia", "Nvidia");
    }
}
