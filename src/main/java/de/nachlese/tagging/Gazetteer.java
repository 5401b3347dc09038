package de.nachlese.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The companies and people Nachlese recognises, loaded from tab-separated data files:
 * <pre>
 *   # canonical  TAB  aliases, comma-separated  [TAB related, comma-separated]
 *   Meta         Facebook, Meta Platforms, Facebook-Konzern
 * </pre>
 * A canonical name written as {@code ?X} is ambiguous alone and is tagged only through its aliases.
 * A later file overrides an earlier entry with the same canonical name, which is how users extend the bundled lists.
 */
public final class Gazetteer {

    private final List<GazetteerEntry> entries;

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The gazetteer bundled in the jar under /gazetteer. */
    public static Gazetteer bundled() {
        Builder builder = new Builder();
        builder.addResource(EntityKind.COMPANY, "/gazetteer/companies.tsv");
        builder.addResource(EntityKind.PERSON, "/gazetteer/people.tsv");
        return builder.build();
    }

    public static final class Builder {
        private final Map<String, GazetteerEntry> byKey = new LinkedHashMap<>();

        public Builder add(GazetteerEntry entry) {
            byKey.put(entry.kind() + "\u0000" + entry.canonical(), entry);
            return this;
        }

        public Builder addResource(EntityKind kind, String resource) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource missing: " + resource);
                }
                return read(kind, in, resource);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + resource, e);
            }
        }

        public Builder read(EntityKind kind, InputStream in, String name) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns[0].isBlank()) {
                    throw new IllegalArgumentException(name + ":" + number + ": no canonical name in the first column");
                }
                boolean ambiguous = columns[0].startsWith("?");
                String canonical = ambiguous ? columns[0].substring(1) : columns[0];
                add(new GazetteerEntry(kind, canonical, column(columns, 1), column(columns, 2), ambiguous));
            }
            return this;
        }

        private static List<String> column(String[] columns, int index) {
            if (columns.length <= index || columns[index].isBlank()) {
                return List.of();
            }
            return new ArrayList<>(Arrays.asList(columns[index].split("\\s*,\\s*")));
        }

        public Gazetteer build() {
            return new Gazetteer(new ArrayList<>(byKey.values()));
        }
    }
}
