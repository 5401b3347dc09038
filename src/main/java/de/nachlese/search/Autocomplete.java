package de.nachlese.search;

import de.nachlese.index.Facet;
import de.nachlese.index.IndexSchema;
import org.apache.lucene.document.Document;
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
 * suggestion matches when its text starts with what was typed (prefix), one of its words does ("musk" finds "Elon
 * Musk"), or, from three letters on, a word contains it ("lücke" finds "Sicherheitslücke"). Names come before
 * headlines, and within each, prefix matches before word matches before inner matches;
 * frequent names first, newer headlines first (the newest {@value #MAX_HEADLINES}). Matching ignores case and umlauts.
 * Built once per index reader.
 */
final class Autocomplete {

    static final int MAX_LIMIT = 20;
    /**
     * Headlines offered: the newest this many. Reading every headline made the first completion on a million-item
     * index take over 30 s and hold them all in memory; old headlines are rarely what someone is typing towards.
     */
    static final int MAX_HEADLINES = 10_000;
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
            TopDocs all = searcher.search(MatchAllDocsQuery.INSTANCE,
                    Math.max(1, Math.min(MAX_HEADLINES, searcher.getIndexReader().maxDoc())), schema.newestFirst());
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc doc : all.scoreDocs) {
                Document item = stored.document(doc.doc, schema.headlineFields());
                String headline = schema.headline(item);
                entries.add(new Entry(new Completion(null, headline, schema.id(item), 1), Normalized.key(headline),
                        order++));
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
        // six tiers, names before headlines: prefix, then a word inside starting so, then (from three letters on)
        // anywhere inside a word, which reaches the second half of German compounds ("lücke" → "Sicherheitslücke")
        List<List<Completion>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Entry entry : entries) {
            int tier = tier(entry.key(), key);
            if (tier >= 0) {
                List<Completion> list = tiers.get((entry.completion().facet() == null ? TIERS_PER_KIND : 0) + tier);
                if (list.size() < limit) {
                    list.add(entry.completion());
                }
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

    private static final int TIERS_PER_KIND = 3;
    static final int MIN_INNER_CHARS = 3;

    /** 0 prefix, 1 a word starts so, 2 inside a word, -1 no match. */
    private static int tier(String text, String key) {
        if (text.startsWith(key)) {
            return 0;
        }
        if (wordStartsWith(text, key)) {
            return 1;
        }
        return key.length() >= MIN_INNER_CHARS && text.contains(key) ? 2 : -1;
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
