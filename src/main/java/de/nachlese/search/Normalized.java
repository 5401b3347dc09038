package de.nachlese.search;

import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup key of names and phrases: lower case, umlauts folded, single spaces. */
public final class Normalized {

    /** Compiled once: keys are made per facet value and per keystroke, where compiling per call showed in profiles. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Normalized() {}

    public static String key(String text) {
        String lower = SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ä' -> out.append('a');
                case 'ö' -> out.append('o');
                case 'ü' -> out.append('u');
                case 'ß' -> out.append("ss");
                case '’' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
