package de.nachlese.search.query;

import de.nachlese.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/** Text in the headline (weight 2) or the body: the one way the query side turns words into field queries. */
final class TextQueries {

    private final IndexSchema schema;
    /** In a fixed order (the schema's map has none), so that a query and its toString are the same on every run. */
    private final Map<String, Float> fields;

    TextQueries(IndexSchema schema) {
        this.schema = schema;
        this.fields = new TreeMap<>(schema.textFieldBoosts());
    }

    /** The words as a phrase, stop words dropped but keeping their gap; null when nothing is left. */
    Query phrase(String text) {
        return text(text, schema.queryAnalyzer(), false, 0);
    }

    /** One typed word; hyphenated words ("KI-Infrastruktur") need all their parts. */
    Query word(String text) {
        return text(text, schema.queryAnalyzer(), true, 0);
    }

    /** The text in headline or body; as a phrase with the given slop unless {@code singleWord}. */
    Query text(String text, Analyzer analyzer, boolean singleWord, int slop) {
        if (!singleWord && slop > 0 && analyzer == schema.queryAnalyzer() && shrinksToOneWord(text)) {
            // "trade war" without the German stop word "war" is "trade": any item about trade. The index keeps
            // stop words, so the whole phrase is matched as written; a loose one in its order, as a separable verb
            // ("sammelt ein" in "sammelt 40 Mrd. Dollar ein") puts words between its two parts
            return ordered(text, schema.queryAnalyzerKeepingStopWords(), WordExpansion.SEPARABLE_SLOP);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (Map.Entry<String, Float> field : fields.entrySet()) {
            Query q = singleWord
                    ? new QueryBuilder(analyzer).createBooleanQuery(field.getKey(), text, Occur.MUST)
                    : new QueryBuilder(analyzer).createPhraseQuery(field.getKey(), text, slop);
            if (q != null) {
                any.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), Occur.SHOULD);
                found = true;
            }
        }
        return found ? any.build() : null;
    }

    /**
     * The words in this order in headline or body, at most {@code slop} other words between them, never reordered:
     * a separable verb ("wirbt weiter bei OpenAI ab"), which a sloppy phrase would also find turned round ("Ein Rekord
     * bricht" for "bricht ein"). Null when the analysis leaves no word.
     */
    Query ordered(String text, Analyzer analyzer, int slop) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (Map.Entry<String, Float> field : fields.entrySet()) {
            List<SpanQuery> terms = new ArrayList<>();
            try (TokenStream tokens = analyzer.tokenStream(field.getKey(), text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    terms.add(new SpanTermQuery(new Term(field.getKey(), term.toString())));
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!terms.isEmpty()) {
                Query q = terms.size() == 1
                        ? terms.get(0)
                        : new SpanNearQuery(terms.toArray(SpanQuery[]::new), slop, true);
                any.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), Occur.SHOULD);
                found = true;
            }
        }
        return found ? any.build() : null;
    }

    /**
     * Whether dropping stop words leaves a phrase of several words with fewer than two: an English phrase whose
     * second word is a German stop word ("trade war", "talent war") would match its first word alone.
     */
    private boolean shrinksToOneWord(String text) {
        if (text.indexOf(' ') < 0 && text.indexOf('-') < 0) {
            return false;
        }
        return terms(text, schema.queryAnalyzer()) < 2 && terms(text, schema.queryAnalyzerKeepingStopWords()) >= 2;
    }

    private static int terms(String text, Analyzer analyzer) {
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            tokens.reset();
            int count = 0;
            while (tokens.incrementToken()) {
                count++;
            }
            tokens.end();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text fields, for document-frequency lookups. */
    Iterable<String> fields() {
        return fields.keySet();
    }
}
