package de.nachlese.model;

import java.util.List;

/** Canonical names of what an item mentions. Lists are de-duplicated and keep first-mention order. */
public record Tags(List<String> companies, List<String> people, List<String> topics) {

    public static final Tags NONE = new Tags(List.of(), List.of(), List.of());

    public Tags {
        companies = distinct(companies);
        people = distinct(people);
        topics = distinct(topics);
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }
}
