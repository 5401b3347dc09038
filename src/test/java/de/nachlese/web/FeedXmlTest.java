package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import de.nachlese.DemoServerTest;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import de.nachlese.search.Hit;
import de.nachlese.search.QueryNotes;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Atom feed stays valid XML whatever the index or the query holds: an item indexed before ingest dropped
 * noncharacters (U+FFFE in its headline) and a query with control characters are written without them.
 * Runs in the demo server's context only because the feed's titles come from its message bundle.
 */
@DemoServerTest
class FeedXmlTest {

    @Test
    void forbiddenCodePointsInTheIndexOrTheQueryNeverBreakTheFeed() throws Exception {
        Item item = new Item(
                "testbrief-2025-w03-kaputt",
                1,
                ItemType.NEWS,
                "",
                "Kaputt\uFFFE Schlagzeile\u0007",
                "Text mit \uFFFF und \u001B und \uFDD0.",
                List.of(),
                new Tags(List.of("Firma\uFFFE"), List.of(), List.of("KI")));
        StoredItem stored = new StoredItem(
                item,
                "testbrief-2025-w03",
                "KW3",
                "Test\u0000brief",
                IsoWeek.parse("2025-W03"),
                LocalDate.of(2025, 1, 13));
        SearchRequest request =
                SearchRequest.builder().query("\u0000Musk\uFFFE\u001B").build();
        SearchPage page = new SearchPage(
                request,
                1,
                List.of(new Hit(stored, "", "")),
                Map.of(),
                List.of(),
                new QueryNotes(null, null, false, List.of()));

        String xml = FeedController.render(page, "http://localhost:8080");

        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getTitle()).isEqualTo("Nachlese: „Musk“");
        assertThat(feed.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getTitle()).isEqualTo("Kaputt Schlagzeile");
            assertThat(entry.getAuthor()).isEqualTo("Testbrief");
            assertThat(entry.getDescription().getValue()).isEqualTo("Text mit  und  und .");
            assertThat(entry.getCategories()).extracting(c -> c.getName()).containsExactly("Firma", "KI");
        });
    }
}
