package de.nachlese.links;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.search.ItemSearcher;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A tiny in-memory archive for the draft-link tests: the issues are tagged with the bundled tagger and indexed, and
 * {@link #linker()} suggests links from it with its clock fixed on {@code today} (the draft date when a draft has
 * none). The builders make earlier issues of news items, numbered in order, with ids from their headlines.
 */
final class TinyLinkArchive implements AutoCloseable {

    private final ItemIndexer indexer;
    private final ItemSearcher searcher;
    private final DraftLinker linker;

    TinyLinkArchive(LocalDate today, Issue... issues) throws IOException {
        IndexSchema schema = new IndexSchema();
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        Tagger tagger = Tagger.bundled();
        for (Issue issue : issues) {
            indexer.upsert(tagger.tag(issue));
        }
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
        linker = new DraftLinker(
                new IssueReader(FormatProfile.GERMAN_WEEKLY),
                Tagger::bundled,
                searcher,
                schema,
                "/items/",
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    DraftLinker linker() {
        return linker;
    }

    @Override
    public void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    static Item item(String headline, String body) {
        return new Item("x", 1, ItemType.NEWS, "", headline, body, List.of(), null);
    }

    /**
     * The given items, then five news of an earlier week about other companies, so that a story's words are as rare
     * in the tiny archive as in a real one.
     */
    static Item[] otherNews(Item... story) {
        return followedBy(
                story,
                item("Tesla liefert weniger Autos aus", "Die Auslieferungen sinken in Europa deutlich."),
                item("Apple verkauft weniger iPhones", "In China verliert Apple Marktanteile."),
                item("Netflix hebt die Preise an", "Das Abo kostet in Deutschland zwei Euro mehr."),
                item("SAP wächst in der Cloud", "SAP verdient mehr mit Abos."),
                item("Intel sucht einen Chef", "Der Aufsichtsrat von Intel sucht nach einem Nachfolger."));
    }

    /** The given items, then five other news than {@link #otherNews}, for a second earlier week. */
    static Item[] moreOtherNews(Item... story) {
        return followedBy(
                story,
                item("Amazon baut Lager in Polen", "Amazon eröffnet zwei neue Logistikzentren."),
                item("Spotify erhöht die Abopreise", "Spotify verlangt einen Euro mehr im Monat."),
                item("Samsung baut Speicher aus", "Samsung investiert in neue Speicherfabriken."),
                item("Zalando wächst wieder", "Zalando verkauft mehr Mode als im Vorjahr."),
                item("Uber fährt Gewinn ein", "Uber verdient zum ersten Mal ein ganzes Jahr Geld."));
    }

    private static Item[] followedBy(Item[] story, Item... others) {
        List<Item> all = new ArrayList<>(List.of(story));
        all.addAll(List.of(others));
        return all.toArray(Item[]::new);
    }

    static Issue issue(LocalDate date, Item... items) {
        List<Item> numbered = new ArrayList<>();
        for (Item item : items) {
            String slug = item.headline()
                    .toLowerCase()
                    .replace("ä", "ae")
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("-$", "");
            numbered.add(new Item(
                    "test-" + IsoWeek.of(date).toString().toLowerCase() + "-" + slug,
                    numbered.size() + 1,
                    item.type(),
                    "",
                    item.headline(),
                    item.body(),
                    List.of(),
                    null));
        }
        return new Issue(
                "test-" + IsoWeek.of(date).toString().toLowerCase(),
                "Testbrief",
                "Ausgabe " + date,
                IsoWeek.of(date),
                date,
                "memory",
                Map.of(),
                numbered);
    }
}
