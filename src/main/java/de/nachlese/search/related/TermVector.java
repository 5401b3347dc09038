package de.nachlese.search.related;

import de.nachlese.analysis.Compounds;
import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.model.Item;
import de.nachlese.model.StoredItem;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;

/**
 * An item as a weighted bag of words and names, for cosine similarity: tf-idf of the stemmed words, headline words
 * counting {@link #HEADLINE_WEIGHT} times, and the tagged companies and people as extra "words" weighted by their
 * rarity. Rare shared words ("Stargate", "Abilene") make two items similar; words every item has do not.
 */
final class TermVector {

    static final double HEADLINE_WEIGHT = 6.0;
    static final double ENTITY_WEIGHT = 1.0;
    private static final Pattern MODEL_NAME = Pattern.compile("\\p{L}{1,3}\\d{1,4}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Double> weights;
    private final java.util.Set<String> headlineTerms;
    private final double norm;

    private TermVector(Map<String, Double> weights, java.util.Set<String> headlineTerms) {
        this.weights = weights;
        this.headlineTerms = headlineTerms;
        double sum = 0;
        for (double w : weights.values()) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    static TermVector of(StoredItem stored, IndexSchema schema, DocFreqs reader) throws IOException {
        return of(stored.item(), schema, reader, 0);
    }

    /**
     * @param outside 1 for an item that is not in the index (a draft): it counts as one more document holding its
     *                own words, so a word it shares with a single indexed item still weighs
     */
    static TermVector of(Item item, IndexSchema schema, DocFreqs reader, int outside) throws IOException {
        int docs = Math.max(1, reader.numDocs() + outside);
        Map<String, Double> counts = new HashMap<>();
        java.util.Set<String> headlineTerms = new java.util.HashSet<>();
        java.util.Set<String> names = nameWords(item);
        boolean draft = outside > 0;
        addWords(counts, item.headline(), HEADLINE_WEIGHT, schema, headlineTerms, names, draft);
        addWords(counts, item.body(), 1.0, schema, null, names, draft);
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            int df = reader.of(new Term(schema.bodyField(), e.getKey()))
                    + reader.of(new Term(schema.headlineField(), e.getKey()))
                    + outside;
            if (df > 1) {
                weights.put(e.getKey(), (1 + Math.log(e.getValue())) * idf(docs, df));
            }
        }
        for (String company : item.tags().companies()) {
            addEntity(weights, Facet.COMPANY, company, schema, reader, docs, outside);
        }
        for (String person : item.tags().people()) {
            addEntity(weights, Facet.PERSON, person, schema, reader, docs, outside);
        }
        return new TermVector(weights, headlineTerms);
    }

    /**
     * This vector with words weighed that it holds alone in the index: an indexed item leaves out a word no other
     * indexed item has, as it can make it alike to none of them, but a draft naming that word ("Hyperion", a campus
     * only one earlier item's body names) shares it. Each weighs as a word two documents hold, once.
     *
     * @param words    the words, each with whether it stands in the headline
     * @param numDocs  the documents of the index
     */
    TermVector withSingular(Map<String, Boolean> words, int numDocs) {
        if (words.isEmpty()) {
            return this;
        }
        Map<String, Double> with = new HashMap<>(weights);
        words.forEach((word, inHeadline) ->
                with.putIfAbsent(word, (inHeadline ? 1 + Math.log(HEADLINE_WEIGHT) : 1) * idf(numDocs + 1, 2)));
        return new TermVector(with, headlineTerms);
    }

    /** The weighted words and names, keyed by stemmed word or "company:Name", "person:Name". */
    Map<String, Double> weights() {
        return weights;
    }

    /** The product of both weights for every word or name the two vectors share, normalised like the cosine. */
    Map<String, Double> shared(TermVector other) {
        Map<String, Double> shared = new HashMap<>();
        if (norm == 0 || other.norm == 0) {
            return shared;
        }
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Double w = other.weights.get(e.getKey());
            if (w != null) {
                shared.put(e.getKey(), e.getValue() * w / (norm * other.norm));
            }
        }
        return shared;
    }

    /**
     * The stemmed names of the headline, the candidates for story words: capitalised words that are no ordinary
     * German word ("Stargate", "DOGE", "Robotaxi"), or words of a tagged company, person or product ("Chrome").
     * A capitalised dictionary word ("Erwartungen", "Gewinn") heads items of any story, so sharing one makes no
     * two items the same story.
     */
    java.util.Set<String> headlineTerms() {
        return headlineTerms;
    }

    double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm * other.norm);
    }

    /** The lower-cased words of the item's tagged names: "Google Chrome" gives "google" and "chrome". */
    private static java.util.Set<String> nameWords(Item item) {
        java.util.Set<String> words = new java.util.HashSet<>();
        var tags = item.tags();
        for (var names : List.of(tags.companies(), tags.people(), tags.products())) {
            for (String name : names) {
                for (String word : NOT_WORD.split(name.toLowerCase(Locale.GERMAN))) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }

    /** Adds the words' weights; collects the names among them (see {@link #headlineTerms}) into {@code nouns}. */
    private static void addWords(
            Map<String, Double> counts,
            String text,
            double weight,
            IndexSchema schema,
            java.util.Set<String> nouns,
            java.util.Set<String> nameWords,
            boolean draft)
            throws IOException {
        try (TokenStream stream = schema.comparingAnalyzer().tokenStream(schema.bodyField(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                boolean model = nouns != null && isModelName(word);
                if (word.length() >= 3 || model) {
                    counts.merge(word, weight, Double::sum);
                    if (nouns != null
                            && ((model && draft)
                                    || (Character.isUpperCase(text.charAt(offset.startOffset()))
                                            && term.chars().noneMatch(Character::isDigit)
                                            && isName(
                                                    text.substring(offset.startOffset(), offset.endOffset()),
                                                    nameWords)))) {
                        nouns.add(word);
                    }
                }
            }
            stream.end();
        }
    }

    /**
     * A model's name of letters and digits ("r1", "o3", "h20", "mi308") in a headline is a word however short: a
     * headline names the model its item is about, a body also those it compares with. In a draft's
     * headline it is a name, as the tagger may not have placed it (a version named without its maker); an archived
     * headline names it as a story only where the archive tags it as a product ({@link
     * EarlierCoverage#storyNames}), so "Q2" names no story.
     */
    static boolean isModelName(String word) {
        return MODEL_NAME.matcher(word).matches();
    }

    private static boolean isName(String surface, java.util.Set<String> nameWords) {
        return !Compounds.isWord(surface) || nameWords.contains(surface.toLowerCase(Locale.GERMAN));
    }

    private static void addEntity(
            Map<String, Double> weights,
            Facet facet,
            String value,
            IndexSchema schema,
            DocFreqs reader,
            int docs,
            int outside) {
        int df = reader.of(schema.tagTerm(facet, value)) + outside;
        if (df > 1) {
            weights.put(facet.id() + ":" + value, ENTITY_WEIGHT * idf(docs, df));
        }
    }

    private static double idf(int docs, int df) {
        return Math.log((double) docs / df);
    }
}
