package de.nachlese.model;

import java.util.List;

/**
 * What an item mentions, by canonical name. Lists are de-duplicated and keep first-mention order.
 *
 * @param products products and projects the item names ("ChatGPT", "Stargate"); never counted as their makers
 * @param earnings the structured entries of an earnings calendar; empty for every other item
 */
public record Tags(List<String> companies, List<String> people, List<String> topics, List<String> products,
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
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }
}
