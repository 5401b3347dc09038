package de.nachlese.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The regular noun/verb pairs of German, by rule, so that the derivation list need hold only the irregular ones:
 * "Genehmigung(en)" ↔ "genehmigt", "Investition(en)" ↔ "investiert", "gegründet" → "Gründung". The forms are
 * candidates: the caller keeps only those the index contains, so a rule that makes a word German lacks costs one
 * look-up and adds nothing.
 */
final class DerivationRules {

    /** Nouns in -ung shorter than this are rarely derived from a verb ("Zeitung", "Lösung" are kept by the list). */
    static final int MIN_UNG_CHARS = 7;
    /** Participles shorter than this are mostly other words ("Markt", "Recht"). */
    static final int MIN_PARTICIPLE_CHARS = 7;

    private DerivationRules() {}

    /** Candidate verbs, participles or nouns of the same event as the word, lower case; empty when no rule applies. */
    static List<String> forms(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> forms = new ArrayList<>();
        String singular =
                lower.endsWith("ungen") || lower.endsWith("ionen") ? lower.substring(0, lower.length() - 2) : lower;
        if (singular.endsWith("ung") && singular.length() >= MIN_UNG_CHARS) {
            String stem = singular.substring(0, singular.length() - 3);
            forms.addAll(List.of(stem + "t", stem + "en", stem + "et", "ge" + stem + "t", stem + "te"));
        }
        if ((singular.endsWith("ation") || singular.endsWith("ition")) && singular.length() >= MIN_UNG_CHARS + 1) {
            // "Investition" ↔ "investieren", "Spekulation" ↔ "spekulieren"
            String stem = singular.substring(0, singular.length() - 5);
            forms.addAll(List.of(stem + "ieren", stem + "iert", stem + "ierte"));
        }
        if (lower.endsWith("t") && lower.length() >= MIN_PARTICIPLE_CHARS) {
            // a participle or third person: "genehmigt", "gegründet", "reguliert" → the noun in -ung
            List<String> stems = new ArrayList<>(List.of(lower.substring(0, lower.length() - 1)));
            if (lower.endsWith("et")) {
                stems.add(lower.substring(0, lower.length() - 2));
            }
            for (String stem : List.copyOf(stems)) {
                if (stem.startsWith("ge")) {
                    stems.add(stem.substring(2));
                }
            }
            for (String stem : stems) {
                forms.add(stem + "ung");
                if (stem.endsWith("ier")) {
                    String root = stem.substring(0, stem.length() - 3);
                    forms.addAll(List.of(root + "ition", root + "ation"));
                }
            }
        }
        forms.remove(lower);
        return forms;
    }
}
