package de.nachlese.search.query;

import de.nachlese.search.Normalized;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of expressions that mean the same to a reader ("AI", "KI", "künstliche Intelligenz"), applied to the query
 * only: the index stays as written, and changing the list needs no re-indexing. One group per line, comma-separated.
 * An expression in several groups has all of their expressions ("Strafe" is a "fine" and a "penalty").
 *
 * <p>Two lists: the synonyms (synonyms.txt), applied whenever a query has one of their expressions, and the bilingual
 * glossary (glossary.txt), applied to expressions of several words and to a word the archive lacks or barely has
 * (see {@link WordExpansion#glossaryApplies}). A word the archive has ("Chip", "Kurs") is searched as typed, so a
 * common word does not drag in a dozen translations.
 */
final class Synonyms {

    static final int MAX_WORDS = 3;

    private final Map<String, List<String>> groups = new HashMap<>();
    /** The bilingual glossary's groups, consulted only for expressions the archive lacks. */
    private final Map<String, List<String>> glossary = new HashMap<>();

    /**
     * The synonyms and the bilingual glossary. Read once per JVM and shared, as {@link #derivations()} is: the maps are
     * only read after loading, and every query builder (one per opened index) would otherwise parse the lists again.
     */
    static Synonyms bundled() {
        return Bundled.SYNONYMS;
    }

    /** Nouns with their verbs and participles ("Übernahme", "übernimmt", "übernommen"), in the same format. */
    static Synonyms derivations() {
        return Bundled.DERIVATIONS;
    }

    private static final class Bundled {
        static final Synonyms SYNONYMS = readBundled();
        static final Synonyms DERIVATIONS = resource("/search/derivations.txt");
    }

    private static Synonyms readBundled() {
        try (InputStream synonyms = stream("/search/synonyms.txt");
                InputStream glossary = stream("/search/glossary.txt")) {
            return read(synonyms, glossary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonyms", e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = Synonyms.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource missing: " + name);
        }
        return in;
    }

    private static Synonyms resource(String name) {
        try (InputStream in = Synonyms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static Synonyms read(InputStream in) throws IOException {
        Synonyms synonyms = new Synonyms();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> group = Arrays.stream(line.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            for (String expression : group) {
                synonyms.groups.merge(Normalized.key(expression), group, Synonyms::union);
            }
        }
        return synonyms;
    }

    /** The curated synonyms, always applied, and a glossary, applied to expressions the archive lacks. */
    static Synonyms read(InputStream synonymsIn, InputStream glossaryIn) throws IOException {
        Synonyms synonyms = read(synonymsIn);
        synonyms.glossary.putAll(read(glossaryIn).groups);
        return synonyms;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String expression : a) {
            byKey.putIfAbsent(Normalized.key(expression), expression);
        }
        for (String expression : b) {
            byKey.putIfAbsent(Normalized.key(expression), expression);
        }
        return List.copyOf(byKey.values());
    }

    /** The glossary's group of the words, merged with their synonyms; empty when neither has them. */
    List<String> withGlossary(String words) {
        List<String> more = lookup(glossary, words);
        return more == null ? of(words) : union(of(words).isEmpty() ? List.of(words) : of(words), more);
    }

    /** The group the words belong to, including the words themselves; empty when they have no synonyms. */
    List<String> of(String words) {
        List<String> group = lookup(groups, words);
        return group == null ? List.of() : group;
    }

    /**
     * The group of the words as typed, else of the first inflected form of their last word that has one: a reader
     * types "graphics cards", "Kursstürze" or "Zollstreits", a list holds "graphics card", "Kurssturz", "Zollstreit".
     * Null when none has a group.
     */
    private static List<String> lookup(Map<String, List<String>> map, String words) {
        String key = Normalized.key(words);
        List<String> group = map.get(key);
        if (group != null) {
            return group;
        }
        int space = key.lastIndexOf(' ');
        String head = key.substring(0, space + 1);
        for (String base : baseForms(key.substring(space + 1))) {
            group = map.get(head + base);
            if (group != null) {
                return group;
            }
        }
        return null;
    }

    /** Suffixes of plural and inflection, English and German, with what replaces them; longest first, then the rare. */
    private static final String[][] ENDINGS = {
        {"'s", ""},
        {"ies", "y"},
        {"ing", ""},
        {"ing", "e"},
        {"es", ""},
        {"ed", ""},
        {"ed", "e"},
        {"en", ""},
        {"s", ""},
        {"e", ""},
        {"n", ""},
        // German plurals of Latin and Italian nouns, tried last: "Rechenzentren", "Ministerien", "Firmen"
        {"en", "um"},
        {"en", "a"}
    };

    /** The forms a word may have before an ending was added ("cards" → "card", "sturze" → "sturz"), none shorter than four. */
    static List<String> baseForms(String word) {
        List<String> forms = new ArrayList<>();
        for (String[] ending : ENDINGS) {
            if (word.endsWith(ending[0]) && word.length() - ending[0].length() + ending[1].length() >= 4) {
                forms.add(word.substring(0, word.length() - ending[0].length()) + ending[1]);
            }
        }
        return forms;
    }
}
