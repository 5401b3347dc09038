package de.nachlese.web;

import de.nachlese.model.Facet;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.util.UriUtils;

/** The browsable dimensions and their URL segments: /companies/Meta, /people/Elon%20Musk, /topics/KI. */
public enum EntityRoute {
    COMPANY("companies", Facet.COMPANY, "entity.company", "entity.companies"),
    PERSON("people", Facet.PERSON, "entity.person", "entity.people"),
    TOPIC("topics", Facet.TOPIC, "entity.topic", "entity.topics");

    private final String segment;
    private final Facet facet;
    private final String singularKey;
    private final String pluralKey;

    EntityRoute(String segment, Facet facet, String singularKey, String pluralKey) {
        this.segment = segment;
        this.facet = facet;
        this.singularKey = singularKey;
        this.pluralKey = pluralKey;
    }

    public Facet facet() {
        return facet;
    }

    public String singular() {
        return Messages.t(singularKey);
    }

    public String plural() {
        return Messages.t(pluralKey);
    }

    public String indexUrl() {
        return "/" + segment;
    }

    public String url(String name) {
        return indexUrl() + "/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
    }

    static Optional<EntityRoute> of(String segment) {
        for (EntityRoute route : values()) {
            if (route.segment.equals(segment)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** The route of a facet that has entity pages. */
    public static Optional<EntityRoute> of(Facet facet) {
        for (EntityRoute route : values()) {
            if (route.facet == facet) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }
}
