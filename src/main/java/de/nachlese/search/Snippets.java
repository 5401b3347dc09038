package de.nachlese.search;

import org.apache.lucene.document.Document;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Highlights headline and body of one page of hits in a single pass. The hits' documents are loaded once by the
 * caller and handed in, so the highlighter reads no stored fields of its own (it would otherwise decompress every
 * hit's stored block once per highlighted field); offsets come from the postings. The headline is marked whole, the
 * body as its best passages. One instance serves one request.
 */
final class Snippets extends UnifiedHighlighter {

    private final String headlineField;
    private final Map<Integer, Document> documents;

    private Snippets(Builder builder, String headlineField, Map<Integer, Document> documents) {
        super(builder);
        this.headlineField = headlineField;
        this.documents = documents;
    }

    /**
     * @return the marked headline and body of each hit, in the order of {@code docIds}; an entry is null where the
     *         query marks nothing in that field and no summary applies
     */
    static Map<String, String[]> highlight(IndexSearcher searcher, Analyzer analyzer, String headlineField, String bodyField,
                                           Query query, int[] docIds, Document[] loaded) throws IOException {
        Map<Integer, Document> byDoc = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byDoc.put(docIds[i], loaded[i]);
        }
        Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(1);
        Snippets snippets = new Snippets(builder, headlineField, byDoc);
        return snippets.highlightFields(new String[]{headlineField, bodyField}, query, docIds, new int[]{1, 2});
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
            Document document = documents.get(doc);
            CharSequence[] texts = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String text = document == null ? null : document.get(fields[f]);
                texts[f] = text == null ? "" : text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
            }
            values.add(texts);
        }
        return values;
    }
}
