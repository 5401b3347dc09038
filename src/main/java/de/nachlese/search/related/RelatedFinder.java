package de.nachlese.search.related;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import de.nachlese.search.facet.FacetedSearcher;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the coverage an item connects to. Candidates come from a MoreLikeThis query over headline and body plus the
 * item's companies and people; they are then ranked by the cosine similarity of their {@link TermVector}s, which
 * is symmetric and comparable between items (1.0 would be the same text).
 * <p>
 * A story thread grows from the item across weeks. A candidate joins when its headline shares a story word with a
 * member's headline (a word rare among headlines: "Stargate", "DOGE", not "Nvidia" or "Musk"), its text is similar
 * to that member above {@link #THREAD_LINK}, and on average to all members above {@link #THREAD_AVERAGE}. The
 * average keeps a thread on its story instead of wandering off through one shared name.
 *
 * <p>Over 300 lines: related items and story threads (whole, or bounded for drafts) share the per-reader term
 * vectors and document frequencies (and the related lists leave out the thread's items), so they stay together rather
 * than passing those tables between classes.
 */
public final class RelatedFinder {

    static final int RELATED_LIMIT = 5;
    /** Below this, "related" is mostly the shared vocabulary of the genre, not the same subject. */
    static final double RELATED_SIMILARITY = 0.12;

    static final double THREAD_LINK = 0.14;
    static final double THREAD_AVERAGE = 0.10;
    /** A story word is in at most this share of all headlines (and at least in {@link #STORY_WORD_MIN_DF}). */
    static final double STORY_WORD_MAX_SHARE = 0.04;

    static final int STORY_WORD_MIN_DF = 3;
    /** How many linked items the walk collects before the core is taken; bounds the work per request. */
    static final int GROUP_LIMIT = 40;

    private static final int CANDIDATES = 30;
    private static final float ENTITY_WEIGHT = 1.5f;
    private static final float TOPIC_WEIGHT = 0.3f;

    private final IndexSchema schema;

    public RelatedFinder(IndexSchema schema) {
        this.schema = schema;
    }

    public Optional<RelatedItems> find(IndexSearcher searcher, String id) throws IOException {
        Optional<Loaded> loaded = load(searcher, id);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Loaded item = loaded.get();
        Map<Integer, TermVector> vectors = new HashMap<>();
        var date = item.stored().date();
        List<StoredItem> thread = cachedThread(searcher, item, vectors);
        Set<String> shown = thread.stream().map(s -> s.item().id()).collect(Collectors.toSet());
        // both lists read outward from the item: the nearest week first, back in time and forward
        List<RelatedItems.RelatedHit> earlier =
                related(searcher, item, schema.dateRange(null, date.minusDays(1)), vectors, shown, BY_DATE.reversed());
        List<RelatedItems.RelatedHit> later =
                related(searcher, item, schema.dateRange(date.plusDays(1), null), vectors, shown, BY_DATE);
        return Optional.of(new RelatedItems(item.stored(), earlier, later, thread));
    }

    private static final Comparator<RelatedItems.RelatedHit> BY_DATE = Comparator.comparing(
                    (RelatedItems.RelatedHit h) -> h.stored().date())
            .thenComparing(h -> h.stored().item().position());

    /** The story thread of an indexed item, oldest first, just the item when it has none; empty for an unknown id. */
    public List<StoredItem> thread(IndexSearcher searcher, String id) throws IOException {
        List<StoredItem> cached = threads(searcher).get(id);
        if (cached != null) {
            return cached;
        }
        Optional<Loaded> loaded = load(searcher, id);
        return loaded.isEmpty() ? List.of() : cachedThread(searcher, loaded.get(), new HashMap<>());
    }

    private List<StoredItem> cachedThread(IndexSearcher searcher, Loaded item, Map<Integer, TermVector> vectors)
            throws IOException {
        List<StoredItem> thread = threads(searcher).get(item.stored().item().id());
        if (thread == null) {
            thread = thread(searcher, item, vectors, GROUP_LIMIT, new boolean[1]);
            cache(searcher, item, thread);
        }
        return thread;
    }

    private static void cache(IndexSearcher searcher, Loaded item, List<StoredItem> thread) {
        // the whole thread is the same from each of its items, so all of them can be answered from now on
        for (StoredItem member : thread) {
            threads(searcher).putIfAbsent(member.item().id(), thread);
        }
        threads(searcher).putIfAbsent(item.stored().item().id(), thread);
    }

    /**
     * The story thread of an indexed item when the walk collecting it stays within {@code groupLimit} items; else the
     * core of the items collected so far, which holds the item's nearest installments but not necessarily the
     * story's start. A draft's links need the thread of several items in one request; on a large index a full walk
     * reads hundreds of items each, a bounded one a few dozen. Only a complete thread is cached.
     */
    public List<StoredItem> threadWithin(IndexSearcher searcher, String id, int groupLimit) throws IOException {
        List<StoredItem> cached = threads(searcher).get(id);
        if (cached != null) {
            return cached;
        }
        Optional<Loaded> loaded = load(searcher, id);
        if (loaded.isEmpty()) {
            return List.of();
        }
        boolean[] complete = {false};
        List<StoredItem> thread = thread(searcher, loaded.get(), new HashMap<>(), groupLimit, complete);
        if (complete[0]) {
            cache(searcher, loaded.get(), thread);
        }
        return thread;
    }

    /** The thread computed afresh from the given item, never from the cache: for checking that seeds agree. */
    List<StoredItem> uncachedThread(IndexSearcher searcher, String id) throws IOException {
        Loaded item = load(searcher, id).orElseThrow(() -> new IllegalArgumentException("no item " + id));
        return thread(searcher, item, new HashMap<>(), GROUP_LIMIT, new boolean[1]);
    }

    private record Loaded(int doc, StoredItem stored) {}

    private Optional<Loaded> load(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(schema.idTerm(id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int doc = top.scoreDocs[0].doc;
        return Optional.of(
                new Loaded(doc, schema.fromDocument(searcher.storedFields().document(doc))));
    }

    private Query likeQuery(IndexSearcher searcher, Loaded item) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(schema.comparingAnalyzer());
        mlt.setFieldNames(schema.textFieldBoosts().keySet().toArray(String[]::new));
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);
        BooleanQuery.Builder like = new BooleanQuery.Builder().add(mlt.like(item.doc()), Occur.SHOULD);
        Tags tags = item.stored().item().tags();
        tags.companies()
                .forEach(c -> like.add(new BoostQuery(schema.tagQuery(Facet.COMPANY, c), ENTITY_WEIGHT), Occur.SHOULD));
        tags.people()
                .forEach(p -> like.add(new BoostQuery(schema.tagQuery(Facet.PERSON, p), ENTITY_WEIGHT), Occur.SHOULD));
        tags.topics()
                .forEach(t -> like.add(new BoostQuery(schema.tagQuery(Facet.TOPIC, t), TOPIC_WEIGHT), Occur.SHOULD));
        return like.build();
    }

    private record Scored(Loaded loaded, double similarity) {}

    /** Candidates of the like query in the window, ranked by cosine similarity to the item. */
    private List<Scored> similar(IndexSearcher searcher, Loaded item, Query window, Map<Integer, TermVector> vectors)
            throws IOException {
        TermVector mine = vector(searcher, item, vectors);
        StoredFields stored = searcher.storedFields();
        List<Scored> scored = new ArrayList<>();
        for (ScoreDoc doc :
                searcher.search(candidates(item, likeQuery(searcher, item), window), CANDIDATES).scoreDocs) {
            Loaded other = new Loaded(doc.doc, schema.fromDocument(stored.document(doc.doc)));
            scored.add(new Scored(other, mine.cosine(vector(searcher, other, vectors))));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.similarity())
                .thenComparing(s -> s.loaded().stored().date()));
        return scored;
    }

    private TermVector vector(IndexSearcher searcher, Loaded item, Map<Integer, TermVector> vectors)
            throws IOException {
        TermVector vector = vectors.get(item.doc());
        if (vector == null) {
            vector = IndexedItems.of(searcher, schema)
                    .get(searcher.storedFields(), item.doc())
                    .vector();
            vectors.put(item.doc(), vector);
        }
        return vector;
    }

    /** The most similar items of the window that are not in the thread (shown beside them), then in date order. */
    private List<RelatedItems.RelatedHit> related(
            IndexSearcher searcher,
            Loaded item,
            Query window,
            Map<Integer, TermVector> vectors,
            Set<String> inThread,
            Comparator<RelatedItems.RelatedHit> order)
            throws IOException {
        List<RelatedItems.RelatedHit> hits = new ArrayList<>();
        for (Scored s : similar(searcher, item, window, vectors)) {
            if (s.similarity() >= RELATED_SIMILARITY
                    && hits.size() < RELATED_LIMIT
                    && !inThread.contains(s.loaded().stored().item().id())) {
                hits.add(new RelatedItems.RelatedHit(
                        s.loaded().stored(),
                        s.similarity(),
                        shared(item.stored(), s.loaded().stored())));
            }
        }
        hits.sort(order);
        return hits;
    }

    /** The like query restricted to a window, without the item itself, its own issue and earnings calendars. */
    private Query candidates(Loaded item, Query like, Query window) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(new TermQuery(schema.idTerm(item.stored().item().id())), Occur.MUST_NOT)
                .add(schema.issueQuery(item.stored().issueId()), Occur.MUST_NOT);
        if (item.stored().item().type() != ItemType.EARNINGS) {
            q.add(schema.tagQuery(Facet.TYPE, ItemType.EARNINGS.id()), Occur.MUST_NOT);
        }
        if (window != null) {
            q.add(window, Occur.FILTER);
        }
        return q.build();
    }

    private static List<String> shared(StoredItem a, StoredItem b) {
        List<String> shared = new ArrayList<>();
        Tags ta = a.item().tags();
        Tags tb = b.item().tags();
        ta.companies().stream().filter(tb.companies()::contains).forEach(shared::add);
        ta.people().stream().filter(tb.people()::contains).forEach(shared::add);
        return shared;
    }

    /**
     * Collects the items linked to the item through story words (breadth-first, capped), then keeps the core of
     * that group: repeatedly drops the member least similar on average to the others until every member reaches
     * {@link #THREAD_AVERAGE}. The result depends on the group, not on where the walk started, so the items of a
     * thread agree on it.
     *
     * @param complete set to whether the walk ended before reaching {@code groupLimit}: then the group, and so the
     *                 thread, is the same as with any larger limit
     */
    private List<StoredItem> thread(
            IndexSearcher searcher, Loaded start, Map<Integer, TermVector> vectors, int groupLimit, boolean[] complete)
            throws IOException {
        if (start.stored().item().type() == ItemType.EARNINGS) {
            complete[0] = true;
            return List.of(start.stored());
        }
        Map<String, Loaded> group = new LinkedHashMap<>();
        group.put(start.stored().item().id(), start);
        Deque<Loaded> queue = new ArrayDeque<>(List.of(start));
        StoredFields stored = searcher.storedFields();
        IndexedItems indexed = IndexedItems.of(searcher, schema);
        while (!queue.isEmpty() && group.size() < groupLimit) {
            Loaded current = queue.removeFirst();
            TermVector mine = vector(searcher, current, vectors);
            Query storyWords = storyWords(searcher, mine);
            if (storyWords == null) {
                continue;
            }
            for (ScoreDoc doc : searcher.search(candidates(current, storyWords, null), CANDIDATES).scoreDocs) {
                // a thread shows headlines and dates only: the remembered item without its body will do
                Loaded other = new Loaded(doc.doc, indexed.get(stored, doc.doc).stored());
                if (!group.containsKey(other.stored().item().id())
                        && group.size() < groupLimit
                        && mine.cosine(vector(searcher, other, vectors)) >= THREAD_LINK) {
                    group.put(other.stored().item().id(), other);
                    queue.addLast(other);
                }
            }
        }
        complete[0] = group.size() < groupLimit;
        List<Loaded> core = core(searcher, new ArrayList<>(group.values()), vectors);
        if (core.stream().noneMatch(l -> l.doc() == start.doc())) {
            return List.of(start.stored());
        }
        return core.stream()
                .map(Loaded::stored)
                .sorted(Comparator.comparing(StoredItem::date)
                        .thenComparing(s -> s.item().position()))
                .toList();
    }

    private List<Loaded> core(IndexSearcher searcher, List<Loaded> members, Map<Integer, TermVector> vectors)
            throws IOException {
        members.sort(Comparator.comparing((Loaded l) -> l.stored().item().id()));
        int n = members.size();
        // the similarities once, then each member's sum kept as the weakest are dropped: n² cosines, not n³
        double[][] similarity = new double[n][n];
        double[] sum = new double[n];
        for (int i = 0; i < n; i++) {
            TermVector v = vector(searcher, members.get(i), vectors);
            for (int j = i + 1; j < n; j++) {
                similarity[i][j] = v.cosine(vector(searcher, members.get(j), vectors));
                similarity[j][i] = similarity[i][j];
                sum[i] += similarity[i][j];
                sum[j] += similarity[i][j];
            }
        }
        boolean[] dropped = new boolean[n];
        int left = n;
        while (left > 1) {
            int weakest = -1;
            for (int i = 0; i < n; i++) {
                if (!dropped[i] && (weakest < 0 || sum[i] < sum[weakest])) {
                    weakest = i;
                }
            }
            if (sum[weakest] / (left - 1) >= THREAD_AVERAGE) {
                break;
            }
            dropped[weakest] = true;
            left--;
            for (int i = 0; i < n; i++) {
                sum[i] -= similarity[i][weakest];
            }
        }
        List<Loaded> core = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!dropped[i]) {
                core.add(members.get(i));
            }
        }
        return core.size() > 1 ? core : List.of();
    }

    /** Threads found so far for the reader, by item id; they change only when the index does. */
    private static Map<String, List<StoredItem>> threads(IndexSearcher searcher) {
        if (searcher instanceof FacetedSearcher faceted) {
            return faceted.perReader(ThreadCache.class, s -> new ThreadCache(new ConcurrentHashMap<>()))
                    .byItem();
        }
        return new HashMap<>();
    }

    private record ThreadCache(Map<String, List<StoredItem>> byItem) {}

    static DocFreqs docFreqs(IndexSearcher searcher) {
        return searcher instanceof FacetedSearcher faceted
                ? faceted.perReader(DocFreqs.class, s -> new DocFreqs(s.getIndexReader()))
                : new DocFreqs(searcher.getIndexReader());
    }

    /** Headlines sharing one of the rare words of this headline; null when it has none. */
    private Query storyWords(IndexSearcher searcher, TermVector vector) throws IOException {
        DocFreqs docFreqs = docFreqs(searcher);
        int maxDf = Math.max(STORY_WORD_MIN_DF, (int) (docFreqs.numDocs() * STORY_WORD_MAX_SHARE));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (String term : vector.headlineTerms()) {
            int df = docFreqs.of(new org.apache.lucene.index.Term(schema.headlineField(), term));
            if (df >= 2 && df <= maxDf && term.length() >= 3) {
                any.add(new TermQuery(new org.apache.lucene.index.Term(schema.headlineField(), term)), Occur.SHOULD);
                found = true;
            }
        }
        return found ? any.build() : null;
    }
}
