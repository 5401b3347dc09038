package de.nachlese.tagging;

import java.util.List;
import java.util.stream.Stream;

/**
 * One entity of the gazetteer.
 *
 * @param aliases surface forms besides the canonical name; inflected forms ("Teslas") and compounds ("Nvidia-Chef")
 *                are handled by the matcher and are not listed here. An ambiguous name is listed only inside its
 *                disambiguating context, e.g. "auf X" instead of "X".
 * @param related   canonical names of related entities, e.g. a person's companies; these are not tagged
 * @param ambiguous the canonical name alone is not evidence ("X", "Arm"); only the aliases are matched
 */
public record GazetteerEntry(EntityKind kind, String canonical, List<String> aliases, List<String> related,
                             boolean ambiguous) {

    public GazetteerEntry {
        if (canonical == null || canonical.isBlank()) {
            throw new IllegalArgumentException("gazetteer entry without a name");
        }
        canonical = canonical.strip();
        aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** The names the matcher looks for: the aliases, and the canonical name unless it is ambiguous. */
    public List<String> surfaceForms() {
        return Stream.concat(ambiguous ? Stream.empty() : Stream.of(canonical), aliases.stream()).distinct().toList();
    }
}
