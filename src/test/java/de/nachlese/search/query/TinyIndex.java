package de.nachlese.search.query;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import de.nachlese.search.ItemSearcher;
import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Two issues of four hand-written items, for the query tests. */
final class TinyIndex implements Closeable {

    static final int ITEMS = 4;

    final IndexSchema schema = new IndexSchema();
    final ItemIndexer indexer;
    final ItemSearcher searcher;

    TinyIndex() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        indexer.upsert(issue(
                "w03",
                LocalDate.of(2025, 1, 13),
                item(
                        "w03-chips",
                        1,
                        "Neue Exportregeln für Nvidia-Chips",
                        "Die Regierung begrenzt den Export von Chips nach China.",
                        new Tags(List.of("Nvidia"), List.of("Joe Biden"), List.of("Halbleiter"))),
                item(
                        "w03-musk",
                        2,
                        "Musk mischt sich ein",
                        "Elon Musk kommentiert auf X die Wahl in Deutschland.",
                        new Tags(List.of("X"), List.of("Elon Musk"), List.of("Politik & Regulierung")))));
        indexer.upsert(issue(
                "w04",
                LocalDate.of(2025, 1, 20),
                item(
                        "w04-stargate",
                        1,
                        "Stargate: 500 Milliarden für Rechenzentren",
                        "OpenAI, Oracle und SoftBank bauen Rechenzentren für künstliche Intelligenz.",
                        new Tags(List.of("OpenAI", "Oracle", "SoftBank"), List.of("Elon Musk"), List.of("KI"))),
                item(
                        "w04-chart",
                        2,
                        "Nvidia verliert an einem Tag",
                        "Der Kurs von Nvidia fällt nach DeepSeek deutlich.",
                        new Tags(List.of("Nvidia", "DeepSeek"), List.of(), List.of("Halbleiter", "KI")))));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @Override
    public void close() throws IOException {
        searcher.close();
        indexer.close();
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

    private static Item item(String id, int position, String headline, String body, Tags tags) {
        return new Item(id, position, ItemType.NEWS, "", headline, body, List.of(new Source("WSJ", null)), tags);
    }
}
