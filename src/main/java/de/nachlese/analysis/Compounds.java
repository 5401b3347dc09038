package de.nachlese.analysis;

import java.util.List;
import java.util.Locale;

/**
 * The decompounder the index uses, for the query side: the parts of a compound a reader typed, and whether a word is
 * in the dictionary at all. Sharing it keeps query parts and indexed parts identical ("Chipverbot" → "chip", "verbot"
 * on both sides).
 */
public final class Compounds {

    private Compounds() {}

    /** The parts of a compound ("Milliardenstrafe" → "milliarden", "strafe"), empty when the word is no compound. */
    public static List<String> parts(String word) {
        return Decompounder.parts(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is in the German dictionary: such a word is never a misspelling. */
    public static boolean isWord(String word) {
        return Decompounder.known(word.toLowerCase(Locale.ROOT));
    }
}
