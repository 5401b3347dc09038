package de.nachlese.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.tagging.Gazetteer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Meinten Sie": a misspelt name is corrected, a word of the index is left alone. */
class SpellerTest {

    private static TinyIndex index;
    private static Speller speller;

    @BeforeAll
    static void open() throws IOException {
        index = new TinyIndex();
        speller = new Speller(index.schema, new EntityNames(Gazetteer.bundled()));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Optional<String> correct(String query, String... words) throws IOException {
        return index.searcher.read(
                (searcher, schema) -> speller.correct(query, List.of(words), searcher.getIndexReader()));
    }

    @Test
    void misspeltNameIsCorrected() throws IOException {
        assertThat(correct("Nvdia Chips", "Nvdia", "Chips")).contains("Nvidia Chips");
    }

    @Test
    void knownWordIsLeftAlone() throws IOException {
        assertThat(correct("Chips", "Chips")).isEmpty();
        assertThat(correct("Rechenzentren", "Rechenzentren")).isEmpty();
    }

    @Test
    void editDistance() {
        assertThat(Speller.edits("nvdia", "nvidia")).isEqualTo(1);
        assertThat(Speller.edits("zuckerburg", "zuckerberg")).isEqualTo(1);
        assertThat(Speller.edits("musk", "musk")).isZero();
    }

    @Test
    void wordsLongerThanAnyMisspellingAreNotCorrected() throws IOException {
        String nearlyNvidia = "Nvdia" + "a".repeat(Speller.MAX_WORD_CHARS);
        assertThat(correct(nearlyNvidia, nearlyNvidia)).isEmpty();
        assertThat(correct("M".repeat(500), "M".repeat(500))).isEmpty();
    }
}
