package de.nachlese.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An item id is a lower-case slug: letters a-z, digits and hyphens, not starting with a hyphen. */
class ItemTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "w21-kopf", "2025-w05-nvidia-1", "a--b-"})
    void acceptsSlugs(String id) {
        assertThat(item(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "A", "w21_kopf", "w21 kopf", "über", "w21-Kopf"})
    void rejectsEverythingElse(String id) {
        assertThatThrownBy(() -> item(id)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Item item(String id) {
        return new Item(id, 1, ItemType.NEWS, "", "Kopf", "Text", List.of(), Tags.NONE);
    }
}
