package de.nachlese.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-thread word cache in front of the decompounder: exact lookups by chars, bounded, and correct after a reset. */
class DecompoundFrontCacheTest {

    @Test
    void findsAWordByItsCharsOnlyAndStaysBounded() {
        DecompoundFilter.FrontCache cache = new DecompoundFilter.FrontCache();
        put(cache, "sicherheitslücke", List.of("sicherheits", "lücke"));
        put(cache, "zuckerberg", List.of());
        assertThat(get(cache, "sicherheitslücke")).containsExactly("sicherheits", "lücke");
        assertThat(get(cache, "zuckerberg")).isEmpty();
        assertThat(get(cache, "sicherheitslück")).isNull();
        assertThat(cache.slots()).isEqualTo(256); // small until words come
        char[] longer = "xsicherheitslückex".toCharArray(); // the same chars inside a larger buffer do not count
        assertThat(cache.get(longer, 17, DecompoundFilter.FrontCache.hash(longer, 17)))
                .isNull();
        for (int i = 0; i < DecompoundFilter.FRONT_WORDS - 2; i++) {
            put(cache, "wort" + i, List.of());
        }
        assertThat(cache.size()).isEqualTo(DecompoundFilter.FRONT_WORDS);
        assertThat(cache.slots()).isEqualTo(2 * DecompoundFilter.FRONT_WORDS);
        for (int i = 0; i < DecompoundFilter.FRONT_WORDS - 2; i += 997) {
            assertThat(get(cache, "wort" + i)).as("wort" + i).isEmpty(); // found again after every growth
        }
        assertThat(get(cache, "sicherheitslücke")).containsExactly("sicherheits", "lücke");
        put(cache, "rechenzentrum", List.of("rechen", "zentrum")); // full: starts over
        assertThat(cache.size()).isEqualTo(1);
        assertThat(get(cache, "sicherheitslücke")).isNull();
        assertThat(get(cache, "rechenzentrum")).containsExactly("rechen", "zentrum");
    }

    private static void put(DecompoundFilter.FrontCache cache, String word, List<String> parts) {
        char[] chars = (word + "???").toCharArray(); // a term buffer is usually longer than its term
        cache.put(chars, word.length(), DecompoundFilter.FrontCache.hash(chars, word.length()), parts);
    }

    private static List<String> get(DecompoundFilter.FrontCache cache, String word) {
        char[] chars = word.toCharArray();
        return cache.get(chars, chars.length, DecompoundFilter.FrontCache.hash(chars, chars.length));
    }
}
