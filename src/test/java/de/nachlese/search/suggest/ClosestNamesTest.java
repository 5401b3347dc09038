package de.nachlese.search.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Facet;
import de.nachlese.search.FacetValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosestNamesTest {

    static final Map<Facet, List<FacetValue>> NAMES = Map.of(
            Facet.COMPANY,
            List.of(
                    new FacetValue("Nvidia", 12, false),
                    new FacetValue("Nvent", 1, false),
                    new FacetValue("Oracle", 5, false),
                    new FacetValue("Microsoft", 9, false)),
            Facet.PERSON,
            List.of(new FacetValue("Jensen Huang", 4, false), new FacetValue("Elon Musk", 7, false)),
            Facet.TOPIC,
            List.of(new FacetValue("Künstliche Intelligenz", 3, false)));

    @Test
    void prefixesComeFirstThenFewerEditsThenMoreItems() {
        assertThat(ClosestNames.of("nve Orakle", NAMES, 5))
                .extracting(Completion::label)
                .containsExactly("Nvent", "Oracle");
    }

    @Test
    void aMisspeltNameIsFoundWithinItsEdits() {
        assertThat(ClosestNames.of("Oracel Mikrosoft", NAMES, 5))
                .containsExactly(
                        new Completion(Facet.COMPANY, "Microsoft", null, 9),
                        new Completion(Facet.COMPANY, "Oracle", null, 5));
    }

    @Test
    void anyWordOfTheNameCountsAndUmlautsAreFolded() {
        assertThat(ClosestNames.of("Hwang kunstlich", NAMES, 5))
                .containsExactly(
                        new Completion(Facet.TOPIC, "Künstliche Intelligenz", null, 3),
                        new Completion(Facet.PERSON, "Jensen Huang", null, 4));
    }

    @Test
    void shortOrFarWordsFindNothing() {
        assertThat(ClosestNames.of("KI xy Quantencomputer", NAMES, 5)).isEmpty();
        assertThat(ClosestNames.of("", NAMES, 5)).isEmpty();
    }

    @Test
    void distanceStopsAtItsLimit() {
        assertThat(ClosestNames.distance("oracel", "oracle", 2)).isEqualTo(2);
        assertThat(ClosestNames.distance("musk", "mask", 1)).isEqualTo(1);
        assertThat(ClosestNames.distance("musk", "maske", 1)).isEqualTo(-1);
    }
}
