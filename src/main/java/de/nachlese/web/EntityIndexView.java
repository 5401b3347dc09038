package de.nachlese.web;

import de.nachlese.search.FacetValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An A–Z list of all companies, people or topics with their item counts. */
public record EntityIndexView(EntityRoute route, List<Letter> letters) {

    /** The entries under one initial. */
    public record Letter(String letter, List<FacetValue> entries) {

        /** The fragment id: "buchstabe-N", or "buchstabe-ziffern" for names starting with a digit or sign. */
        public String anchor() {
            return "buchstabe-" + (letter.equals("#") ? "ziffern" : letter);
        }
    }

    static EntityIndexView of(EntityRoute route, List<FacetValue> alphabetical) {
        Map<String, List<FacetValue>> byLetter = new LinkedHashMap<>();
        for (FacetValue value : alphabetical) {
            byLetter.computeIfAbsent(initial(value.value()), l -> new ArrayList<>())
                    .add(value);
        }
        return new EntityIndexView(
                route,
                byLetter.entrySet().stream()
                        .map(e -> new Letter(e.getKey(), e.getValue()))
                        .toList());
    }

    /** "Ö" files under "O", digits and signs under "#". */
    static String initial(String name) {
        String first = java.text.Normalizer.normalize(name.substring(0, 1), java.text.Normalizer.Form.NFD)
                .substring(0, 1)
                .toUpperCase(Locale.GERMAN);
        return first.matches("[A-Z]") ? first : "#";
    }

    public int count() {
        return letters.stream().mapToInt(l -> l.entries().size()).sum();
    }
}
