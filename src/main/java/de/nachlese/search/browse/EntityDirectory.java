package de.nachlese.search.browse;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import de.nachlese.search.FacetValue;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.related.RelatedFinder;
import java.io.IOException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * Companies, people and topics as things to browse: every value of a dimension with its count, and the profile of
 * one value, and that value told as a story. Co-mention counts are plain drill-down counts (the items that mention the entity), unlike the search
 * page's sideways counts.
 */
public final class EntityDirectory {

    static final int RELATED_LIMIT = 10;
    static final int LEAD_LIMIT = 5;
    static final int THREAD_LIMIT = 8;
    /**
     * The threads of an entity's newest items this many are looked up: each thread found for the first time is a
     * walk over the index, and an entity of a large archive has thousands of items.
     */
    static final int THREAD_SCAN = 60;

    private static final List<Facet> PROFILE_DIMENSIONS =
            List.of(Facet.COMPANY, Facet.PERSON, Facet.TOPIC, Facet.SOURCE);

    private final ItemSearcher searcher;

    public EntityDirectory(ItemSearcher searcher) {
        this.searcher = searcher;
    }

    /** Every value of the dimension with its item count, in German alphabetical order. */
    public List<FacetValue> all(Facet facet) throws IOException {
        return searcher.read((s, schema) -> {
            if (s.facetState() == null) {
                return List.of();
            }
            FacetResult result =
                    children(new SortedSetDocValuesFacetCounts(s.facetState()), schema, facet, Integer.MAX_VALUE);
            Collator german = Collator.getInstance(Locale.GERMAN);
            return values(result).stream()
                    .sorted(Comparator.comparing(FacetValue::value, german))
                    .toList();
        });
    }

    public Optional<EntityProfile> profile(Facet facet, String name) throws IOException {
        return searcher.read((s, schema) -> {
            if (s.facetState() == null) {
                return Optional.empty();
            }
            DrillDownQuery query = new DrillDownQuery(schema.facetsConfig(), MatchAllDocsQuery.INSTANCE);
            query.add(schema.dimension(facet), name);
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(s, query, 1, schema.oldestFirst(), new FacetsCollectorManager());
            if (result.topDocs().scoreDocs.length == 0) {
                return Optional.empty();
            }
            Facets counts = new SortedSetDocValuesFacetCounts(s.facetState(), result.facetsCollector());
            Map<Facet, List<FacetValue>> related = new EnumMap<>(Facet.class);
            for (Facet other : PROFILE_DIMENSIONS) {
                List<FacetValue> values = new ArrayList<>(values(children(counts, schema, other, RELATED_LIMIT + 1)));
                values.removeIf(v -> other == facet && v.value().equals(name));
                related.put(other, values.subList(0, Math.min(RELATED_LIMIT, values.size())));
            }
            List<FacetValue> weeks = new ArrayList<>(values(children(counts, schema, Facet.WEEK, Integer.MAX_VALUE)));
            weeks.sort(Comparator.comparing(FacetValue::value));
            long mentions =
                    counts.getSpecificValue(schema.dimension(facet), name).longValue();
            return Optional.of(new EntityProfile(
                    facet,
                    name,
                    mentions,
                    date(s, schema, result.topDocs()),
                    date(s, schema, s.search(query, 1, schema.newestFirst())),
                    related,
                    weeks));
        });
    }

    /** The entity as a story (see {@link EntityStory}); empty when the archive does not mention it. */
    public Optional<EntityStory> story(Facet facet, String name) throws IOException {
        Optional<EntityProfile> profile = profile(facet, name);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        return searcher.read((s, schema) -> {
            Query about = schema.tagQuery(facet, name);
            List<StoredItem> newest = items(s, schema, about, THREAD_SCAN, schema.newestFirst());
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            Query leads = new BooleanQuery.Builder()
                    .add(about, Occur.FILTER)
                    .add(schema.tagQuery(Facet.TYPE, ItemType.LEAD.id()), Occur.FILTER)
                    .build();
            return Optional.of(new EntityStory(
                    profile.get(),
                    items(s, schema, about, 1, schema.oldestFirst()).getFirst(),
                    newest.getFirst(),
                    items(s, schema, leads, LEAD_LIMIT, schema.newestFirst()),
                    threads(s, schema, newest)));
        });
    }

    /** The distinct story threads of the items, longest first, then the most recent. */
    private static List<StoryThread> threads(IndexSearcher s, IndexSchema schema, List<StoredItem> items)
            throws IOException {
        RelatedFinder finder = new RelatedFinder(schema);
        Map<String, StoryThread> byFirstItem = new LinkedHashMap<>();
        for (StoredItem item : items) {
            List<StoredItem> thread = finder.thread(s, item.item().id());
            if (thread.size() > 1) {
                byFirstItem.putIfAbsent(thread.getFirst().item().id(), new StoryThread(thread));
            }
        }
        return byFirstItem.values().stream()
                .sorted(Comparator.comparingInt(StoryThread::size)
                        .reversed()
                        .thenComparing(t -> t.last().date(), Comparator.reverseOrder()))
                .limit(THREAD_LIMIT)
                .toList();
    }

    private static List<StoredItem> items(IndexSearcher s, IndexSchema schema, Query query, int limit, Sort sort)
            throws IOException {
        StoredFields stored = s.storedFields();
        List<StoredItem> items = new ArrayList<>();
        for (ScoreDoc doc : s.search(query, limit, sort).scoreDocs) {
            items.add(schema.storedItem(stored, doc.doc));
        }
        return items;
    }

    private static LocalDate date(IndexSearcher searcher, IndexSchema schema, TopDocs top) throws IOException {
        return schema.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc))
                .date();
    }

    private static FacetResult children(Facets facets, IndexSchema schema, Facet facet, int limit) throws IOException {
        try {
            return limit == Integer.MAX_VALUE
                    ? facets.getAllChildren(schema.dimension(facet))
                    : facets.getTopChildren(limit, schema.dimension(facet));
        } catch (IllegalArgumentException dimensionNotInIndex) {
            return null;
        }
    }

    private static List<FacetValue> values(FacetResult result) {
        if (result == null) {
            return List.of();
        }
        List<FacetValue> values = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue lv : result.labelValues) {
            values.add(new FacetValue(lv.label, lv.value.longValue(), false));
        }
        return values;
    }
}
