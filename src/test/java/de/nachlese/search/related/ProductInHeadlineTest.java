package de.nachlese.search.related;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.IsoWeek;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which earlier headline names a product the draft item shares with it: as a word of its own, not inside one. */
class ProductInHeadlineTest {

    private static Item draft(String... products) {
        return new Item(
                "draft-1",
                1,
                ItemType.NEWS,
                "",
                "Pentagon verteilt Aufträge",
                "",
                List.of(),
                new Tags(List.of("xAI"), List.of(), List.of(), List.of(products), List.of()));
    }

    private static StoredItem earlier(String headline, String... products) {
        Item item = new Item(
                "test-1",
                1,
                ItemType.NEWS,
                "",
                headline,
                "",
                List.of(),
                new Tags(List.of(), List.of(), List.of(), List.of(products), List.of()));
        return new StoredItem(
                item, "test-2025-w28", "KW 28", "Test", IsoWeek.parse("2025-W28"), LocalDate.of(2025, 7, 7));
    }

    @Test
    void theHeadlineMustNameASharedProductAsAWordOfItsOwn() {
        assertThat(BeatNames.productInHeadline(draft("Grok"), earlier("Grok entgleist mit Posts", "Grok")))
                .isTrue();
        assertThat(BeatNames.productInHeadline(draft("Grok"), earlier("Der Grok-Skandal wächst", "Grok")))
                .isTrue();
        // a product the headline holds only inside a longer word, or one the draft item does not share
        assertThat(BeatNames.productInHeadline(draft("Llama"), earlier("Meta lädt zur LlamaCon", "Llama")))
                .isFalse();
        assertThat(BeatNames.productInHeadline(draft("Grok"), earlier("xAI sammelt Geld", "Grok")))
                .isFalse();
        assertThat(BeatNames.productInHeadline(draft(), earlier("Grok entgleist mit Posts", "Grok")))
                .isFalse();
    }
}
