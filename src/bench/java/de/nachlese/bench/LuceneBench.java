package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.PlannedQuery;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;

/**
 * The limit: plain Lucene on the same index with the same Lucene queries (built once, up front, by Nachlese's query
 * interpreter), the same drill-sideways facets on the same dimensions, the same highlighting of headline and body
 * (one pass over the stored fields loaded for the hits), and the stored fields of the page's hits; no application
 * code inside the timed region.
 */
public final class LuceneBench {

    private final IndexSearcher searcher;
    private final FacetsConfig config;
    private final SortedSetDocValuesReaderState state;
    private final Map<String, PlannedQuery> planned;
    private final Analyzer analyzer;
    private final String headlineField;
    private final String bodyField;

    LuceneBench(DirectoryReader reader, IndexSchema schema, Map<String, PlannedQuery> planned)
            throws java.io.IOException {
        this.searcher = new IndexSearcher(reader);
        this.config = schema.facetsConfig();
        this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
        this.planned = planned;
        this.headlineField = schema.headlineField();
        this.bodyField = schema.bodyField();
        this.analyzer = schema.analyzer();
    }

    /** Plans every query with Nachlese's interpreter; done before anything is timed. */
    static Map<String, PlannedQuery> plan(Path indexDir, List<BenchQuery> queries) throws Exception {
        Map<String, PlannedQuery> planned = new HashMap<>();
        try (ItemSearcher app = ItemSearcher.openReadOnly(new IndexSchema(), FSDirectory.open(indexDir))) {
            for (BenchQuery query : queries) {
                planned.put(query.id(), app.plan(query.request()));
            }
        }
        return planned;
    }

    long search(BenchQuery query) throws java.io.IOException {
        PlannedQuery plan = planned.get(query.id());
        DrillSideways sideways = new DrillSideways(searcher, config, state);
        DrillSideways.DrillSidewaysResult result =
                sideways.search(plan.query(), null, null, plan.topN(), plan.sort(), false);
        List<String> selectedWeeks = query.filters().getOrDefault(Facet.WEEK, List.of());
        long byWeek = 0;
        for (Facet facet : Facet.values()) {
            FacetResult values = topChildren(result.facets, facet);
            if (facet == Facet.WEEK && values != null) {
                for (LabelAndValue lv : values.labelValues) {
                    if (selectedWeeks.isEmpty() || selectedWeeks.contains(lv.label)) {
                        byWeek += lv.value.longValue();
                    }
                }
            }
        }
        // the week facet is single-valued and always present: its counts give the exact total of a sorted search
        long total = result.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                ? result.hits.totalHits.value()
                : byWeek >= result.hits.totalHits.value() ? byWeek : searcher.count(plan.query());
        ScoreDoc[] docs = result.hits.scoreDocs;
        StoredFields stored = searcher.storedFields();
        int[] docIds = new int[docs.length];
        Map<Integer, Document> loaded = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            docIds[i] = docs[i].doc;
            loaded.put(docs[i].doc, stored.document(docs[i].doc));
        }
        if (!query.query().isEmpty() && docs.length > 0) {
            new OnePass(
                            UnifiedHighlighter.builder(searcher, analyzer)
                                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                                    .withHighlightPhrasesStrictly(true)
                                    .withMaxNoHighlightPassages(1),
                            headlineField,
                            loaded)
                    .highlightFields(new String[] {headlineField, bodyField}, plan.text(), docIds, new int[] {1, 2});
        }
        return total;
    }

    /**
     * Both fields in one highlighting pass, on the stored fields already loaded for the hits: the least work Lucene
     * needs for the snippets (the plain way, one highlighter per field reading the stored fields itself, reads each
     * hit three times).
     */
    private static final class OnePass extends UnifiedHighlighter {
        private final String wholeField;
        private final Map<Integer, Document> loaded;

        OnePass(Builder builder, String wholeField, Map<Integer, Document> loaded) {
            super(builder);
            this.wholeField = wholeField;
            this.loaded = loaded;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return wholeField.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(
                String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws java.io.IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                CharSequence[] texts = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String text = loaded.get(doc).get(fields[f]);
                    texts[f] = text == null
                            ? ""
                            : text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
                }
                values.add(texts);
            }
            return values;
        }
    }

    private static FacetResult topChildren(Facets facets, Facet facet) throws java.io.IOException {
        try {
            return facet == Facet.WEEK ? facets.getAllChildren(facet.id()) : facets.getTopChildren(200, facet.id());
        } catch (IllegalArgumentException dimensionNotInIndex) {
            return null;
        }
    }

    /** {@code --index DIR --queries FILE --out DIR [--rounds N] [--warmup N] [--seconds N] [--threads N]} */
    public static void main(String[] args) throws Exception {
        Map<String, String> options =
                Options.parse(args, Set.of("index", "queries", "out", "rounds", "warmup", "seconds", "threads"));
        Path index = Path.of(options.get("index"));
        Path out = Path.of(options.get("out"));
        List<BenchQuery> queries = Measure.readQueries(Path.of(options.get("queries")));
        Map<String, PlannedQuery> planned = plan(index, queries);
        Results results = new Results();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            LuceneBench bench = new LuceneBench(reader, new IndexSchema(), planned);
            Measure.run(
                    bench::search,
                    queries,
                    BenchSettings.from(options),
                    results,
                    "search",
                    out.resolve("counts-lucene.tsv"));
            results.put("heap_after_gc_mb", String.format(java.util.Locale.ROOT, "%.1f", Results.heapAfterFullGcMb()));
            results.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        results.write(out.resolve("lucene.properties"));
        System.out.println("raw Lucene: " + results.values());
    }
}
