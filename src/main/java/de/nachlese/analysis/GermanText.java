package de.nachlese.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lower-case, umlaut folding, light stemming and two extra plural rules; at index time also compound splitting.
 */
public final class GermanText extends Analyzer {
    /**
     * Question words Lucene's list lacks. A reader types questions ("warum fällt die Nvidia-Aktie", "wann kommt die
     * Switch 2"); the items answer them without the question word, so requiring it empties the strict search.
     */
    private static final List<String> QUESTION_WORDS = List.of(
            "warum",
            "wieso",
            "weshalb",
            "weswegen",
            "wann",
            "woher",
            "wohin",
            "wieviel",
            "wieviele",
            "wer",
            "wem",
            "wen");

    /**
     * The words a query leaves out: Lucene's German stop words, which keep the old spelling ("daß"), with the current
     * one added ("dass") and the question words. A question typed today ("was Nvidia sagt, dass …") must not require
     * "dass" of every hit.
     */
    public static final CharArraySet QUERY_STOP_WORDS = currentSpelling(GermanAnalyzer.getDefaultStopSet());

    private final boolean decompound;
    private final CharArraySet unsplittable;
    private final CharArraySet stopWords;

    /** @param stopWords the words to leave out; an empty set keeps every word */
    public GermanText(boolean decompound, CharArraySet unsplittable, CharArraySet stopWords) {
        this.decompound = decompound;
        this.unsplittable = unsplittable;
        this.stopWords = stopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (!stopWords.isEmpty()) {
            stream = new StopFilter(stream, stopWords);
        }
        if (decompound) {
            stream = new DecompoundFilter(stream, unsplittable);
        }
        stream = new GermanNormalizationFilter(stream);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(source, new GermanSuffixFilter(stream));
    }

    private static CharArraySet currentSpelling(CharArraySet words) {
        CharArraySet both = new CharArraySet(words, false);
        both.addAll(QUESTION_WORDS);
        for (Object word : words) {
            String text = new String((char[]) word);
            if (text.contains("ß")) {
                both.add(text.replace("ß", "ss"));
            }
        }
        return CharArraySet.unmodifiableSet(both);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }
}
