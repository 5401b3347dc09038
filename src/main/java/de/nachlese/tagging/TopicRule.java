package de.nachlese.tagging;

/**
 * One weighted piece of evidence for a topic, from topics.tsv.
 *
 * @param kind  word (whole word, inflection and compounds allowed), prefix (any word starting so), company,
 *              person, product (a tagged entity), emoji (the item's emoji) or type (the item type id)
 */
record TopicRule(String topic, Kind kind, String value, int weight) {

    enum Kind { WORD, PREFIX, COMPANY, PERSON, PRODUCT, EMOJI, TYPE }

    TopicRule {
        if (topic == null || topic.isBlank() || value == null || value.isBlank()) {
            throw new IllegalArgumentException("topic rule needs a topic and a value");
        }
        if (weight <= 0) {
            throw new IllegalArgumentException("topic rule weight must be positive: " + weight);
        }
    }
}
