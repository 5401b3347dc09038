package de.nachlese.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds gazetteer entities in German text. One alternation of all surface forms, longest first, matched on word
 * boundaries, so that German inflection and compounds need no listing:
 * <ul>
 *   <li>genitive and possessive: "Teslas", "OpenAIs", "Musks", "Altman's";</li>
 *   <li>hyphen compounds: "Nvidia-Chef", "Meta-Konzern", "Ex-Twitter";</li>
 *   <li>but not inside a word: "Metaebene" is not Meta.</li>
 * </ul>
 * Matching is case-sensitive, because capitalisation is what separates "Apple" from "apple" in German prose; names
 * of four letters or more also match in capitals ("NVIDIA").
 */
final class EntityMatcher {

    private final Pattern pattern;
    private final Map<String, GazetteerEntry> bySurface;

    EntityMatcher(List<GazetteerEntry> entries) {
        bySurface = new HashMap<>();
        for (GazetteerEntry entry : entries) {
            for (String form : entry.surfaceForms()) {
                bySurface.putIfAbsent(form, entry);
                String upper = form.toUpperCase(Locale.ROOT);
                if (form.length() >= 4 && !upper.equals(form)) {
                    bySurface.putIfAbsent(upper, entry);
                }
            }
        }
        String alternation = bySurface.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(" + (alternation.isEmpty() ? "(?!)" : alternation)
                + ")(?:s|'s|’s|'|’)?(?![\\p{L}\\p{N}])");
    }

    /** The entries mentioned in the text, in order of first mention. */
    List<GazetteerEntry> find(String text) {
        Set<GazetteerEntry> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(bySurface.get(m.group(1)));
        }
        return new ArrayList<>(found);
    }
}
