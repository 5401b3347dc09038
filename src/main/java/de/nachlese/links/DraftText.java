package de.nachlese.links;

import de.nachlese.tagging.NameDiscovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One text of a draft item (its headline or its body) as the analyzer's stemmed words with their places, so that
 * words the item shares with a target, known only by stem, can be shown as the draft writes them.
 */
final class DraftText {

    /** A phrase never runs across these: an anchor stays inside one clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.:;!?\\n()\\[\\]\"„“”]|\\s[-–—]\\s");
    /** Words an anchor may hold at most; links on whole sentences read badly. */
    static final int MAX_ANCHOR_WORDS = 5;
    /** Unshared words an anchor may hold between shared ones ("Exportlizenz für den H20"). */
    private static final int MAX_GAP_WORDS = 1;

    /** Lucene's German stop words, in the old spelling ("daß") the list keeps. */
    private static final CharArraySet STOP_WORDS = GermanAnalyzer.getDefaultStopSet();

    private record Token(String stem, int start, int end) {}

    private final String text;
    private final List<Token> tokens = new ArrayList<>();

    DraftText(String text, Analyzer analyzer, String field) {
        this.text = text;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    /** The word as the draft first writes it, or null when this text does not hold it. */
    String surface(String stem) {
        for (Token token : tokens) {
            if (token.stem().equals(stem)) {
                return text.substring(token.start(), token.end());
            }
        }
        return null;
    }

    record Phrase(String text, double weight) {}

    /**
     * The run of words in one clause with the most shared weight: it starts and ends on a shared word and holds at
     * most {@link #MAX_ANCHOR_WORDS} words (stop words between them are kept, as written). Null when no word is shared.
     *
     * @param weights shared stems and how much each counts
     */
    Phrase bestPhrase(Map<String, Double> weights) {
        Phrase best = null;
        for (int from = 0; from < tokens.size(); from++) {
            Double first = weight(tokens.get(from), weights);
            if (first == null) {
                continue;
            }
            double sum = 0;
            int gap = 0;
            for (int to = from; to < tokens.size() && to - from < MAX_ANCHOR_WORDS; to++) {
                if (to > from
                        && CLAUSE_BREAK
                                .matcher(text.substring(
                                        tokens.get(to - 1).end(), tokens.get(to).start()))
                                .find()) {
                    break;
                }
                Double w = weight(tokens.get(to), weights);
                if (w == null) {
                    if (++gap > MAX_GAP_WORDS) {
                        break;
                    }
                    continue;
                }
                gap = 0;
                sum += w;
                if (best == null || sum > best.weight() + 1e-9) {
                    best = new Phrase(
                            text.substring(
                                    tokens.get(from).start(), tokens.get(to).end()),
                            sum);
                }
            }
        }
        return best;
    }

    /** The token's weight when it is shared and, as written here, a content word; else null, a gap. */
    private Double weight(Token token, Map<String, Double> weights) {
        Double weight = weights.get(token.stem());
        return weight != null && contentWord(text.substring(token.start(), token.end())) ? weight : null;
    }

    /**
     * Whether a word as written can carry a link: a capitalised word (a noun or a name, "KI" too) or a name written
     * in lower case with a capital or a digit inside ("xAI", "o3"). Lower-case words are verbs, adjectives and
     * function words ("plant", "angeblich", "dass"), and so is a stop word written at the start of a sentence
     * ("Dass"); a link on them, or on the "min" of every podcast's length, reads as a mistake.
     */
    static boolean contentWord(String surface) {
        if (surface.isEmpty()) {
            return false;
        }
        String lower = surface.toLowerCase(Locale.GERMAN);
        if (STOP_WORDS.contains(lower) || STOP_WORDS.contains(lower.replace("ss", "ß"))) {
            return false;
        }
        return Character.isUpperCase(surface.charAt(0))
                ? surface.length() >= 2
                : surface.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Derived adjectives of places and peoples, capitalised at a sentence's or a title's start ("Chinesische"). */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile("\\p{L}{2,}isch(?:e[mnrs]?)?");

    /**
     * Whether a content word is weak as an anchor: a place, unit, currency, role or sentence opener
     * ({@link NameDiscovery#commonCapitalisedWords}: "Amerika", "Dollar", "KI", each word of "Silicon Valley") or an
     * adjective derived from a place ("Chinesische"). Such a word is shared by items on anything; the name or noun the item shares with the target
     * says what the link is about.
     */
    static boolean weakWord(String surface) {
        return WEAK_WORDS.contains(surface) || PLACE_ADJECTIVE.matcher(surface).matches();
    }

    /** The common capitalised words, and each word of the places of several words ("Silicon Valley"). */
    private static final Set<String> WEAK_WORDS = weakWords();

    private static Set<String> weakWords() {
        Set<String> words = new HashSet<>();
        for (String entry : NameDiscovery.commonCapitalisedWords()) {
            words.add(entry);
            words.addAll(List.of(entry.split("\\s+")));
        }
        return Set.copyOf(words);
    }

    /** Weights by rank: the weightiest shared word counts 1, the next ones less, so a phrase of strong words wins. */
    static Map<String, Double> rankWeights(List<String> stemsByWeight) {
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < stemsByWeight.size(); i++) {
            weights.put(stemsByWeight.get(i), 1.0 / (1 + 0.5 * i));
        }
        return weights;
    }
}
