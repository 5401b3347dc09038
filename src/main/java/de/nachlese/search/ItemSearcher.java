package de.nachlese.search;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.Facet;
import de.nachlese.model.Item;
import de.nachlese.model.StoredItem;
import de.nachlese.search.browse.IssueView;
import de.nachlese.search.facet.FacetCounter;
import de.nachlese.search.facet.FacetedSearcher;
import de.nachlese.search.query.QueryBuilder;
import de.nachlese.search.related.EarlierCoverage;
import de.nachlese.search.related.RelatedFinder;
import de.nachlese.search.related.RelatedItems;
import de.nachlese.search.suggest.Autocomplete;
import de.nachlese.search.suggest.Completion;
import de.nachlese.tagging.Gazetteer;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The read side: full-text search with facets and highlighting over a SearcherManager. Every read acquires a
 * searcher, uses it briefly and releases it in {@code finally} ({@link #read}). A search takes these steps: build
 * the query ({@link QueryBuilder}), run it and count its facets ({@link FacetCounter}), assemble the page's hits
 * ({@link HitAssembler}), and note what the query recognised or how its spelling might be corrected.
 *
 * <p>About 380 lines: it is the read side's one front door (search, items, marked items, issues, related items, earlier
 * coverage for drafts, completion), each entry a few lines through {@link #read}; the work is in the sub-packages.
 */
public final class ItemSearcher implements Closeable {

    /** Up to this many hits, a query with a misspelt word gets a "Meinten Sie" suggestion. */
    static final int FEW_HITS = 2;
    /**
     * Below this many hits with every word (when they cannot fill a first page), a query of three or more words is
     * searched again, relaxed, and the items with every word still rank first; one of two words only when both
     * together find nothing.
     */
    static final int RELAX_BELOW = 10;

    private final IndexSchema schema;
    private volatile SearcherManager manager;
    /** The indexer whose writer the manager reads, or null for a read-only searcher over a folder. */
    private final ItemIndexer indexer;

    private int writerGeneration;
    private final QueryBuilder queries;
    private final FacetCounter facets;
    private final HitAssembler hits;
    private final RelatedFinder related;
    private final EarlierCoverage earlier;
    private final SearchDeadline deadline;

    private ItemSearcher(
            IndexSchema schema,
            SearcherManager manager,
            ItemIndexer indexer,
            Gazetteer gazetteer,
            SearchDeadline deadline) {
        this.schema = schema;
        this.deadline = deadline;
        this.manager = manager;
        this.indexer = indexer;
        this.writerGeneration = indexer == null ? 0 : indexer.writerGeneration();
        this.queries = new QueryBuilder(schema, gazetteer);
        this.facets = new FacetCounter(schema);
        this.hits = new HitAssembler(schema);
        this.related = new RelatedFinder(schema);
        this.earlier = new EarlierCoverage(schema, related);
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
    public static ItemSearcher open(
            IndexSchema schema, ItemIndexer indexer, Gazetteer gazetteer, Duration searchTimeout) throws IOException {
        return open(schema, indexer, gazetteer, SearchDeadline.of(searchTimeout));
    }

    static ItemSearcher open(IndexSchema schema, ItemIndexer indexer, Gazetteer gazetteer, SearchDeadline deadline)
            throws IOException {
        return new ItemSearcher(
                schema,
                indexer.newSearcherManager(
                        FacetedSearcher.factory(schema.facetsConfig(), schema.similarity(), deadline)),
                indexer,
                gazetteer,
                deadline);
    }

    /**
     * A searcher over the last commit of an index folder, without the write lock, so it works while a server
     * indexes into the same folder (the command line's {@code search}).
     */
    public static ItemSearcher openReadOnly(IndexSchema schema, Directory directory) throws IOException {
        return new ItemSearcher(
                schema,
                new SearcherManager(directory, FacetedSearcher.factory(schema.facetsConfig(), schema.similarity())),
                null,
                Gazetteer.bundled(),
                SearchDeadline.NONE);
    }

    /**
     * Makes the latest changes visible to new searches. Until then, searches see the state of the last refresh, also
     * when the indexer's writer failed (a full disk); once the indexer has opened a new writer, the searcher follows.
     */
    public synchronized void refresh() throws IOException {
        if (indexer != null && indexer.writerGeneration() != writerGeneration) {
            SearcherManager old = manager;
            manager = indexer.newSearcherManager(
                    FacetedSearcher.factory(schema.facetsConfig(), schema.similarity(), deadline));
            writerGeneration = indexer.writerGeneration();
            old.close();
            return;
        }
        manager.maybeRefreshBlocking();
    }

    public SearchPage search(SearchRequest request) throws IOException {
        return read((searcher, schema) -> {
            facets.prepare(searcher); // outside the budget of the first query
            try (SearchDeadline.Scope scope = deadline.start()) {
                SearchPage page = search(searcher, request, null);
                return scope.expired() ? page.withNotes(page.notes().withTimedOut()) : page;
            }
        });
    }

    /**
     * Every value of one facet with its count under the request's query and filters: the search's own counting with
     * the whole facet listed instead of its top values, for looking through a facet longer than a page shows.
     */
    public List<FacetValue> facetValues(SearchRequest request, Facet facet) throws IOException {
        SearchRequest first = request.toBuilder().page(1).size(1).build();
        return read((searcher, schema) -> {
            facets.prepare(searcher);
            try (SearchDeadline.Scope scope = deadline.start()) {
                return search(searcher, first, facet).facet(facet);
            }
        });
    }

    public Optional<StoredItem> item(String id) throws IOException {
        return read((searcher, schema) -> {
            TopDocs top = searcher.search(new TermQuery(schema.idTerm(id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(schema.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /**
     * The item with the words of the search the reader came from marked, read with the search's own query (the
     * relaxed one, anchored on a name as the search was, when the item matches only some of the words). Empty for
     * an unknown id.
     */
    public Optional<MarkedItem> marked(String id, String query) throws IOException {
        return read((searcher, schema) -> {
            TopDocs top = searcher.search(new TermQuery(schema.idTerm(id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = top.scoreDocs[0].doc;
            MarkedItem marked =
                    hits.marked(searcher, queries.text(searcher, query).query(), doc);
            Optional<de.nachlese.search.query.Relaxed> relaxed =
                    marked.anyMarked() ? Optional.empty() : queries.relaxed(searcher, query);
            return Optional.of(
                    relaxed.isEmpty() ? marked : hits.marked(searcher, queries.widest(searcher, relaxed.get()), doc));
        });
    }

    /** The id an item has now, when {@code formerId} was its id before a headline edit. */
    public Optional<String> currentId(String formerId) throws IOException {
        return read((searcher, schema) -> {
            TopDocs top = searcher.search(schema.formerIdQuery(formerId), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(schema.id(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    public Optional<IssueView> issue(String issueId) throws IOException {
        return read((searcher, schema) -> {
            TopDocs top = searcher.search(schema.issueQuery(issueId), 500, schema.byPosition());
            StoredFields stored = searcher.storedFields();
            List<StoredItem> items = new ArrayList<>();
            for (ScoreDoc doc : top.scoreDocs) {
                items.add(schema.fromDocument(stored.document(doc.doc)));
            }
            return items.isEmpty() ? Optional.empty() : Optional.<IssueView>of(new IssueView(issueId, items));
        });
    }

    /**
     * A read against the current searcher: acquired, handed to the call, released in {@code finally}. The manager
     * is read once, so a {@link #refresh()} that swaps it meanwhile cannot make the release go to the wrong one.
     */
    public <T> T read(SearcherCall<T> call) throws IOException {
        SearcherManager current = manager;
        FacetedSearcher searcher = (FacetedSearcher) current.acquire();
        try {
            return call.apply(searcher, schema);
        } finally {
            current.release(searcher);
        }
    }

    /** One read of the index, for the read-side classes of the other search packages. */
    @FunctionalInterface
    public interface SearcherCall<T> {
        T apply(FacetedSearcher searcher, IndexSchema schema) throws IOException;
    }

    /** Number of items in the index. */
    public int itemCount() throws IOException {
        return read((searcher, schema) -> searcher.getIndexReader().numDocs());
    }

    /**
     * Earlier coverage, later follow-ups and the story thread of an item: what an author links to when a story
     * develops. Empty for an unknown id.
     */
    public Optional<RelatedItems> related(String id) throws IOException {
        return read((searcher, schema) -> related.find(searcher, id));
    }

    /**
     * The earlier items an item that is not in the index (a draft's item) should link to, published before
     * {@code before}: its story's installments first, then related coverage (see {@link EarlierCoverage}).
     */
    public List<EarlierCoverage.Suggestion> earlierCoverage(Item item, LocalDate before, int limit, int perThread)
            throws IOException {
        return read((searcher, schema) -> earlier.find(searcher, item, before, limit, perThread));
    }

    /** Search-box suggestions for what the reader has typed so far: names first, then headlines. */
    public List<Completion> complete(String typed, int limit) throws IOException {
        return read((searcher, schema) -> Autocomplete.complete(searcher, schema, typed, limit));
    }

    /**
     * The Lucene queries a request runs (without the spelling fallback), for tools that compare Nachlese with plain
     * Lucene and other engines on exactly the same queries.
     */
    public PlannedQuery plan(SearchRequest request) throws IOException {
        return read((searcher, schema) -> {
            Query text = queries.text(searcher, request.query()).query();
            return new PlannedQuery(
                    text,
                    queries.drillDown(request, text),
                    queries.sort(request.sort()),
                    request.page() * request.size());
        });
    }

    private SearchPage search(FacetedSearcher searcher, SearchRequest request, Facet allOf) throws IOException {
        if (searcher.facetState() == null) {
            return new SearchPage(request, 0, List.of(), Map.of(), List.of(), QueryNotes.NONE);
        }
        QueryBuilder.Ran<Ran> ran = queries.run(searcher, request.query(), text -> run(searcher, request, text, allOf));
        Ran strict = ran.result();
        QueryBuilder.Text text = ran.text();
        String suggestion = null;
        if (strict.total() <= FEW_HITS && !text.plainWords().isEmpty() && !deadline.expired()) {
            suggestion = queries.correct(searcher, request.query(), text).orElse(null);
        }
        if (suggestion != null) {
            // a misspelt word may still match through its compound parts ("Zuckerburg": "Burg"): the correction wins
            // when it finds more
            QueryBuilder.Text corrected = queries.text(searcher, suggestion);
            Ran better = run(searcher, request, corrected.query(), allOf);
            if (better.total() > strict.total()) {
                return page(
                        searcher, better, new QueryNotes(text.syntaxError(), suggestion, true, corrected.recognized()));
            }
        }
        QueryNotes notes = new QueryNotes(text.syntaxError(), suggestion, false, text.recognized());
        if (strict.total() < RELAX_BELOW && text.syntaxError() == null && !deadline.expired()) {
            Optional<SearchPage> relaxed = relaxed(searcher, request, notes, strict.total(), allOf);
            if (relaxed.isPresent()) {
                return relaxed.get();
            }
        }
        return page(searcher, strict, notes);
    }

    /** The relaxed search of a query whose words, all required, found too little; empty when it finds no more. */
    private Optional<SearchPage> relaxed(
            FacetedSearcher searcher, SearchRequest request, QueryNotes notes, long strictTotal, Facet allOf)
            throws IOException {
        if (strictTotal > 0 && request.narrowed()) {
            // a filtered or dated view keeps the total its facet value or date bar showed: it is padded with weaker
            // items only when its words together find nothing in it
            return Optional.empty();
        }
        Optional<de.nachlese.search.query.Relaxed> relaxed = queries.relaxed(searcher, request.query());
        if (relaxed.isEmpty()) {
            return Optional.empty();
        }
        // one word of two alone is a weak match: only worth showing when both together find nothing; where they find
        // a few, the other items about a name they contain follow them
        Optional<Query> belowBoth = relaxed.get().words().size() == 2 && strictTotal > 0
                ? relaxed.get().nameBelowBothWords()
                : Optional.empty();
        if (relaxed.get().words().size() == 2 && strictTotal > 0 && belowBoth.isEmpty()) {
            return Optional.empty();
        }
        Ran wider;
        try {
            wider = run(
                    searcher,
                    request,
                    belowBoth.isPresent() ? belowBoth.get() : queries.widest(searcher, relaxed.get()),
                    allOf);
            Optional<Query> half = relaxed.get().halfTheWords();
            if (wider.total() == 0 && half.isPresent()) {
                wider = run(searcher, request, half.get(), allOf);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            return Optional.empty(); // a query cut to its first words is not relaxed as well
        }
        if (wider.total() <= strictTotal) {
            return Optional.empty();
        }
        List<String> missing = wider.docs().length == 0
                ? List.of()
                : queries.missingWords(searcher, relaxed.get(), wider.docs()[0].doc);
        return Optional.of(page(searcher, wider, notes.withRelaxed(missing)));
    }

    /**
     * One run of a query, counted but not yet shown: a search may run its query up to three times (as typed,
     * corrected, relaxed), and only the run it answers with has its hits read and marked.
     */
    private record Ran(SearchRequest request, Query text, FacetCounter.Counted counted, ScoreDoc[] docs) {
        long total() {
            return counted.total();
        }
    }

    private Ran run(FacetedSearcher searcher, SearchRequest request, Query text, Facet allOf) throws IOException {
        int topN = request.page() * request.size();
        FacetCounter.Counted counted = facets.search(
                searcher, request, text, queries.drillDown(request, text), topN, queries.sort(request.sort()), allOf);
        ScoreDoc[] all = counted.top().scoreDocs;
        ScoreDoc[] pageDocs = Arrays.copyOfRange(all, Math.min(all.length, topN - request.size()), all.length);
        return new Ran(request, text, counted, pageDocs);
    }

    /** The page of a run, its hits read from the stored fields and marked where the query matched. */
    private SearchPage page(FacetedSearcher searcher, Ran ran, QueryNotes notes) throws IOException {
        FacetCounter.Counted counted = ran.counted();
        boolean browsing = counted.wholeArchive() || ran.request().query().isEmpty();
        return new SearchPage(
                ran.request(),
                counted.total(),
                hits.hits(searcher, ran.text(), browsing, ran.docs()),
                counted.facets(),
                counted.histogram(),
                notes);
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
