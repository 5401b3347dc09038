package de.nachlese.search.suggest;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.search.Normalized;
import de.nachlese.search.facet.FacetedSearcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Suggestions for the search box from the names in the index (companies, people, topics) and the headlines. A
 * suggestion matches when its text starts with what was typed (prefix), one of its words does ("musk" finds "Elon
 * Musk"), or, from three letters on, a word contains it ("lücke" finds "Sicherheitslücke"). Names come before
 * headlines, and within each, prefix matches before word matches before inner matches;
 * frequent names first, newer headlines first (the newest {@value #MAX_HEADLINES}). Matching ignores case and umlauts.
 * Built once per index reader, with a small n-gram index over the keys: one or two typed letters look up the entries
 * with a word starting so, three or more the entries holding the rarest of the typed text's three-letter sequences;
 * only those candidates are checked, in priority order, and the scan stops once the answer can no longer change.
 * Without the index every keystroke (and every search page) compared the text against each of 10,000 headlines.
 */
public final class Autocomplete {

    static final int MAX_LIMIT = 20;
    /**
     * Headlines offered: the newest this many. Reading every headline made the first completion on a million-item
     * index take over 30 s and hold them all in memory; old headlines are rarely what someone is typing towards.
     */
    static final int MAX_HEADLINES = 10_000;

    private static final List<Facet> NAME_FACETS = List.of(Facet.COMPANY, Facet.PERSON, Facet.TOPIC);

    private record Entry(Completion completion, String key) {}

    private final List<Entry> entries;
    /** Entries {@code [0, names)} are names, the rest headlines. */
    private final int names;
    /** Gram (see {@link #gram}) → the entries holding it, ascending. */
    private final Map<Long, int[]> grams;

    /**
     * @param names     the names, in the order they are offered
     * @param headlines the headlines, in the order they are offered
     */
    Autocomplete(List<Completion> names, List<Completion> headlines) {
        List<Entry> entries = new ArrayList<>(names.size() + headlines.size());
        names.forEach(c -> entries.add(new Entry(c, Normalized.key(c.label()))));
        headlines.forEach(c -> entries.add(new Entry(c, Normalized.key(c.label()))));
        this.entries = List.copyOf(entries);
        this.names = names.size();
        this.grams = index(this.entries);
    }

    /** The index's names, most frequent first, and its newest headlines. */
    /** Suggestions from the reader's entries, which are collected on the first call per reader. */
    public static List<Completion> complete(FacetedSearcher searcher, IndexSchema schema, String typed, int limit) {
        return searcher.perReader(Autocomplete.class, s -> of(s, schema)).complete(typed, limit);
    }

    static Autocomplete of(FacetedSearcher searcher, IndexSchema schema) {
        List<Completion> names = new ArrayList<>();
        Map<Facet, Map<String, Long>> values = searcher.allValues(schema::dimension);
        for (Facet facet : NAME_FACETS) {
            for (Map.Entry<String, Long> value : values.get(facet).entrySet()) {
                names.add(new Completion(facet, value.getKey(), null, value.getValue()));
            }
        }
        names.sort(
                Comparator.comparingLong(Completion::count).reversed().thenComparing(c -> Normalized.key(c.label())));
        List<Completion> headlines = new ArrayList<>();
        try {
            TopDocs newest = searcher.search(
                    MatchAllDocsQuery.INSTANCE,
                    Math.max(
                            1, Math.min(MAX_HEADLINES, searcher.getIndexReader().maxDoc())),
                    schema.newestFirst());
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc doc : newest.scoreDocs) {
                Document headline = stored.document(doc.doc, schema.headlineFields());
                headlines.add(new Completion(null, schema.headline(headline), schema.id(headline), 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the headlines for autocomplete", e);
        }
        return new Autocomplete(names, headlines);
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
        List<List<Completion>> tiers = List.of(
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>());
        // every match holds the candidates' gram: a prefix or word start its first letters, an inside match every
        // three-letter sequence of it; candidates come in priority order, as a scan of all entries would meet them
        for (int i : candidates(key)) {
            if (settled(tiers, i, limit)) {
                break;
            }
            Entry entry = entries.get(i);
            int tier = tier(entry.key(), key);
            if (tier >= 0) {
                List<Completion> list = tiers.get((i >= names ? TIERS_PER_KIND : 0) + tier);
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

    /**
     * Whether entry {@code i} and all after it can no longer change the answer: the names' prefix tier is full, or
     * (among the headlines) the names and the headlines' prefix tier fill it.
     */
    private boolean settled(List<List<Completion>> tiers, int i, int limit) {
        if (tiers.get(0).size() >= limit) {
            return true;
        }
        if (i < names) {
            return false;
        }
        int namesFound =
                tiers.get(0).size() + tiers.get(1).size() + tiers.get(2).size();
        return namesFound + tiers.get(TIERS_PER_KIND).size() >= limit;
    }

    /** The entries that may match {@code key}, ascending: those holding its rarest gram. */
    private int[] candidates(String key) {
        if (key.length() < MIN_INNER_CHARS) {
            return grams.getOrDefault(gram(key, 0, key.length()), NONE);
        }
        int[] rarest = null;
        for (int at = 0; at + 3 <= key.length(); at++) {
            int[] holding = grams.getOrDefault(gram(key, at, 3), NONE);
            if (rarest == null || holding.length < rarest.length) {
                rarest = holding;
            }
        }
        return rarest;
    }

    private static final int[] NONE = new int[0];

    /**
     * The grams of every entry: its first one and two letters and those of each word inside (where a prefix or a
     * word-start match begins), and every three-letter sequence (which an inside match of three or more letters
     * holds).
     */
    private static Map<Long, int[]> index(List<Entry> entries) {
        Map<Long, IntList> building = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i).key();
            for (int at = 0; at < key.length(); at++) {
                if (at == 0 || !Character.isLetterOrDigit(key.charAt(at - 1))) {
                    building.computeIfAbsent(gram(key, at, 1), g -> new IntList())
                            .addOnce(i);
                    if (at + 2 <= key.length()) {
                        building.computeIfAbsent(gram(key, at, 2), g -> new IntList())
                                .addOnce(i);
                    }
                }
                if (at + 3 <= key.length()) {
                    building.computeIfAbsent(gram(key, at, 3), g -> new IntList())
                            .addOnce(i);
                }
            }
        }
        Map<Long, int[]> grams = new HashMap<>(building.size() * 2);
        building.forEach((gram, list) -> grams.put(gram, list.toArray()));
        return grams;
    }

    /** One to three characters from {@code at}, with their number, as one key. */
    private static long gram(String text, int at, int length) {
        long gram = length;
        for (int k = 0; k < length; k++) {
            gram = gram << 16 | text.charAt(at + k);
        }
        return gram;
    }

    /** A growing list of ascending entry numbers, each added once. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
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
