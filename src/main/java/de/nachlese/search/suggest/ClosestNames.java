package de.nachlese.search.suggest;

import de.nachlese.model.Facet;
import de.nachlese.search.FacetValue;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.Normalized;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names (companies, people, topics) closest to the words of a query that found nothing: a word of the name starts
 * with a typed word, or is within a few typing errors of it. A search that finds nothing has no hits to draw facets
 * from, so the reader is offered the archive's own names instead.
 */
public final class ClosestNames {

    /** Typed words shorter than this match too many names by prefix to be a hint. */
    static final int MIN_WORD_CHARS = 3;

    static final List<Facet> NAME_FACETS = List.of(Facet.COMPANY, Facet.PERSON, Facet.TOPIC);
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ClosestNames() {}

    /** The names of the index closest to the query's words, from the value counts the reader keeps anyway. */
    public static List<Completion> of(ItemSearcher searcher, String query, int limit) throws IOException {
        Map<Facet, List<FacetValue>> names = new EnumMap<>(Facet.class);
        searcher.read((s, schema) -> {
            if (s.facetState() != null) {
                Map<Facet, Map<String, Long>> all = s.allValues(schema::dimension);
                for (Facet facet : NAME_FACETS) {
                    names.put(
                            facet,
                            all.getOrDefault(facet, Map.of()).entrySet().stream()
                                    .map(e -> new FacetValue(e.getKey(), e.getValue(), false))
                                    .toList());
                }
            }
            return null;
        });
        return of(query, names, limit);
    }

    /**
     * @param names per facet, every value with its item count
     * @return at most {@code limit} names as completions (facet, name, count): prefix matches first, then by fewer
     *     edits, more items, name
     */
    public static List<Completion> of(String query, Map<Facet, List<FacetValue>> names, int limit) {
        List<String> typed =
                words(query).stream().filter(w -> w.length() >= MIN_WORD_CHARS).toList();
        if (typed.isEmpty()) {
            return List.of();
        }
        record Scored(Completion name, int edits) {}
        List<Scored> found = new ArrayList<>();
        names.forEach((facet, values) -> {
            for (FacetValue value : values) {
                int edits = edits(typed, words(value.value()));
                if (edits >= 0) {
                    found.add(new Scored(new Completion(facet, value.value(), null, value.count()), edits));
                }
            }
        });
        return found.stream()
                .sorted(Comparator.comparingInt(Scored::edits)
                        .thenComparing(s -> -s.name().count())
                        .thenComparing(s -> s.name().label()))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /** The fewest edits from a typed word to a word of the name (0 for a prefix), or -1 when none is close. */
    private static int edits(List<String> typed, List<String> nameWords) {
        int best = -1;
        for (String word : typed) {
            for (String nameWord : nameWords) {
                int edits = nameWord.startsWith(word) ? 0 : distance(word, nameWord, allowedEdits(word));
                if (edits >= 0 && (best < 0 || edits < best)) {
                    best = edits;
                }
            }
        }
        return best;
    }

    /** One typing error in a short word, two in a longer one, as a spelling checker allows. */
    static int allowedEdits(String word) {
        return word.length() <= 5 ? 1 : 2;
    }

    /** Levenshtein distance of a and b, or -1 when it exceeds {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return -1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int distance = previous[b.length()];
        return distance <= max ? distance : -1;
    }

    private static List<String> words(String text) {
        return List.of(NOT_WORD.split(Normalized.key(text))).stream()
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
