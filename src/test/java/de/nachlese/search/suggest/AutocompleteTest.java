package de.nachlese.search.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.bench.corpus.CorpusGenerator;
import de.nachlese.model.Facet;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.search.Normalized;
import de.nachlese.tagging.Tagger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indexed autocomplete answers exactly what a scan of every entry in priority order answers (the definition of
 * its six tiers), over the names and headlines of a generated archive and thousands of typed texts.
 */
@ConcurrentInMemory
class AutocompleteTest {

    private static List<Completion> names;
    private static List<Completion> headlines;
    private static Autocomplete autocomplete;
    /** Per entry of {@link #names}, then {@link #headlines}: its lookup key. */
    private static List<String> keys;

    @BeforeAll
    static void build() {
        Tagger tagger = Tagger.bundled();
        Map<Facet, Map<String, Long>> counts = new TreeMap<>();
        headlines = new ArrayList<>();
        List<Issue> issues = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED)
                .issues(3_000)
                .map(tagger::tag)
                .toList();
        for (Issue issue : issues.reversed()) { // newest first, as the index offers them
            for (Item item : issue.items()) {
                headlines.add(new Completion(null, item.headline(), item.id(), 1));
                item.tags()
                        .companies()
                        .forEach(n -> counts.computeIfAbsent(Facet.COMPANY, f -> new TreeMap<>())
                                .merge(n, 1L, Long::sum));
                item.tags()
                        .people()
                        .forEach(n -> counts.computeIfAbsent(Facet.PERSON, f -> new TreeMap<>())
                                .merge(n, 1L, Long::sum));
                item.tags()
                        .topics()
                        .forEach(n -> counts.computeIfAbsent(Facet.TOPIC, f -> new TreeMap<>())
                                .merge(n, 1L, Long::sum));
            }
        }
        names = new ArrayList<>();
        counts.forEach((facet, byName) ->
                byName.forEach((name, count) -> names.add(new Completion(facet, name, null, count))));
        names.sort(
                Comparator.comparingLong(Completion::count).reversed().thenComparing(c -> Normalized.key(c.label())));
        autocomplete = new Autocomplete(names, headlines);
        keys = new ArrayList<>();
        names.forEach(c -> keys.add(Normalized.key(c.label())));
        headlines.forEach(c -> keys.add(Normalized.key(c.label())));
    }

    @Test
    void theGeneratedArchiveHasEnoughNamesAndHeadlinesToMeanSomething() {
        assertThat(names).hasSizeGreaterThan(100);
        assertThat(headlines).hasSize(3_000);
    }

    @Test
    void answersExactlyWhatAScanOfEveryEntryAnswers() {
        Set<String> typed = new LinkedHashSet<>(List.of(
                "a",
                "e",
                "ki",
                "ck",
                "x",
                "ä",
                "ü",
                "sch",
                "ung",
                "lücke",
                "zz",
                "qqq",
                "1",
                "20",
                "-",
                "&",
                "KI-",
                "Open",
                "nvidia",
                "chip",
                "rechenzentr",
                "ß"));
        Random random = new Random(11);
        List<Completion> all = new ArrayList<>(names);
        all.addAll(headlines);
        for (int n = 0; n < 2_000; n++) {
            String label = all.get(random.nextInt(all.size())).label();
            int from = random.nextInt(label.length());
            int length = 1 + random.nextInt(Math.min(8, label.length() - from));
            typed.add(label.substring(from, from + length));
        }
        int compared = 0;
        for (String text : typed) {
            List<List<Completion>> tiers = scan(text, 20);
            for (int limit : new int[] {1, 5, 8, 20}) {
                assertThat(autocomplete.complete(text, limit))
                        .as("%s, limit %d", text, limit)
                        .isEqualTo(first(tiers, limit));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5_000);
    }

    @Test
    void findsNamesBeforeHeadlinesAndCompoundsFromTheInside() {
        Autocomplete small = new Autocomplete(
                List.of(
                        new Completion(Facet.TOPIC, "Sicherheit", null, 4),
                        new Completion(Facet.PERSON, "Elon Musk", null, 2)),
                List.of(
                        new Completion(null, "Eine Sicherheitslücke im Browser", "a", 1),
                        new Completion(null, "Lücken in der Lieferkette", "b", 1),
                        new Completion(null, "Musks neue Firma", "c", 1)));
        assertThat(small.complete("lücke", 5))
                .extracting(Completion::label)
                .containsExactly("Lücken in der Lieferkette", "Eine Sicherheitslücke im Browser");
        assertThat(small.complete("mus", 5))
                .extracting(Completion::label)
                .containsExactly("Elon Musk", "Musks neue Firma");
        assertThat(small.complete("si", 1)).extracting(Completion::label).containsExactly("Sicherheit");
        assertThat(small.complete("ck", 5)).isEmpty();
        assertThat(small.complete("zzz", 5)).isEmpty();
    }

    /**
     * The definition: every entry in priority order, sorted into names' and headlines' tiers of at most {@code cap}
     * entries each. The answer for a limit up to the cap is {@link #first} of these tiers, so one scan serves every
     * limit.
     */
    private static List<List<Completion>> scan(String typed, int cap) {
        String key = Normalized.key(typed);
        List<List<Completion>> tiers = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            tiers.add(new ArrayList<>());
        }
        if (key.isEmpty()) {
            return tiers;
        }
        for (int i = 0; i < keys.size(); i++) {
            boolean name = i < names.size();
            Completion c = name ? names.get(i) : headlines.get(i - names.size());
            String text = keys.get(i);
            int tier = text.startsWith(key)
                    ? 0
                    : wordStarts(text, key) ? 1 : key.length() >= 3 && text.contains(key) ? 2 : -1;
            if (tier >= 0 && tiers.get((name ? 0 : 3) + tier).size() < cap) {
                tiers.get((name ? 0 : 3) + tier).add(c);
            }
        }
        return tiers;
    }

    /** The first {@code limit} entries of the tiers, each tier taken up to {@code limit}, in tier order. */
    private static List<Completion> first(List<List<Completion>> tiers, int limit) {
        return tiers.stream()
                .flatMap(tier -> tier.stream().limit(limit))
                .limit(limit)
                .toList();
    }

    private static boolean wordStarts(String text, String key) {
        for (int at = text.indexOf(key, 1); at > 0; at = text.indexOf(key, at + 1)) {
            if (!Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
