package de.nachlese.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The companies, people and products Nachlese recognises, loaded from tab-separated data files:
 * <pre>
 *   # canonical  TAB  aliases       TAB  related          TAB  context
 *   Meta         TAB  Facebook, …   TAB                   TAB  not: Meta-Ebene, Meta-Analyse
 *   ?X           TAB  Twitter       TAB                   TAB  needs: Musk, Plattform; not: Model X
 *   Masayoshi Son TAB ?Son          TAB  SoftBank         TAB  needs: SoftBank, Softbank, Masayoshi
 * </pre>
 * A name written {@code ?Name} (canonical or alias) is ambiguous alone and counts only when one of the "needs" words
 * occurs in the same item. "not" lists phrases in which no form of the entry counts. A later file overrides an
 * earlier entry of the same kind and canonical name, which is how the override file in an archive folder extends or
 * corrects the bundled lists without a rebuild.
 */
public final class Gazetteer {

    /** The file in an archive folder that extends or overrides the bundled gazetteer. */
    public static final String OVERRIDE_FILE = "nachlese-gazetteer.tsv";

    private final List<GazetteerEntry> entries;

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The gazetteer bundled in the jar under /gazetteer. */
    public static Gazetteer bundled() {
        return bundledBuilder().build();
    }

    /**
     * The bundled gazetteer plus the override file in the archive folder, when there is one. A malformed override
     * line is an error with file and line number: silently ignoring it would leave a user wondering why a name is
     * not tagged.
     */
    public static Gazetteer withOverrides(Path archiveDir) {
        Builder builder = bundledBuilder();
        Optional<Path> override = overrideFile(archiveDir);
        if (override.isPresent()) {
            try (Reader reader = Files.newBufferedReader(override.get(), StandardCharsets.UTF_8)) {
                builder.readOverride(reader, override.get().toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer override " + override.get(), e);
            }
        }
        return builder.build();
    }

    /** The override file of an archive folder, if it exists. */
    public static Optional<Path> overrideFile(Path archiveDir) {
        if (archiveDir == null) {
            return Optional.empty();
        }
        Path file = archiveDir.resolve(OVERRIDE_FILE);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static Builder bundledBuilder() {
        return new Builder()
                .addResource(EntityKind.COMPANY, "/gazetteer/companies.tsv")
                .addResource(EntityKind.PERSON, "/gazetteer/people.tsv")
                .addResource(EntityKind.PRODUCT, "/gazetteer/products.tsv");
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
                return read(kind, new InputStreamReader(in, StandardCharsets.UTF_8), resource);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + resource, e);
            }
        }

        /** Lines of "canonical TAB aliases TAB related TAB context", all of one kind. */
        public Builder read(EntityKind kind, Reader in, String name) throws IOException {
            DataLines.forEach(in, name, (columns, where) -> add(entry(kind, columns, 0, where)));
            return this;
        }

        /** Lines of "kind TAB canonical TAB aliases TAB related TAB context", kind being company, person or product. */
        public Builder readOverride(Reader in, String name) throws IOException {
            DataLines.forEach(in, name, (columns, where) -> {
                EntityKind kind;
                try {
                    kind = EntityKind.fromId(columns[0]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
                add(entry(kind, columns, 1, where));
            });
            return this;
        }

        private static GazetteerEntry entry(EntityKind kind, String[] columns, int first, String where) {
            String name = column(columns, first);
            if (name.isEmpty() || name.equals("?")) {
                throw new IllegalArgumentException(where + ": no canonical name");
            }
            boolean ambiguous = name.startsWith("?");
            List<String> aliases = new ArrayList<>();
            List<String> ambiguousAliases = new ArrayList<>();
            for (String alias : list(column(columns, first + 1))) {
                if (alias.startsWith("?")) {
                    ambiguousAliases.add(alias.substring(1));
                } else {
                    aliases.add(alias);
                }
            }
            List<String> needs = new ArrayList<>();
            List<String> vetoes = new ArrayList<>();
            for (String clause : column(columns, first + 3).split(";")) {
                if (clause.isBlank()) {
                    continue;
                }
                int colon = clause.indexOf(':');
                String key = colon < 0 ? "" : clause.substring(0, colon).strip();
                switch (key) {
                    case "needs" -> needs.addAll(list(clause.substring(colon + 1)));
                    case "not" -> vetoes.addAll(list(clause.substring(colon + 1)));
                    default ->
                        throw new IllegalArgumentException(
                                where + ": context must be 'needs: …' or 'not: …', was '" + clause.strip() + "'");
                }
            }
            try {
                return new GazetteerEntry(
                        kind,
                        ambiguous ? name.substring(1) : name,
                        aliases,
                        ambiguousAliases,
                        list(column(columns, first + 2)),
                        ambiguous,
                        needs,
                        vetoes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }

        private static String column(String[] columns, int index) {
            return columns.length <= index ? "" : columns[index].strip();
        }

        private static List<String> list(String column) {
            return column.isBlank()
                    ? List.of()
                    : Arrays.stream(column.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        public Gazetteer build() {
            return new Gazetteer(new ArrayList<>(byKey.values()));
        }
    }
}
