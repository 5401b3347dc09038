package de.nachlese.search.query;

import de.nachlese.model.Facet;
import de.nachlese.search.Normalized;
import de.nachlese.tagging.EntityKind;
import de.nachlese.tagging.Gazetteer;
import de.nachlese.tagging.GazetteerEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Recognises companies, people and topics in what a reader types, case-insensitively and with the German genitive:
 * "Facebook" is Meta, "Musks" and "Elon Musk" are Elon Musk. Names come from the tagging gazetteer; topic names are
 * added per index, because the index knows which topics exist.
 */
final class EntityNames {

    /** A recognised name: the facet value it stands for. */
    record Entity(Facet facet, String value) {}

    /** Longest names the query side looks for, in words ("Mark Elliot Zuckerberg" would be 3). */
    static final int MAX_WORDS = 4;

    private final Map<String, Entity> bySurface = new HashMap<>();
    private final Map<String, Entity> byCanonical = new HashMap<>();
    /** Single-word names of products and projects that count wherever they occur ("Stargate", "ChatGPT"). */
    private final Set<String> productWords = new HashSet<>();
    /** Single words of every name with their written case, for spelling suggestions ("Zuckerberg"). */
    private final List<String> nameWords = new ArrayList<>();

    EntityNames(Gazetteer gazetteer) {
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.kind() == EntityKind.PRODUCT) {
                // products are no facet; their names are found as words. Only forms that need no context name one
                entry.plainForms().stream()
                        .filter(form -> !form.contains(" ") && !form.contains("-"))
                        .forEach(form -> productWords.add(Normalized.key(form)));
                continue;
            }
            Entity entity =
                    new Entity(entry.kind() == EntityKind.PERSON ? Facet.PERSON : Facet.COMPANY, entry.canonical());
            byCanonical.putIfAbsent(Normalized.key(entry.canonical()), entity);
            for (String form : entry.allNames()) {
                bySurface.putIfAbsent(Normalized.key(form), entity);
                for (String word : form.split("[\\s-]+")) {
                    if (word.length() >= 4 && Character.isLetter(word.charAt(0)) && !nameWords.contains(word)) {
                        nameWords.add(word);
                    }
                }
            }
        }
    }

    /** The entity the words name, also in the genitive ("Musks", "OpenAI's"). */
    Optional<Entity> find(String words) {
        return inGenitiveToo(Normalized.key(words), bySurface::get);
    }

    /**
     * Whether the word is the name of a product or project the tagger knows, also in the genitive ("Stargates"): a
     * story's items share such a name as they share a company's.
     */
    boolean product(String word) {
        return inGenitiveToo(Normalized.key(word), key -> productWords.contains(key) ? key : null)
                .isPresent();
    }

    /** What {@code lookup} finds for the key as it is, else for the key without a genitive ending. */
    private static <T> Optional<T> inGenitiveToo(String key, Function<String, T> lookup) {
        T exact = lookup.apply(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (String suffix : List.of("'s", "'", "s")) {
            if (key.length() > suffix.length() + 2 && key.endsWith(suffix)) {
                T genitive = lookup.apply(key.substring(0, key.length() - suffix.length()));
                if (genitive != null) {
                    return Optional.of(genitive);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical value of a filter ({@code firma:facebook} is Meta, {@code person:musk} is Elon Musk), trying the
     * canonical names first so that an ambiguous name such as "X" works as a filter.
     */
    String canonical(Facet facet, String typed) {
        Entity canonical = byCanonical.get(Normalized.key(typed));
        if (canonical != null && canonical.facet() == facet) {
            return canonical.value();
        }
        return find(typed).filter(e -> e.facet() == facet).map(Entity::value).orElse(typed);
    }

    Collection<String> nameWords() {
        return nameWords;
    }
}
