package de.nachlese.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tag lists are de-duplicated in first-mention order, without blanks, and cannot be changed afterwards. */
class TagsTest {

    @Test
    void aCleanListIsKeptAsItIs() {
        Tags tags = new Tags(List.of("Nvidia", "AMD"), List.of("Lisa Su"), List.of());
        assertThat(tags.companies()).containsExactly("Nvidia", "AMD");
        assertThat(tags.people()).containsExactly("Lisa Su");
        assertThat(tags.topics()).isEmpty();
        assertThatThrownBy(() -> tags.companies().add("Intel")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void duplicatesAndBlanksAreDroppedInFirstMentionOrder() {
        Tags tags =
                new Tags(Arrays.asList("Nvidia", " ", "AMD", null, "Nvidia", ""), List.of("Lisa Su", "Lisa Su"), null);
        assertThat(tags.companies()).containsExactly("Nvidia", "AMD");
        assertThat(tags.people()).containsExactly("Lisa Su");
        assertThat(tags.topics()).isEmpty();
    }

    @Test
    void longListsAreDeduplicatedToo() {
        List<String> many = new ArrayList<>(
                IntStream.range(0, 40).mapToObj(i -> "Firma " + i).toList());
        many.add("Firma 3");
        Tags tags = new Tags(many, List.of(), List.of());
        assertThat(tags.companies())
                .hasSize(40)
                .startsWith("Firma 0", "Firma 1")
                .endsWith("Firma 39");
    }

    @Test
    void aChangeToTheGivenListDoesNotReachTheTags() {
        List<String> given = new ArrayList<>(List.of("Nvidia"));
        Tags tags = new Tags(given, List.of(), List.of());
        given.add("AMD");
        assertThat(tags.companies()).containsExactly("Nvidia");
    }
}
