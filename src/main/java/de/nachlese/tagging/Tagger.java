package de.nachlese.tagging;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.Tags;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        this.fingerprint = sha256(gazetteer.entries().toString() + "\n" + topics.rules());
    }

    /**
     * Changes when the gazetteer or the topic rules change, so that an index tagged with older data is rebuilt. Built
     * from the data's text, never from hash codes, which differ between JVM runs for enums.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
