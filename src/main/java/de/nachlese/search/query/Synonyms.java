package de.nachlese.search.query;

import de.nachlese.search.Normalized;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of expressions that mean the same to a reader ("AI", "KI", "künstliche Intelligenz"), applied to the query
 * only: the index stays as written, and changing the list needs no re-indexing. One group per line, comma-separated.
 */
final class Synonyms {

    static final int MAX_WORDS = 3;

    private final Map<String, List<String>> groups = new HashMap<>();

    static Synonyms bundled() {
        try (InputStream in = Synonyms.class.getResourceAsStream("/search/synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource missing: /search/synonyms.txt");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /search/synonyms.txt", e);
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
                synonyms.groups.put(Normalized.key(expression), group);
            }
        }
        return synonyms;
    }

    /** The group the words belong to, including the words themselves; empty when they have no synonyms. */
    List<String> of(String words) {
        return groups.getOrDefault(Normalized.key(words), List.of());
    }
}
