package de.nachlese.search.browse;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.search.FacetValue;
import de.nachlese.search.ItemSearcher;
import java.io.IOException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Companies, people and topics as things to browse: every value of a dimension with its count, and the profile of
 * one value. Co-mention counts are plain drill-down counts (the items that mention the entity), unlike the search
 * page's sideways counts.
 */
public final class EntityDirectory {

    static final int RELATED_LIMIT = 10;
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
