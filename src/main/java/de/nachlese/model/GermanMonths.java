package de.nachlese.model;

import java.util.Locale;
import java.util.Map;

/**
 * German month names and their abbreviations as newsletters write them ("Januar", "Jänner", "Feb.", "Mrz"). Both
 * the byline dates of ingest and the earnings calendars of tagging read them, so the table lives once, here.
 */
public final class GermanMonths {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("januar", 1),
            Map.entry("jan", 1),
            Map.entry("jänner", 1),
            Map.entry("februar", 2),
            Map.entry("feb", 2),
            Map.entry("märz", 3),
            Map.entry("maerz", 3),
            Map.entry("mär", 3),
            Map.entry("mrz", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("mai", 5),
            Map.entry("juni", 6),
            Map.entry("jun", 6),
            Map.entry("juli", 7),
            Map.entry("jul", 7),
            Map.entry("august", 8),
            Map.entry("aug", 8),
            Map.entry("september", 9),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oktober", 10),
            Map.entry("okt", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("dezember", 12),
            Map.entry("dez", 12));

    private GermanMonths() {}

    /** The month's number (1–12), or null for a word that names no month; case does not matter. */
    public static Integer number(String name) {
        return NUMBERS.get(name.toLowerCase(Locale.GERMAN));
    }
}
