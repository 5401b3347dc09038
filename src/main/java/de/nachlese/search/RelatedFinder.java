package de.nachlese.search;

import de.nachlese.index.Facet;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.StoredItem;
import de.nachlese.model.ItemType;
import de.nachlese.model.Tags;
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

/**
 * Finds the coverage an item connects to. Similarity is the item's distinctive words (MoreLikeThis over headline and
 * body) plus the companies and people it is tagged with, each weighted by how rare it is in the archive. Scores are
 * divided by the item's score against its own query, so 1.0 means "as similar as the item to itself".
 * <p>
 * A story thread is the set of items that are mutually similar above {@link #THREAD_SIMILARITY}, followed from item
 * to item across weeks. Mutual similarity is symmetric, so every item of a thread finds the same thread.
 */
final class RelatedFinder {

    static final int RELATED_LIMIT = 5;
    /** Below this, "related" is mostly shared vocabulary of the genre, not the same subject. */
    static final double RELATED_SIMILARITY = 0.12;
    static final double THREAD_SIMILARITY = 0.22;
    static final int THREAD_LIMIT = 20;
    private static final int CANDIDATES = 12;
    private static final float ENTITY_WEIGHT = 1.5f;
    private static final float TOPIC_WEIGHT = 0.3f;

    private final IndexSchema schema;

    RelatedFinder(IndexSchema schema) {
        this.schema = schema;
    }

    Optional<RelatedItems> find(IndexSearcher searcher, String id) throws IOException {
        Optional<Loaded> loaded = load(searcher, id);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Loaded item = loaded.get();
        Query like = likeQuery(searcher, item);
        double self = selfScore(searcher, like, item.doc());
        var date = item.stored().date();
        List<RelatedItems.RelatedHit> earlier = related(searcher, item, like, self, schema.dateRange(null, date.minusDays(1)));
        List<RelatedItems.RelatedHit> later = related(searcher, item, like, self, schema.dateRange(date.plusDays(1), null));
        return Optional.of(new RelatedItems(item.stored(), earlier, later, thread(searcher, item)));
    }

    private record Loaded(int doc, StoredItem stored) {
    }

    private Optional<Loaded> load(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(schema.idTerm(id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int doc = top.scoreDocs[0].doc;
        return Optional.of(new Loaded(doc, schema.fromDocument(searcher.storedFields().document(doc))));
    }

    private Query likeQuery(IndexSearcher searcher, Loaded item) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(schema.queryAnalyzer());
        mlt.setFieldNames(schema.textFieldBoosts().keySet().toArray(String[]::new));
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);
        BooleanQuery.Builder like = new BooleanQuery.Builder().add(mlt.like(item.doc()), Occur.SHOULD);
        Tags tags = item.stored().item().tags();
        tags.companies().forEach(c -> like.add(new BoostQuery(schema.tagQuery(Facet.COMPANY, c), ENTITY_WEIGHT), Occur.SHOULD));
        tags.people().forEach(p -> like.add(new BoostQuery(schema.tagQuery(Facet.PERSON, p), ENTITY_WEIGHT), Occur.SHOULD));
        tags.topics().forEach(t -> like.add(new BoostQuery(schema.tagQuery(Facet.TOPIC, t), TOPIC_WEIGHT), Occur.SHOULD));
        return like.build();
    }

    private static double selfScore(IndexSearcher searcher, Query like, int doc) throws IOException {
        return Math.max(searcher.explain(like, doc).getValue().doubleValue(), 1e-9);
    }

    private List<RelatedItems.RelatedHit> related(IndexSearcher searcher, Loaded item, Query like, double self,
                                                  Query window) throws IOException {
        TopDocs top = searcher.search(candidates(item, like, window), RELATED_LIMIT);
        StoredFields stored = searcher.storedFields();
        List<RelatedItems.RelatedHit> hits = new ArrayList<>();
        for (ScoreDoc doc : top.scoreDocs) {
            double similarity = doc.score / self;
            if (similarity >= RELATED_SIMILARITY) {
                StoredItem other = schema.fromDocument(stored.document(doc.doc));
                hits.add(new RelatedItems.RelatedHit(other, Math.min(1.0, similarity), shared(item.stored(), other)));
            }
        }
        return hits;
    }

    /** The like query restricted to a window, without the item itself, its own issue and earnings calendars. */
    private Query candidates(Loaded item, Query like, Query window) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(like, Occur.MUST)
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

    /** Breadth-first over mutual strong similarity, capped, then in week and reading order. */
    private List<StoredItem> thread(IndexSearcher searcher, Loaded start) throws IOException {
        Map<String, Loaded> members = new LinkedHashMap<>();
        members.put(start.stored().item().id(), start);
        if (start.stored().item().type() == ItemType.EARNINGS) {
            return List.of(start.stored());
        }
        Map<Integer, Query> likeQueries = new HashMap<>();
        Map<Integer, Double> selfScores = new HashMap<>();
        Deque<Loaded> queue = new ArrayDeque<>(List.of(start));
        StoredFields stored = searcher.storedFields();
        while (!queue.isEmpty() && members.size() < THREAD_LIMIT) {
            Loaded current = queue.removeFirst();
            Query like = likeQueries.computeIfAbsent(current.doc(), d -> uncheckedLike(searcher, current));
            double self = selfScores.computeIfAbsent(current.doc(), d -> uncheckedSelf(searcher, like, d));
            for (ScoreDoc doc : searcher.search(candidates(current, like, null), CANDIDATES).scoreDocs) {
                if (doc.score / self < THREAD_SIMILARITY) {
                    break;
                }
                StoredItem other = schema.fromDocument(stored.document(doc.doc));
                if (members.containsKey(other.item().id())) {
                    continue;
                }
                Loaded candidate = new Loaded(doc.doc, other);
                Query back = likeQueries.computeIfAbsent(doc.doc, d -> uncheckedLike(searcher, candidate));
                double backSelf = selfScores.computeIfAbsent(doc.doc, d -> uncheckedSelf(searcher, back, d));
                double backScore = searcher.explain(back, current.doc()).getValue().doubleValue() / backSelf;
                if (backScore >= THREAD_SIMILARITY && members.size() < THREAD_LIMIT) {
                    members.put(other.item().id(), candidate);
                    queue.addLast(candidate);
                }
            }
        }
        return members.values().stream().map(Loaded::stored)
                .sorted(Comparator.comparing(StoredItem::date).thenComparing(s -> s.item().position()))
                .toList();
    }

    private Query uncheckedLike(IndexSearcher searcher, Loaded item) {
        try {
            return likeQuery(searcher, item);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double uncheckedSelf(IndexSearcher searcher, Query like, int doc) {
        try {
            return selfScore(searcher, like, doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
