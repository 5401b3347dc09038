package de.nachlese.search.browse;

import de.nachlese.model.Facet;
import de.nachlese.search.FacetValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the archive says about one company, person or topic.
 *
 * @param related the most frequent values of the other dimensions among the items that mention it (co-mentions)
 * @param weeks   mentions per ISO week, in week order
 */
public record EntityProfile(
        Facet facet,
        String name,
        long mentions,
        LocalDate firstMention,
        LocalDate lastMention,
        Map<Facet, List<FacetValue>> related,
        List<FacetValue> weeks) {

    public EntityProfile {
        related = Map.copyOf(related);
        weeks = List.copyOf(weeks);
    }

    public List<FacetValue> related(Facet other) {
        return related.getOrDefault(other, List.of());
    }
}
