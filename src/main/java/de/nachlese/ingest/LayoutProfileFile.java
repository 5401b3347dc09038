package de.nachlese.ingest;

import de.nachlese.model.ItemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a layout profile, a small UTF-8 file of {@code key = value} lines that a publisher keeps next to the archive
 * (format in docs/layout-profiles.md). List keys may repeat, one value per line, so no separator has to be escaped;
 * every mistake is reported with its line number.
 */
public final class LayoutProfileFile {

    /** The file name the index command looks for in an archive folder. */
    public static final String FILE_NAME = "nachlese-layout.profile";

    private static final Set<String> SINGLE =
            Set.of("name", "more news", "outlet separators", "calendar line", "inline source");
    private static final Set<String> LISTS =
            Set.of("greeting emoji", "sources", "footer", "question", "ad", "referral");
    private static final String SECTION = "section ";

    private LayoutProfileFile() {}

    /** Reads a profile file; the exception names the file, the line and what is wrong. */
    public static FormatProfile read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    static FormatProfile bundled(String resource) {
        try (InputStream in = LayoutProfileFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled layout profile " + resource + " is missing");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException with "origin:line: reason" for the first mistake */
    public static FormatProfile parse(String origin, String text) {
        Map<String, String> single = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<String, ItemType> sections = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw error(origin, n, "expected \"key = value\", found \"" + line + "\"");
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String value = line.substring(eq + 1).strip();
            if (value.isEmpty()) {
                throw error(origin, n, "\"" + key + "\" has no value");
            }
            if (key.startsWith(SECTION)) {
                String type = key.substring(SECTION.length()).strip();
                try {
                    sections.put(value.toLowerCase(Locale.GERMAN), ItemType.fromId(type));
                } catch (IllegalArgumentException e) {
                    throw error(origin, n, e.getMessage());
                }
            } else if (SINGLE.contains(key)) {
                if (single.putIfAbsent(key, value) != null) {
                    throw error(origin, n, "\"" + key + "\" is given twice (first on line " + lineOf.get(key) + ")");
                }
                lineOf.put(key, n);
            } else if (LISTS.contains(key)) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } else {
                throw error(
                        origin,
                        n,
                        "unknown key \"" + key + "\"; known keys: " + String.join(", ", SINGLE) + ", "
                                + String.join(", ", LISTS) + ", section <lead|news|chart|listen|earnings>");
            }
        }
        for (String required : List.of("name", "more news", "outlet separators", "calendar line")) {
            if (!single.containsKey(required)) {
                throw error(origin, 0, "the required key \"" + required + "\" is missing");
            }
        }
        List<String> sources = lists.getOrDefault("sources", List.of());
        if (sources.isEmpty()) {
            throw error(origin, 0, "at least one \"sources\" line is needed (e.g. sources = 🔗)");
        }
        Set<String> emojis = new LinkedHashSet<>();
        lists.getOrDefault("greeting emoji", List.of()).forEach(e -> emojis.add(Emoji.bare(e)));
        return new FormatProfile(
                single.get("name"),
                emojis,
                regex(origin, lineOf, single, "more news"),
                sections,
                sources.get(0),
                regex(origin, lineOf, single, "outlet separators"),
                regex(origin, lineOf, single, "calendar line"),
                lists.getOrDefault("footer", List.of()),
                sources,
                single.containsKey("inline source") ? regex(origin, lineOf, single, "inline source") : null,
                lower(lists.get("question")),
                lower(lists.get("ad")),
                lower(lists.get("referral")));
    }

    private static List<String> lower(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(v -> v.toLowerCase(Locale.GERMAN)).toList();
    }

    private static Pattern regex(String origin, Map<String, Integer> lineOf, Map<String, String> single, String key) {
        try {
            return Pattern.compile(single.get(key), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw error(
                    origin,
                    lineOf.get(key),
                    "\"" + key + "\" is not a valid regular expression: " + e.getDescription() + " near index "
                            + e.getIndex());
        }
    }

    private static IllegalArgumentException error(String origin, int line, String reason) {
        return new IllegalArgumentException(origin + (line > 0 ? ":" + line : "") + ": " + reason);
    }
}
