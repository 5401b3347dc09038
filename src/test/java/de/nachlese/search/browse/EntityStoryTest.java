package de.nachlese.search.browse;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import de.nachlese.search.ItemSearcher;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An entity told as a story, on four hand-written issues about a data-centre project and a share price. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityStoryTest {

    private static final Tags PROJECT = new Tags(List.of("Oracle", "OpenAI"), List.of(), List.of("KI"));

    private ItemIndexer indexer;
    private ItemSearcher searcher;
    private EntityDirectory directory;

    @BeforeAll
    void index() throws IOException {
        IndexSchema schema = new IndexSchema();
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        indexer.upsert(issue(
                "w03",
                LocalDate.of(2025, 1, 13),
                item(
                        "w03-bau",
                        1,
                        ItemType.LEAD,
                        "Oracle baut ein Stargate-Rechenzentrum in Abilene",
                        "Oracle und OpenAI errichten in Abilene ein Stargate-Rechenzentrum für Sprachmodelle.",
                        PROJECT),
                item(
                        "w03-chips",
                        2,
                        ItemType.NEWS,
                        "Nvidia liefert neue Chips",
                        "Nvidia verkauft mehr Grafikkarten an Cloud-Anbieter.",
                        new Tags(List.of("Nvidia"), List.of(), List.of()))));
        indexer.upsert(issue(
                "w05",
                LocalDate.of(2025, 1, 27),
                item(
                        "w05-brille",
                        1,
                        ItemType.LEAD,
                        "Apple zeigt eine neue Brille",
                        "Apple stellt eine leichtere Brille für gemischte Realität vor.",
                        new Tags(List.of("Apple"), List.of(), List.of())),
                item(
                        "w05-hallen",
                        2,
                        ItemType.NEWS,
                        "Stargate wächst in Abilene",
                        "Das Stargate-Rechenzentrum von Oracle und OpenAI in Abilene bekommt zwei weitere Hallen.",
                        PROJECT)));
        indexer.upsert(issue(
                "w08",
                LocalDate.of(2025, 2, 17),
                item(
                        "w08-plaene",
                        1,
                        ItemType.LEAD,
                        "Oracle verdoppelt die Stargate-Pläne",
                        "Oracle und OpenAI verdoppeln das Stargate-Rechenzentrum in Abilene.",
                        PROJECT)));
        indexer.upsert(issue(
                "w10",
                LocalDate.of(2025, 3, 3),
                item(
                        "w10-aktie",
                        1,
                        ItemType.NEWS,
                        "Die Oracle-Aktie steigt",
                        "Die Aktie von Oracle steigt nach den Quartalszahlen deutlich.",
                        new Tags(List.of("Oracle"), List.of(), List.of("Börse")))));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
        directory = new EntityDirectory(searcher);
    }

    @AfterAll
    void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    @Test
    void storyHasFirstAndLatestMentionLeadsAndThreads() throws IOException {
        EntityStory story = directory.story(Facet.COMPANY, "Oracle").orElseThrow();
        assertThat(story.profile().mentions()).isEqualTo(4);
        assertThat(story.first().item().id()).isEqualTo("w03-bau");
        assertThat(story.latest().item().id()).isEqualTo("w10-aktie");
        assertThat(ids(story.leads())).containsExactly("w08-plaene", "w03-bau");
        assertThat(story.threads()).hasSize(1);
        StoryThread thread = story.threads().getFirst();
        assertThat(ids(thread.items())).containsExactly("w03-bau", "w05-hallen", "w08-plaene");
        assertThat(thread.first().week()).isEqualTo(IsoWeek.parse("2025-W03"));
        assertThat(thread.last().week()).isEqualTo(IsoWeek.parse("2025-W08"));
    }

    @Test
    void anEntityOfOneItemHasNoLeadsAndNoThreads() throws IOException {
        EntityStory story = directory.story(Facet.COMPANY, "Nvidia").orElseThrow();
        assertThat(story.first()).isEqualTo(story.latest());
        assertThat(story.leads()).isEmpty();
        assertThat(story.threads()).isEmpty();
    }

    @Test
    void unknownEntityHasNoStory() throws IOException {
        assertThat(directory.story(Facet.COMPANY, "Niemand")).isEmpty();
    }

    private static List<String> ids(List<StoredItem> items) {
        return items.stream().map(s -> s.item().id()).toList();
    }

    private static Issue issue(String week, LocalDate date, Item... items) {
        return new Issue(
                "test-" + week,
                "Testbrief",
                "Titel " + week,
                IsoWeek.of(date),
                date,
                "memory",
                Map.of(),
                List.of(items));
    }

    private static Item item(String id, int position, ItemType type, String headline, String body, Tags tags) {
        return new Item(id, position, type, "", headline, body, List.of(new Source("WSJ", null)), tags);
    }
}
