package de.nachlese.search.suggest;

import de.nachlese.model.Facet;
import java.util.Objects;

/**
 * One search-box suggestion.
 *
 * @param facet  the facet of a name (company, person, topic), or null for a headline
 * @param label  what the box shows: the name or the headline
 * @param itemId the item of a headline, or null for a name
 * @param count  items tagged with the name; 1 for a headline
 */
public record Completion(Facet facet, String label, String itemId, long count) {

    public Completion {
        Objects.requireNonNull(label, "label");
        if ((facet == null) == (itemId == null)) {
            throw new IllegalArgumentException(
                    "a completion is either a name (facet) or a headline (item id): " + label);
        }
    }
}
