package de.nachlese.search;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.analysis.Analyzer;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Highlights headline and body of one page of hits in a single pass. The hits' texts are read once by the caller
 * (with the rest of each hit) and handed in, so the highlighter reads no stored fields of its own (it would otherwise decompress every
 * hit's stored block once per highlighted field); offsets come from the postings. The headline is marked whole, the
 * body as its best passages. One instance serves one request; what it needs of the index's field definitions is
 * merged once per reader (merging them over every segment on each request was a twentieth of a cheap search).
 */
final class Snippets extends UnifiedHighlighter {

    private final String headlineField;
    private final String bodyField;
    /** Per hit: its headline and its body. */
    private final Map<Integer, CharSequence[]> texts;
    private final FieldInfos fieldInfos;

    private Snippets(Builder builder, String headlineField, String bodyField, Map<Integer, CharSequence[]> texts,
                     FieldInfos fieldInfos) {
        super(builder);
        this.headlineField = headlineField;
        this.bodyField = bodyField;
        this.texts = texts;
        this.fieldInfos = fieldInfos;
    }

    /**
     * @return the marked headline and body of each hit, in the order of {@code docIds}; an entry is null where the
     *         query marks nothing in that field and no summary applies
     */
    static Map<String, String[]> highlight(IndexSearcher searcher, Analyzer analyzer, String headlineField, String bodyField,
                                           Query query, int[] docIds, Map<Integer, CharSequence[]> texts) throws IOException {
        Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(1);
        FieldInfos fieldInfos = searcher instanceof FacetedSearcher faceted
                ? faceted.perReader(FieldInfos.class, s -> FieldInfos.getMergedFieldInfos(s.getIndexReader()))
                : FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
        Snippets snippets = new Snippets(builder, headlineField, bodyField, texts, fieldInfos);
        return snippets.highlightFields(new String[]{headlineField, bodyField}, query, docIds, new int[]{1, 2});
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
        return fieldInfos.fieldInfo(field);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return headlineField.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
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
