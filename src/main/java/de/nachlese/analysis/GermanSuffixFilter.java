package de.nachlese.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Two plural forms the light German stemmer leaves alone, applied after it: Latin "-um/-en" ("Rechenzentrum",
 * "Rechenzentren", both "rechenzentr") and the loanword "-s" after any letter ("Chips" → "chip", "Apps" → "app").
 * Index and query side run the same filter, so a rare collision costs a little precision, never a missed match.
 */
final class GermanSuffixFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    GermanSuffixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (length >= 6 && buffer[length - 2] == 'u' && buffer[length - 1] == 'm') {
            term.setLength(length - 2);
        } else if (length >= 5
                && buffer[length - 1] == 's'
                && buffer[length - 2] != 's'
                && Character.isLetter(buffer[length - 2])) {
            term.setLength(length - 1);
        }
        return true;
    }
}
