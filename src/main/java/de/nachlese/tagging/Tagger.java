package de.nachlese.tagging;

import de.nachlese.model.EarningsEntry;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Tags;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tags items with the companies, people, products and topics they mention, reads earnings calendars into
 * structured entries and normalises cited outlets. Thread-safe once built.
 */
public final class Tagger {

    private final EntityMatcher matcher;
    private final TopicTagger topics;
    private final Outlets outlets;
    private final EarningsCalendar calendar;
    private final String fingerprint;

    public Tagger(Gazetteer gazetteer) {
        this(gazetteer, TopicTagger.bundled(), Outlets.bundled());
    }

    Tagger(Gazetteer gazetteer, TopicTagger topics, Outlets outlets) {
        this.matcher = new EntityMatcher(gazetteer.entries());
        this.topics = topics;
        this.outlets = outlets;
        this.calendar = new EarningsCalendar(companyNames(gazetteer));
        this.fingerprint = sha256(gazetteer.entries() + "\n" + topics.rules() + "\n" + outlets.data());
    }

    /** Calendar names are unambiguous by position, so every name of a company counts, in any letter case. */
    private static EarningsCalendar.CompanyNames companyNames(Gazetteer gazetteer) {
        Map<String, String> byName = new HashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.kind() == EntityKind.COMPANY) {
                entry.allNames().forEach(name -> byName.putIfAbsent(name.toLowerCase(Locale.ROOT), entry.canonical()));
            }
        }
        return written -> byName.get(written.toLowerCase(Locale.ROOT));
    }

    /**
     * Changes when the gazetteer, the topic rules or the outlet list change, so that an index tagged with older data
     * is rebuilt. Built from the data's text, never from hash codes, which differ between JVM runs for enums.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The bundled data alone; one instance per JVM. */
    public static Tagger bundled() {
        return Bundled.TAGGER;
    }

    /**
     * Built on first use and then shared: a tagger is thread-safe once built, and building one reads and compiles all
     * bundled data (a few hundred milliseconds), which tools and tests that ask for it again need not repeat.
     */
    private static final class Bundled {
        static final Tagger TAGGER = new Tagger(Gazetteer.bundled());
    }

    /** The bundled data plus the archive folder's override file ({@value Gazetteer#OVERRIDE_FILE}), if any. */
    public static Tagger forArchive(Path archiveDir) {
        return new Tagger(Gazetteer.withOverrides(archiveDir));
    }

    public Issue tag(Issue issue) {
        return issue.withItems(item -> tag(item, issue.date()));
    }

    /** Tags one item; {@code issueDate} supplies the year of earnings calendar dates. */
    public Item tag(Item item, LocalDate issueDate) {
        String text = item.headline() + "\n" + item.body();
        List<EarningsEntry> earnings =
                item.type() == ItemType.EARNINGS ? calendar.read(item.body(), issueDate) : List.of();
        // Calendar lines are read as a calendar, never as prose: their names belong to the earnings item alone, and
        // a calendar line that slipped into another item must not tag that item with twenty companies.
        String prose = EarningsCalendar.withoutCalendarLines(text);

        Set<String> companies = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        Set<String> products = new LinkedHashSet<>();
        for (GazetteerEntry entry : matcher.find(prose)) {
            switch (entry.kind()) {
                case COMPANY -> companies.add(entry.canonical());
                case PERSON -> people.add(entry.canonical());
                case PRODUCT -> products.add(entry.canonical());
            }
        }
        Set<String> inHeadline = new LinkedHashSet<>();
        matcher.find(item.headline()).forEach(entry -> inHeadline.add(entry.canonical()));
        // Topics see the prose only: twenty companies on a calendar are not twenty subjects.
        TopicTagger.Evidence evidence =
                new TopicTagger.Evidence(Set.copyOf(companies), Set.copyOf(people), Set.copyOf(products), inHeadline);
        List<String> itemTopics =
                topics.topics(item, item.headline(), EarningsCalendar.withoutCalendarLines(item.body()), evidence);
        earnings.forEach(entry -> companies.add(entry.company()));
        if (item.type() == ItemType.EARNINGS) {
            companies.addAll(calendar.companies(EarningsCalendar.withoutCalendarLines(item.body())));
        }
        Tags tags = new Tags(List.copyOf(companies), List.copyOf(people), itemTopics, List.copyOf(products), earnings);
        return item.withTags(tags).withSources(outlets.normalise(item.sources(), item.type()));
    }

    /** The matcher, for discovery of names it does not cover. */
    EntityMatcher matcher() {
        return matcher;
    }
}
