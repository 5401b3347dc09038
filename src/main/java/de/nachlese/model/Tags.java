package de.nachlese.model;

import java.util.List;

/**
 * What an item mentions, by canonical name. Lists are de-duplicated and keep first-mention order.
 *
 * @param products products and projects the item names ("ChatGPT", "Stargate"); never counted as their makers
 * @param earnings the structured entries of an earnings calendar; empty for every other item
 */
public record Tags(
        List<String> companies,
        List<String> people,
        List<String> topics,
        List<String> products,
        List<EarningsEntry> earnings) {

    public static final Tags NONE = new Tags(List.of(), List.of(), List.of());

    public Tags {
        companies = distinct(companies);
        people = distinct(people);
        topics = distinct(topics);
        products = distinct(products);
        earnings = earnings == null ? List.of() : List.copyOf(earnings);
    }

    public Tags(List<String> companies, List<String> people, List<String> topics) {
        this(companies, people, topics, List.of(), List.of());
    }

    private static List<String> distinct(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        // Lists read back from the index are already clean: a plain copy then, no stream (every displayed hit makes
        // one)
        return isClean(values)
                ? List.copyOf(values)
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .distinct()
                        .toList();
    }

    /** No blank value and no value twice; answered by comparing pairs only for the short lists tags are. */
    private static boolean isClean(List<String> values) {
        if (values.size() > 16) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (value.equals(values.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }
}
