package de.nachlese.search;

import de.nachlese.index.Facet;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.StoredItem;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Suggestions for the search box from the names in the index (companies, people, topics) and the headlines. A
 * suggestion matches when its text starts with what was typed (prefix) or one of its words does (infix, e.g.
 * "musk" finds "Elon Musk"). Names come before headlines, and within each, prefix matches before infix matches;
 * frequent names first, newer headlines first. Matching ignores case and umlauts. Built once per index reader.
 */
final class Autocomplete {

    static final int MAX_LIMIT = 20;
    private static final List<Facet> NAME_FACETS = List.of(Facet.COMPANY, Facet.PERSON, Facet.TOPIC);

    private record Entry(Completion completion, String key, int order) {
    }

    private final List<Entry> entries;

    private Autocomplete(List<Entry> entries) {
        this.entries = entries;
    }

    static Autocomplete of(FacetedSearcher searcher, IndexSchema schema) {
        List<Entry> entries = new ArrayList<>();
        int order = 0;
        Map<Facet, Map<String, Long>> values = searcher.allValues(schema::dimension);
        for (Facet facet : NAME_FACETS) {
            for (Map.Entry<String, Long> value : values.get(facet).entrySet()) {
                entries.add(new Entry(new Completion(facet, value.getKey(), null, value.getValue()),
                        Normalized.key(value.getKey()), order++));
            }
        }
        entries.sort(Comparator.comparingLong((Entry e) -> -e.completion().count()).thenComparing(Entry::key));
        try {
            TopDocs all = searcher.search(MatchAllDocsQuery.INSTANCE, Math.max(1, searcher.getIndexReader().maxDoc()),
                    schema.newestFirst());
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc doc : all.scoreDocs) {
                StoredItem item = schema.fromDocument(stored.document(doc.doc));
                entries.add(new Entry(new Completion(null, item.item().headline(), item.item().id(), 1),
                        Normalized.key(item.item().headline()), order++));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the headlines for autocomplete", e);
        }
        return new Autocomplete(List.copyOf(entries));
    }

    List<Completion> complete(String typed, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        String key = typed == null ? "" : Normalized.key(typed);
        if (key.isEmpty()) {
            return List.of();
        }
        // four tiers: name prefix, name infix, headline prefix, headline infix
        List<List<Completion>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Entry entry : entries) {
            int base = entry.completion().facet() == null ? 2 : 0;
            if (tiers.get(base).size() >= limit) {
                continue;
            }
            if (entry.key().startsWith(key)) {
                tiers.get(base).add(entry.completion());
            } else if (tiers.get(base + 1).size() < limit && wordStartsWith(entry.key(), key)) {
                tiers.get(base + 1).add(entry.completion());
            }
        }
        List<Completion> out = new ArrayList<>(limit);
        for (List<Completion> tier : tiers) {
            for (Completion c : tier) {
                if (out.size() < limit) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean wordStartsWith(String text, String key) {
        int from = 0;
        while ((from = text.indexOf(key, from)) > 0) {
            if (!Character.isLetterOrDigit(text.charAt(from - 1))) {
                return true;
            }
            from++;
        }
        return false;
    }
}
