package de.nachlese.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    /**
     * Infinitives shorter than this are as often plural nouns whose -ung noun is another word ("Stellen" is not about a
     * "Stellung", "Zahlen" not about a "Zahlung").
     */
    static final int MIN_INFINITIVE_CHARS = 8;
    /**
     * Particles of separable verbs, longest first: their noun in -ung says "Einstellung", the verb "stellt ... ein"
     * and the participle "eingestellt", with "ge" after the particle.
     */
    static final List<String> PARTICLES = List.of(
            "zurück", "heraus", "weiter", "nach", "fest", "frei", "hoch", "los", "vor", "weg", "auf", "aus", "ein",
            "mit", "her", "hin", "ab", "an", "um", "zu", "bei");

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
            separable(stem).ifPresent(split -> {
                // "Umwandlung" → "umgewandelt", "wandelt ... um"; "Abschaltung" → "abgeschaltet", "schaltet ... ab"
                String ending = split[1].endsWith("t") || split[1].endsWith("d") ? "et" : "t";
                forms.add(split[0] + "ge" + split[1] + ending);
                // a strong verb's participle: "Freilassung" → "freigelassen", "Zulassung" → "zugelassen"
                forms.add(split[0] + "ge" + split[1] + "en");
                forms.add(split[1] + ending + " " + split[0]);
            });
        }
        if ((singular.endsWith("ation") || singular.endsWith("ition")) && singular.length() >= MIN_UNG_CHARS + 1) {
            // "Investition" ↔ "investieren", "Spekulation" ↔ "spekulieren"
            String stem = singular.substring(0, singular.length() - 5);
            forms.addAll(List.of(stem + "ieren", stem + "iert", stem + "ierte"));
        }
        if (lower.endsWith("en") && !lower.endsWith("ungen") && lower.length() >= MIN_INFINITIVE_CHARS) {
            // an infinitive or plural verb: "genehmigen" → "Genehmigung", "regulieren" → "Regulierung", "Regulation"
            String stem = lower.substring(0, lower.length() - 2);
            forms.add(stem + "ung");
            if (stem.endsWith("ier")) {
                String root = stem.substring(0, stem.length() - 3);
                forms.addAll(List.of(root + "ition", root + "ation"));
            }
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
                // a separable verb's participle has "ge" after its particle: "eingestellt" → "Einstellung"
                separable(stem)
                        .filter(split -> split[1].startsWith("ge") && split[1].length() > 4)
                        .ifPresent(split -> stems.add(split[0] + split[1].substring(2)));
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

    /** The particle and the rest of a word that begins with a separable verb's particle; empty when none fits. */
    private static Optional<String[]> separable(String stem) {
        for (String particle : PARTICLES) {
            // the rest must be a verb stem of its own ("stell", "wandel"), not a fragment ("Ab" + "er")
            if (stem.startsWith(particle) && stem.length() - particle.length() >= 4) {
                return Optional.of(new String[] {particle, stem.substring(particle.length())});
            }
        }
        return Optional.empty();
    }
}
