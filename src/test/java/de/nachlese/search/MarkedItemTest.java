package de.nachlese.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.IsoWeek;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedItemTest {

    @Test
    void aMarkOverALineOrParagraphBreakIsClosedAndOpenedAgain() {
        MarkedItem marked = new MarkedItem(
                stored(),
                "Kopf",
                "Erst <mark>Stargate\nUAE</mark> und\n\n<mark>mehr</mark> &amp; <mark>Abu\n\nDhabi</mark>.",
                true);
        assertThat(marked.paragraphs())
                .containsExactly(
                        List.of("Erst <mark>Stargate</mark>", "<mark>UAE</mark> und"),
                        List.of("<mark>mehr</mark> &amp; <mark>Abu</mark>"),
                        List.of("<mark>Dhabi</mark>."));
    }

    private static StoredItem stored() {
        LocalDate date = LocalDate.of(2025, 5, 19);
        Item item = new Item("w21-kopf", 1, ItemType.NEWS, "", "Kopf", "Text", List.of(), Tags.NONE);
        return new StoredItem(item, "test-w21", "Titel", "Testbrief", IsoWeek.of(date), date);
    }
}
