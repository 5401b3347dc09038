package de.nachlese.tagging;

/**
 * One weighted piece of evidence for a topic, from topics.tsv.
 *
 * @param kind  word (whole word, inflection and compounds allowed), prefix (any word starting so), part (anywhere
 *              inside a word, for the heads of German compounds: "quartal" finds "Dezemberquartal"), company,
 *              person, product (a tagged entity), emoji (the item's emoji) or type (the item type id)
 */
record TopicRule(String topic, Kind kind, String value, int weight) {

    enum Kind {
        WORD,
        PREFIX,
        PART,
        COMPANY,
        PERSON,
        PRODUCT,
        EMOJI,
        TYPE;

        boolean isEntity() {
            return this == COMPANY || this == PERSON || this == PRODUCT;
        }
    }

    /**
     * Evidence that can establish a topic alone: the item's words, its section, and entities whose business is the
     * topic (weight 2 or more: OpenAI for KI). A conglomerate's side line (Amazon for E-Commerce, weight 1) and the
     * emoji only add weight to a topic that other evidence raises.
     */
    boolean speaksForItself() {
        return switch (kind) {
            case WORD, PREFIX, PART, TYPE -> true;
            case COMPANY, PERSON, PRODUCT -> weight >= 2;
            case EMOJI -> false;
        };
    }

    TopicRule {
        if (topic == null || topic.isBlank() || value == null || value.isBlank()) {
            throw new IllegalArgumentException("topic rule needs a topic and a value");
        }
        if (weight <= 0) {
            throw new IllegalArgumentException("topic rule weight must be positive: " + weight);
        }
    }
}
