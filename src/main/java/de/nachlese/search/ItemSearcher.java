package de.nachlese.search;

import de.nachlese.model.Facet;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.StoredItem;
import de.nachlese.tagging.Gazetteer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side: full-text search with facets and highlighting over a SearcherManager. Every method acquires a
 * searcher, uses it briefly and releases it in {@code finally}.
 */
public final class ItemSearcher implements Closeable {

    static final int FACET_VALUES_LIMIT = 200;
    private static final int SNIPPET_CHARS = 280;

    /** Up to this many hits, a query with a misspelt word gets a "Meinten Sie" suggestion. */
    static final int FEW_HITS = 2;
    /** How many words of an over-long query are searched. */
    static final int LONG_QUERY_WORDS = 32;

    private final IndexSchema schema;
    private volatile SearcherManager manager;
    /** The indexer whose writer the manager reads, or null for a read-only searcher over a folder. */
    private final ItemIndexer indexer;
    private int writerGeneration;
    private final EntityNames names;
    private final Synonyms synonyms;
    private final Speller speller;
    private final RelatedFinder related;
    private final SearchDeadline deadline;

    private ItemSearcher(IndexSchema schema, SearcherManager manager, ItemIndexer indexer, Gazetteer gazetteer,
                         SearchDeadline deadline) {
        this.schema = schema;
        this.deadline = deadline;
        this.manager = manager;
        this.indexer = indexer;
        this.writerGeneration = indexer == null ? 0 : indexer.writerGeneration();
        this.names = new EntityNames(gazetteer);
        this.synonyms = Synonyms.bundled();
        this.speller = new Speller(schema, names);
        this.related = new RelatedFinder(schema);
    }

    /** A searcher that sees what the indexer has written, after each {@link #refresh()}. */
    public static ItemSearcher open(IndexSchema schema, ItemIndexer indexer) throws IOException {
        return open(schema, indexer, Gazetteer.bundled());
    }

    /** As {@link #open(IndexSchema, ItemIndexer)}, recognising the names of the given gazetteer in queries. */
    public static ItemSearcher open(IndexSchema schema, ItemIndexer indexer, Gazetteer gazetteer) throws IOException {
        return open(schema, indexer, gazetteer, SearchDeadline.NONE);
    }

    /**
     * As {@link #open(IndexSchema, ItemIndexer, Gazetteer)}, with a time budget for each {@link #search}: a search
     * that exceeds it stops collecting and answers what it found so far, marked {@link QueryNotes#timedOut()}.
     */
    public static ItemSearcher open(IndexSchema schema, ItemIndexer indexer, Gazetteer gazetteer, Duration searchTimeout)
            throws IOException {
        return open(schema, indexer, gazetteer, SearchDeadline.of(searchTimeout));
    }

    static ItemSearcher open(IndexSchema schema, ItemIndexer indexer, Gazetteer gazetteer, SearchDeadline deadline)
            throws IOException {
        return new ItemSearcher(schema, indexer.newSearcherManager(FacetedSearcher.factory(schema.facetsConfig(), deadline)),
                indexer, gazetteer, deadline);
    }

    /**
     * A searcher over the last commit of an index folder, without the write lock, so it works while a server
     * indexes into the same folder (the command line's {@code search}).
     */
    public static ItemSearcher openReadOnly(IndexSchema schema, Directory directory) throws IOException {
        return new ItemSearcher(schema, new SearcherManager(directory, FacetedSearcher.factory(schema.facetsConfig())),
                null, Gazetteer.bundled(), SearchDeadline.NONE);
    }

    /**
     * Makes the latest changes visible to new searches. Until then, searches see the state of the last refresh, also
     * when the indexer's writer failed (a full disk); once the indexer has opened a new writer, the searcher follows.
     */
    public synchronized void refresh() throws IOException {
        if (indexer != null && indexer.writerGeneration() != writerGeneration) {
            SearcherManager old = manager;
            manager = indexer.newSearcherManager(FacetedSearcher.factory(schema.facetsConfig(), deadline));
            writerGeneration = indexer.writerGeneration();
            old.close();
            return;
        }
        manager.maybeRefreshBlocking();
    }

    public SearchPage search(SearchRequest request) throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            // built once per reader, outside the budget of the first query
            searcher.allValues(schema::dimension);
            searcher.ordinals(schema::dimension);
            try (SearchDeadline.Scope scope = deadline.start()) {
                SearchPage page = search(searcher, request);
                return scope.expired() ? page.withNotes(page.notes().withTimedOut()) : page;
            }
        } finally {
            manager.release(searcher);
        }
    }

    public Optional<StoredItem> item(String id) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(schema.idTerm(id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(schema.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            manager.release(searcher);
        }
    }

    /** The id an item has now, when {@code formerId} was its id before a headline edit. */
    public Optional<String> currentId(String formerId) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            TopDocs top = searcher.search(schema.formerIdQuery(formerId), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(schema.id(searcher.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            manager.release(searcher);
        }
    }

    public Optional<IssueView> issue(String issueId) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            TopDocs top = searcher.search(schema.issueQuery(issueId), 500, schema.byPosition());
            StoredFields stored = searcher.storedFields();
            List<StoredItem> items = new ArrayList<>();
            for (ScoreDoc doc : top.scoreDocs) {
                items.add(schema.fromDocument(stored.document(doc.doc)));
            }
            return items.isEmpty() ? Optional.empty() : Optional.of(new IssueView(issueId, items));
        } finally {
            manager.release(searcher);
        }
    }

    /** A read against the current searcher, for the other read-side classes of this package. */
    <T> T read(SearcherCall<T> call) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return call.apply(searcher, schema);
        } finally {
            manager.release(searcher);
        }
    }

    @FunctionalInterface
    interface SearcherCall<T> {
        T apply(IndexSearcher searcher, IndexSchema schema) throws IOException;
    }

    /** Number of items in the index. */
    public int itemCount() throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * Earlier coverage, later follow-ups and the story thread of an item: what an author links to when a story
     * develops. Empty for an unknown id.
     */
    public Optional<RelatedItems> related(String id) throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            return related.find(searcher, id);
        } finally {
            manager.release(searcher);
        }
    }

    /** Search-box suggestions for what the reader has typed so far: names first, then headlines. */
    public List<Completion> complete(String typed, int limit) throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            return searcher.perReader(Autocomplete.class, s -> Autocomplete.of(s, schema)).complete(typed, limit);
        } finally {
            manager.release(searcher);
        }
    }

    private SearchPage search(FacetedSearcher searcher, SearchRequest request) throws IOException {
        if (searcher.facetState == null) {
            return new SearchPage(request, 0, List.of(), Map.of(), List.of(), QueryNotes.NONE);
        }
        String syntaxError = null;
        QueryNode parsed;
        try {
            parsed = QuerySyntax.parse(request.query());
        } catch (QuerySyntaxException e) {
            syntaxError = e.getMessage();
            parsed = QuerySyntax.plainWords(request.query());
        }
        QueryInterpreter interpreter = interpreter(searcher);
        Query text;
        SearchPage page;
        try {
            text = request.query().isEmpty() ? MatchAllDocsQuery.INSTANCE : interpreter.toQuery(parsed);
            page = run(searcher, request, text);
        } catch (IndexSearcher.TooManyClauses e) {
            // every word expands to several clauses (fields, synonyms, tags); a very long query exceeds Lucene's limit
            syntaxError = "Die Suche ist zu lang; gesucht wurde nach den ersten " + LONG_QUERY_WORDS + " Wörtern";
            interpreter = interpreter(searcher);
            text = interpreter.toQuery(QuerySyntax.firstPlainWords(request.query(), LONG_QUERY_WORDS));
            page = run(searcher, request, text);
        }

        String suggestion = null;
        if (page.total() <= FEW_HITS && !interpreter.plainWords().isEmpty() && !deadline.expired()) {
            suggestion = speller.correct(request.query(), interpreter.plainWords(), searcher.getIndexReader()).orElse(null);
        }
        if (suggestion != null && page.total() == 0) {
            QueryInterpreter corrected = interpreter(searcher);
            SearchPage better = run(searcher, request, corrected.toQuery(parseLeniently(suggestion)));
            if (better.total() > 0) {
                return better.withNotes(new QueryNotes(syntaxError, suggestion, true, corrected.recognized()));
            }
        }
        return page.withNotes(new QueryNotes(syntaxError, suggestion, false, interpreter.recognized()));
    }

    private QueryInterpreter interpreter(FacetedSearcher searcher) {
        return new QueryInterpreter(schema, names, synonyms, searcher.perReader(TopicKeys.class, s -> {
            Map<String, String> topics = new HashMap<>();
            s.allValues(schema::dimension).get(Facet.TOPIC).keySet().forEach(t -> topics.put(Normalized.key(t), t));
            return new TopicKeys(Map.copyOf(topics));
        }).byKey());
    }

    /** The index's topics by their normalised key, computed once per reader. */
    private record TopicKeys(Map<String, String> byKey) {
    }

    private static QueryNode parseLeniently(String query) {
        try {
            return QuerySyntax.parse(query);
        } catch (QuerySyntaxException e) {
            return QuerySyntax.plainWords(query);
        }
    }

    /**
     * The Lucene queries a request runs (without the spelling fallback), for tools that compare Nachlese with plain
     * Lucene and other engines on exactly the same queries.
     */
    public PlannedQuery plan(SearchRequest request) throws IOException {
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            QueryNode parsed;
            try {
                parsed = QuerySyntax.parse(request.query());
            } catch (QuerySyntaxException e) {
                parsed = QuerySyntax.plainWords(request.query());
            }
            Query text = request.query().isEmpty() ? MatchAllDocsQuery.INSTANCE : interpreter(searcher).toQuery(parsed);
            return new PlannedQuery(text, drillDown(request, text), sort(request.sort()), request.page() * request.size());
        } finally {
            manager.release(searcher);
        }
    }

    private DrillDownQuery drillDown(SearchRequest request, Query text) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (request.from() != null || request.until() != null) {
            base.add(schema.dateRange(request.from(), request.until()), BooleanClause.Occur.FILTER);
        }
        DrillDownQuery query = new DrillDownQuery(schema.facetsConfig(), base.build());
        // Adding a dimension again ORs the values; the varargs of add() would be a hierarchical path instead.
        request.filters().forEach((facet, values) -> values.forEach(value -> query.add(schema.dimension(facet), value)));
        return query;
    }

    private SearchPage run(FacetedSearcher searcher, SearchRequest request, Query text) throws IOException {
        if (text instanceof MatchAllDocsQuery && request.filters().isEmpty() && request.from() == null && request.until() == null) {
            return browseAll(searcher, request);
        }
        DrillDownQuery query = drillDown(request, text);
        int topN = request.page() * request.size();
        FacetOrdinals ordinals = searcher.ordinals(schema::dimension);
        Facets facets;
        TopDocs top;
        Facet onlyFilter = onlyFilterOnWholeArchive(text, request);
        if (onlyFilter != null) {
            // drill sideways would count that facet over every item again: those counts are the reader's own
            SidewaysSearch.Result result = SidewaysSearch.search(searcher, ordinals, searcher.columns, query, Map.of(), topN,
                    sort(request.sort()));
            facets = new MultiFacets(Map.of(schema.dimension(onlyFilter), searcher.wholeIndex(schema::dimension)),
                    result.facets());
            top = result.hits();
        } else {
            Map<String, List<String>> filters = new HashMap<>();
            request.filters().forEach((facet, values) -> filters.put(schema.dimension(facet), values));
            SidewaysSearch.Result result = SidewaysSearch.search(searcher, ordinals, searcher.columns, query.getBaseQuery(),
                    filters, topN, sort(request.sort()));
            facets = result.facets();
            top = result.hits();
        }

        List<WeekCount> histogram = histogram(searcher, facets, request);
        long total = top.totalHits.value();
        if (top.totalHits.relation() != TotalHits.Relation.EQUAL_TO) {
            // every item has exactly one week, so the histogram holds the exact total without a second pass
            long byWeek = histogram.stream().mapToLong(WeekCount::count).sum();
            total = byWeek >= total ? byWeek : searcher.count(query);
        }
        ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, topN - request.size()),
                top.scoreDocs.length);
        List<Hit> hits = hits(searcher, text, request.query().isEmpty(), pageDocs);
        return new SearchPage(request, total, hits, facets(facets, request), histogram, QueryNotes.NONE);
    }

    /**
     * The facet filtered when it is the only filter on the whole archive (no text, no dates), else null. Its
     * drill-sideways counts are then those of every item, which the reader has counted once already.
     */
    private static Facet onlyFilterOnWholeArchive(Query text, SearchRequest request) {
        boolean wholeArchive = text instanceof MatchAllDocsQuery && request.from() == null && request.until() == null;
        return wholeArchive && request.filters().size() == 1 ? request.filters().keySet().iterator().next() : null;
    }

    /**
     * The whole archive, newest (or oldest) first. Its facet counts and histogram depend only on the reader, so they
     * are computed once per reader instead of counting every item's facets on every request.
     */
    private SearchPage browseAll(FacetedSearcher searcher, SearchRequest request) throws IOException {
        int topN = request.page() * request.size();
        Sort sort = sort(request.sort());
        TopDocs top = sort == null ? searcher.search(MatchAllDocsQuery.INSTANCE, topN)
                : searcher.search(MatchAllDocsQuery.INSTANCE, topN, sort);
        ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, topN - request.size()),
                top.scoreDocs.length);
        WholeIndex whole = searcher.perReader(WholeIndex.class, s -> wholeIndex(s));
        return new SearchPage(request, searcher.getIndexReader().numDocs(), hits(searcher, MatchAllDocsQuery.INSTANCE, true, pageDocs),
                whole.facets(), whole.histogram(), QueryNotes.NONE);
    }

    /** Facet values and histogram of every item of a reader. */
    private record WholeIndex(Map<Facet, List<FacetValue>> facets, List<WeekCount> histogram) {
    }

    private WholeIndex wholeIndex(FacetedSearcher searcher) {
        Map<Facet, Map<String, Long>> all = searcher.allValues(schema::dimension);
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = all.get(facet).entrySet().stream()
                    .map(e -> new FacetValue(e.getKey(), e.getValue(), false)).toList();
            facets.put(facet, facet == Facet.WEEK
                    ? values.stream().sorted(Comparator.comparing(FacetValue::value)).toList()
                    : values.subList(0, Math.min(FACET_VALUES_LIMIT, values.size())));
        }
        WeekAxis axis = searcher.perReader(WeekAxis.class, s -> WeekAxis.of(all.get(Facet.WEEK).keySet()));
        long[] counts = new long[axis.size()];
        all.get(Facet.WEEK).forEach((week, count) -> counts[axis.indexOf(week)] += count);
        return new WholeIndex(facets, axis.histogram(counts));
    }

    /**
     * Hits per week of the whole result set, every facet filter applied, gaps filled with zero weeks. Every item has
     * exactly one week, so the sideways week counts (all filters but the week filter) are the histogram once the
     * weeks not selected are left out; no second pass over the result set is needed.
     */
    private List<WeekCount> histogram(FacetedSearcher searcher, Facets sideways, SearchRequest request) throws IOException {
        FacetResult weeks = topChildren(sideways, Facet.WEEK);
        if (weeks == null) {
            return List.of();
        }
        WeekAxis axis = searcher.perReader(WeekAxis.class, s -> WeekAxis.of(s.allValues(schema::dimension).get(Facet.WEEK).keySet()));
        List<String> selectedWeeks = request.selected(Facet.WEEK);
        long[] counts = new long[axis.size()];
        for (LabelAndValue lv : weeks.labelValues) {
            if (lv.value.longValue() > 0 && (selectedWeeks.isEmpty() || selectedWeeks.contains(lv.label))) {
                counts[axis.indexOf(lv.label)] += lv.value.longValue();
            }
        }
        return axis.histogram(counts);
    }

    private Sort sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> null;
            case NEWEST -> schema.newestFirst();
            case OLDEST -> schema.oldestFirst();
        };
    }

    private List<Hit> hits(IndexSearcher searcher, Query text, boolean browsing, ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] docIds = new int[docs.length];
        StoredItem[] items = new StoredItem[docs.length];
        for (int i = 0; i < docs.length; i++) {
            docIds[i] = docs[i].doc;
            items[i] = schema.storedItem(stored, docs[i].doc);
        }
        String[] headlines = new String[docs.length];
        String[] snippets = new String[docs.length];
        if (!browsing && docs.length > 0) {
            Map<Integer, CharSequence[]> texts = new HashMap<>();
            for (int i = 0; i < docs.length; i++) {
                texts.put(docIds[i], new CharSequence[]{items[i].item().headline(), items[i].item().body()});
            }
            Map<String, String[]> marked = Snippets.highlight(searcher, schema.analyzer(), schema.headlineField(),
                    schema.bodyField(), text, docIds, texts);
            headlines = marked.get(schema.headlineField());
            snippets = marked.get(schema.bodyField());
        }
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            StoredItem item = items[i];
            String headline = headlines[i] != null ? headlines[i] : Html.escape(item.item().headline());
            String snippet = snippets[i] != null ? snippets[i].strip() : Html.escape(abbreviate(item.item().body()));
            hits.add(new Hit(item, headline, snippet));
        }
        return hits;
    }

    /** The start of a body, cut at a word, for snippets without a query. */
    public static String abbreviate(String body) {
        if (body.length() <= SNIPPET_CHARS) {
            return body;
        }
        int cut = body.lastIndexOf(' ', SNIPPET_CHARS);
        return body.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + " …";
    }

    private Map<Facet, List<FacetValue>> facets(Facets facets, SearchRequest request) throws IOException {
        Map<Facet, List<FacetValue>> out = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult result = topChildren(facets, facet);
            List<String> selected = request.selected(facet);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue(), selected.contains(lv.label)));
                }
            }
            for (String value : selected) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new FacetValue(value, 0, true));
                }
            }
            if (facet == Facet.WEEK) {
                values.sort(Comparator.comparing(FacetValue::value));
            }
            out.put(facet, values);
        }
        return out;
    }

    private FacetResult topChildren(Facets facets, Facet facet) throws IOException {
        try {
            return facet == Facet.WEEK
                    ? facets.getAllChildren(schema.dimension(facet))
                    : facets.getTopChildren(FACET_VALUES_LIMIT, schema.dimension(facet));
        } catch (IllegalArgumentException dimensionNotInIndex) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
