package de.nachlese.tagging;

import java.util.List;
import java.util.stream.Stream;

/**
 * One entity of the gazetteer.
 *
 * @param aliases          surface forms that always mean this entity. Inflected forms ("Teslas") and compounds
 *                         ("Nvidia-Chef") are handled by the matcher and are not listed.
 * @param ambiguousAliases surface forms that mean this entity only in context ("Son", "Operator"): they count when
 *                         the item also contains one of {@code needs}
 * @param related          canonical names of related entities: a person's companies, a product's maker. These are
 *                         for browsing and are never tagged in place of the entity.
 * @param ambiguous        the canonical name alone is not evidence ("X", "Alphabet"); it is then an ambiguous alias
 * @param needs            words that must occur elsewhere in the item before an ambiguous form counts
 * @param vetoes           phrases in which no form of this entity counts ("Meta-Ebene", "Model X")
 */
public record GazetteerEntry(
        EntityKind kind,
        String canonical,
        List<String> aliases,
        List<String> ambiguousAliases,
        List<String> related,
        boolean ambiguous,
        List<String> needs,
        List<String> vetoes) {

    public GazetteerEntry {
        if (kind == null) {
            throw new IllegalArgumentException("gazetteer entry without a kind");
        }
        if (canonical == null || canonical.isBlank()) {
            throw new IllegalArgumentException("gazetteer entry without a name");
        }
        canonical = canonical.strip();
        aliases = clean(aliases);
        ambiguousAliases = clean(ambiguousAliases);
        related = clean(related);
        needs = clean(needs);
        vetoes = clean(vetoes);
        if ((ambiguous || !ambiguousAliases.isEmpty()) && needs.isEmpty() && aliases.isEmpty()) {
            throw new IllegalArgumentException(
                    "ambiguous entry " + canonical + " needs context words or plain aliases");
        }
    }

    /** An entry without context rules. */
    public GazetteerEntry(
            EntityKind kind, String canonical, List<String> aliases, List<String> related, boolean ambiguous) {
        this(kind, canonical, aliases, List.of(), related, ambiguous, List.of(), List.of());
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .distinct()
                        .toList();
    }

    /** Forms that count wherever they occur: the canonical name unless it is ambiguous, and the aliases. */
    public List<String> plainForms() {
        return Stream.concat(ambiguous ? Stream.empty() : Stream.of(canonical), aliases.stream())
                .distinct()
                .toList();
    }

    /** Forms that count only when one of {@link #needs} occurs in the same item. */
    public List<String> contextForms() {
        if (needs.isEmpty()) {
            return List.of();
        }
        return Stream.concat(ambiguous ? Stream.of(canonical) : Stream.empty(), ambiguousAliases.stream())
                .distinct()
                .toList();
    }

    /** Every name of the entry, for exact look-ups such as an earnings calendar, where context is not in doubt. */
    public List<String> allNames() {
        return Stream.of(Stream.of(canonical), aliases.stream(), ambiguousAliases.stream())
                .flatMap(s -> s)
                .distinct()
                .toList();
    }
}
