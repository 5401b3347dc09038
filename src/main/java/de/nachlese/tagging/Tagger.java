package de.nachlese.tagging;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.Tags;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tags items with the companies, people and topics they mention. Thread-safe once built. */
public final class Tagger {

    private final EntityMatcher matcher;
    private final TopicTagger topics;
    private final String fingerprint;

    public Tagger(Gazetteer gazetteer) {
        this(gazetteer, TopicTagger.bundled());
    }

    Tagger(Gazetteer gazetteer, TopicTagger topics) {
        this.matcher = new EntityMatcher(gazetteer.entries());
        this.topics = topics;
        this.fingerprint = Integer.toHexString(gazetteer.entries().hashCode()) + "-" + Integer.toHexString(topics.rulesHash());
    }

    /** Changes when the gazetteer or the topic rules change, so that an index tagged with older data is rebuilt. */
    public String fingerprint() {
        return fingerprint;
    }

    public static Tagger bundled() {
        return new Tagger(Gazetteer.bundled());
    }

    public Issue tag(Issue issue) {
        return issue.withItems(this::tag);
    }

    public Item tag(Item item) {
        Set<String> companies = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        for (GazetteerEntry entry : matcher.find(item.headline() + "\n" + item.body())) {
            (entry.kind() == EntityKind.PERSON ? people : companies).add(entry.canonical());
        }
        List<String> itemTopics = topics.topics(item, companies, people);
        return item.withTags(new Tags(List.copyOf(companies), List.copyOf(people), itemTopics));
    }
}
