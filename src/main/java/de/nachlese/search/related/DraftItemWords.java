package de.nachlese.search.related;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.model.Item;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * What a draft item says, read against the index for {@link EarlierCoverage}: the query that selects its candidates,
 * its story words, the words and names of its opening (headline and first sentence, where a writer names the story
 * the item continues), and the names of that opening which a single indexed item holds.
 */
final class DraftItemWords {

    /** Words of the item that select candidates, the weightiest first. */
    static final int QUERY_TERMS = 40;

    private static final float ENTITY_BOOST = 2f;
    private static final float TOPIC_BOOST = 0.3f;

    private final IndexSchema schema;

    DraftItemWords(IndexSchema schema) {
        this.schema = schema;
    }

    /**
     * The names of the item's opening that a single indexed item holds, by that item's document: a name only the
     * earlier item's body gives ("Hyperion" for Meta's campus in Louisiana), where the writer names what the item
     * continues, is the surest sign of its story, and the indexed item's own vector leaves such words out ({@link
     * TermVector#withSingular}).
     */
    Map<Integer, Map<String, Boolean>> singularWords(IndexSearcher searcher, Set<String> opening, DocFreqs docFreqs)
            throws IOException {
        Map<Integer, Map<String, Boolean>> byDoc = new HashMap<>();
        for (String word : opening) {
            if (word.contains(":")) {
                continue;
            }
            int inBody = docFreqs.of(new Term(schema.bodyField(), word));
            int inHeadline = docFreqs.of(new Term(schema.headlineField(), word));
            if (inBody + inHeadline != 1) {
                continue;
            }
            String field = inBody == 1 ? schema.bodyField() : schema.headlineField();
            for (ScoreDoc doc : searcher.search(new TermQuery(new Term(field, word)), 1).scoreDocs) {
                byDoc.computeIfAbsent(doc.doc, d -> new HashMap<>()).put(word, inHeadline == 1);
            }
        }
        return byDoc;
    }

    /** The item's weightiest words in headline and body, and its names, as one OR query; null when it has none. */
    Query likeQuery(Item item, TermVector mine) {
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        int clauses = 0;
        List<Map.Entry<String, Double>> terms = mine.weights().entrySet().stream()
                .filter(e -> !e.getKey().contains(":"))
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(QUERY_TERMS)
                .toList();
        for (Map.Entry<String, Double> term : terms) {
            float boost = (float) Math.max(0.01, term.getValue());
            like.add(new BoostQuery(new TermQuery(new Term(schema.bodyField(), term.getKey())), boost), Occur.SHOULD);
            like.add(
                    new BoostQuery(new TermQuery(new Term(schema.headlineField(), term.getKey())), boost),
                    Occur.SHOULD);
            clauses += 2;
        }
        for (String company : item.tags().companies()) {
            like.add(new BoostQuery(schema.tagQuery(Facet.COMPANY, company), ENTITY_BOOST), Occur.SHOULD);
            clauses++;
        }
        for (String person : item.tags().people()) {
            like.add(new BoostQuery(schema.tagQuery(Facet.PERSON, person), ENTITY_BOOST), Occur.SHOULD);
            clauses++;
        }
        for (String topic : item.tags().topics()) {
            like.add(new BoostQuery(schema.tagQuery(Facet.TOPIC, topic), TOPIC_BOOST), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : like.build();
    }

    /** A word rare among headlines, as {@link #storyWords} counts them. */
    boolean isStoryWord(String term, DocFreqs docFreqs) {
        int maxDf = Math.max(
                RelatedFinder.STORY_WORD_MIN_DF, (int) (docFreqs.numDocs() * RelatedFinder.STORY_WORD_MAX_SHARE));
        int df = docFreqs.of(new Term(schema.headlineField(), term));
        return df >= 1 && df <= maxDf && (term.length() >= 3 || TermVector.isModelName(term));
    }

    /**
     * The words of the item's headline and first sentence: where a writer names the story an item continues, often
     * in a compound or another form of the earlier headline's word ("Robotaxi-Flotte" for "Robotaxi").
     */
    Set<String> openingWords(Item item, DocFreqs docFreqs) throws IOException {
        return TermVector.of(opening(item, item.headline(), firstSentence(item)), schema, docFreqs, 1)
                .weights()
                .keySet();
    }

    /**
     * The names of the item's headline and first sentence, as {@link TermVector#headlineTerms} finds them: words that
     * are no ordinary German word, or words of a tagged name. A verb or noun only one earlier item happens to use
     * ("sperrt") names no story.
     */
    Set<String> openingNames(Item item, DocFreqs docFreqs) throws IOException {
        return TermVector.of(opening(item, item.headline() + ". " + firstSentence(item), ""), schema, docFreqs, 1)
                .headlineTerms();
    }

    /** The first sentence as {@link BeatNames#firstSentence} finds it, where an item says what it is about. */
    private static String firstSentence(Item item) {
        return BeatNames.firstSentence(item.body());
    }

    /** The item with only the given headline and body, its tags kept: the opening read as an item of its own. */
    private static Item opening(Item item, String headline, String body) {
        return new Item(item.id(), item.position(), item.type(), "", headline, body, List.of(), item.tags());
    }

    /** The item's headline words rare among headlines: a candidate sharing one may continue the same story. */
    Set<String> storyWords(TermVector mine, DocFreqs docFreqs) {
        Set<String> words = new HashSet<>();
        for (String term : mine.headlineTerms()) {
            if (isStoryWord(term, docFreqs)) {
                words.add(term);
            }
        }
        return words;
    }
}
