package de.nachlese.search;

import java.util.Locale;

/** The lookup key of names and phrases: lower case, umlauts folded, single spaces. */
public final class Normalized {

    private Normalized() {}

    public static String key(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
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
