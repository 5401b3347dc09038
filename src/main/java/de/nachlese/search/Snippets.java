package de.nachlese.search;

import de.nachlese.search.facet.FacetedSearcher;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights headline and body of one page of hits in a single pass. The hits' texts are read once by the caller
 * (with the rest of each hit) and handed in, so the highlighter reads no stored fields of its own (it would otherwise decompress every
 * hit's stored block once per highlighted field); offsets come from the postings. The headline is marked whole, the
 * body as its best passages (or whole, for an item's own page, {@link #highlightWhole}). One instance serves one request; what it needs of the index's field definitions is
 * merged once per reader (merging them over every segment on each request was a twentieth of a cheap search).
 * <p>
 * Where the matches come from: Lucene's highlighter rewrites the query, creates its weight and asks it for the
 * matches of a hit once per hit <em>and per field</em> (two thirds of the highlighting time of a search at 10^6
 * items, profiled). Here the query is rewritten and weighed once per segment, and a hit's matches are computed once
 * and serve both fields; each field takes only its own matches from them, so the marks are the same.
 */
public final class Snippets extends UnifiedHighlighter {

    /** Length of the start of a body that stands in for a snippet when nothing is marked. */
    private static final int SNIPPET_CHARS = 280;
    /** Lucene's passage score without its allocation per passage; it holds no state. */
    private static final PassageScorer SCORER = new PassageScores();

    private final String headlineField;
    private final String bodyField;
    /** Per hit: its headline and its body. */
    private final Map<Integer, CharSequence[]> texts;

    private final FieldInfos fieldInfos;
    /** Marks the whole body instead of picking passages (the item page). */
    private final boolean wholeBody;
    /** Per segment with hits: the query rewritten and weighed for it, and the matches of each hit computed so far. */
    private final Map<LeafReader, SegmentMatches> segments = new IdentityHashMap<>();

    private Snippets(
            Builder builder,
            String headlineField,
            String bodyField,
            Map<Integer, CharSequence[]> texts,
            FieldInfos fieldInfos,
            boolean wholeBody) {
        super(builder);
        this.headlineField = headlineField;
        this.bodyField = bodyField;
        this.texts = texts;
        this.fieldInfos = fieldInfos;
        this.wholeBody = wholeBody;
    }

    /**
     * @return the marked headline and body of each hit, in the order of {@code docIds}; an entry is null where the
     *         query marks nothing in that field and no summary applies
     */
    static Map<String, String[]> highlight(
            IndexSearcher searcher,
            Analyzer analyzer,
            String headlineField,
            String bodyField,
            Query query,
            int[] docIds,
            Map<Integer, CharSequence[]> texts)
            throws IOException {
        Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(1);
        Snippets snippets = new Snippets(builder, headlineField, bodyField, texts, fieldInfos(searcher), false);
        return snippets.highlightFields(new String[] {headlineField, bodyField}, query, docIds, new int[] {1, 2});
    }

    /**
     * Headline and whole body of one item with the query's matches marked, the same marks a search shows.
     *
     * @return the marked headline and body; an entry is null where the query marks nothing in that field
     */
    static String[] highlightWhole(
            IndexSearcher searcher,
            Analyzer analyzer,
            String headlineField,
            String bodyField,
            Query query,
            int docId,
            CharSequence[] text)
            throws IOException {
        Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "", true))
                .withHighlightPhrasesStrictly(true)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0);
        Snippets snippets =
                new Snippets(builder, headlineField, bodyField, Map.of(docId, text), fieldInfos(searcher), true);
        Map<String, String[]> marked = snippets.highlightFields(
                new String[] {headlineField, bodyField}, query, new int[] {docId}, new int[] {1, 1});
        return new String[] {marked.get(headlineField)[0], marked.get(bodyField)[0]};
    }

    private static FieldInfos fieldInfos(IndexSearcher searcher) {
        return searcher instanceof FacetedSearcher faceted
                ? faceted.perReader(FieldInfos.class, s -> FieldInfos.getMergedFieldInfos(s.getIndexReader()))
                : FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
    }

    /** The start of a body, cut at a word, for snippets without a query. */
    public static String abbreviate(String body) {
        if (body.length() <= SNIPPET_CHARS) {
            return body;
        }
        int cut = body.lastIndexOf(' ', SNIPPET_CHARS);
        return body.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + " …";
    }

    /**
     * Exactly Lucene's default (a query term marks only the field it is on), stated here because the shared matches
     * below rely on it: with it, the per-field view of the segment that Lucene's strategy builds is the segment itself.
     */
    @Override
    protected Predicate<String> getFieldMatcher(String field) {
        return field::equals;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        if (offsetSource == OffsetSource.POSTINGS
                && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return new SharedMatches(components);
        }
        return super.getOffsetStrategy(offsetSource, components);
    }

    private record SegmentMatches(Query query, Weight weight, Map<Integer, Optional<Matches>> byDoc) {}

    /** The query's matches in one hit of a segment (null when the hit does not match), computed once per hit. */
    private Matches matches(LeafReader segment, Query query, int doc) throws IOException {
        SegmentMatches cached = segments.get(segment);
        if (cached == null || cached.query() != query) {
            // as Lucene's FieldOffsetStrategy does it per hit: a searcher over the segment alone, without query cache
            IndexSearcher single = new IndexSearcher(segment);
            single.setQueryCache(null);
            cached = new SegmentMatches(
                    query,
                    single.rewrite(query).createWeight(single, ScoreMode.COMPLETE_NO_SCORES, 1.0f),
                    new HashMap<>());
            segments.put(segment, cached);
        }
        Optional<Matches> matches = cached.byDoc().get(doc);
        if (matches == null) {
            matches = Optional.ofNullable(cached.weight().matches(segment.getContext(), doc));
            cached.byDoc().put(doc, matches);
        }
        return matches.orElse(null);
    }

    /** Offsets from the postings, through the matches shared by the fields of a hit. */
    private final class SharedMatches extends PostingsOffsetStrategy {

        SharedMatches(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader segment, int doc, List<OffsetsEnum> results)
                throws IOException {
            Matches matches = matches(segment, components.query(), doc);
            if (matches == null) {
                return;
            }
            for (String field : matches) {
                if (components.fieldMatcher().test(field)) {
                    MatchesIterator iterator = matches.getMatches(field);
                    if (iterator != null) {
                        results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                    }
                }
            }
        }
    }

    @Override
    protected PassageScorer getScorer(String field) {
        return SCORER;
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
        return fieldInfos.fieldInfo(field);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return headlineField.equals(field) || wholeBody
                ? new WholeBreakIterator()
                : new AbbreviationBreakIterator(super.getBreakIterator(field), AbbreviationBreakIterator.GERMAN);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            CharSequence[] hit = texts.get(doc);
            CharSequence[] out = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                int at = headlineField.equals(fields[f]) ? 0 : bodyField.equals(fields[f]) ? 1 : -1;
                CharSequence text = hit == null || at < 0 ? "" : hit[at];
                out[f] = text.length() > getMaxLength() ? text.subSequence(0, getMaxLength()) : text;
            }
            values.add(out);
        }
        return values;
    }
}
