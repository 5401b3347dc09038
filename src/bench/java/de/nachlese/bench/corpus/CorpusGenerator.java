package de.nachlese.bench.corpus;

import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import de.nachlese.tagging.EntityKind;
import de.nachlese.tagging.Gazetteer;
import de.nachlese.tagging.GazetteerEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A synthetic newsletter archive for benchmarks, deterministic from a seed: weekly issues of many invented German
 * tech newsletters, in the plain-text format of the demo archive, with German prose (see {@link Vocabulary}),
 * companies and people from the bundled gazetteer with a Zipf skew (the names the demo mentions most come first),
 * stories that recur over several weeks and across publications, and item lengths, item types and cited outlets like
 * the demo's.
 *
 * <p>Two ways out, giving the same issues: {@link #issues(int)} yields {@link Issue} records (untagged, as a reader
 * would give them) for feeding an indexer directly, and {@link #writeFiles(int, Path)} writes one text file per
 * issue, so the real ingest path (read, parse, tag, index) can be measured. The issues span the ten years from
 * 2016-W01; the number of publications grows with the number of items, about nine items per issue.
 *
 * <p>Command line: {@code CorpusGenerator --items 100000 --seed 42 --out DIR}.
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 42;
    static final LocalDate FIRST_MONDAY = LocalDate.of(2016, 1, 4);
    static final int WEEKS = 522;
    private static final double ITEMS_PER_ISSUE = 8.2;
    private static final int MAX_ID_SLUG_CHARS = 60;
    private static final String[] MONTHS = {
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember"
    };
    private static final String[] WEEKDAYS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"};
    private static final List<String> FOOTER_AND_LABEL_STARTS = List.of(
            "Dieser Newsletter wird",
            "Danke für",
            "Oder nutze diesen Link",
            "Das sind die",
            "Chart der Woche",
            "Hörenswert",
            "Earnings",
            "Quartalszahlen der");
    private static final String[] PUBLICATION_WORDS = {
        "Wochenwerk",
        "Funkloch",
        "Bitweise",
        "Kernzeit",
        "Taktgeber",
        "Datenlage",
        "Netzfunde",
        "Schaltkreis",
        "Morgenlage",
        "Quellcode",
        "Weitblick",
        "Frühschicht",
        "Zwischenstand",
        "Lagebild",
        "Kurzschluss",
        "Überblick",
        "Randnotiz",
        "Leitplanke",
        "Querschnitt",
        "Fundstück"
    };
    private static final String[] PUBLICATION_KINDS = {
        "Tech",
        "Digital",
        "Update",
        "Briefing",
        "Radar",
        "Kompakt",
        "Wochenschau",
        "Notizen",
        "Report",
        "Digest",
        "Depesche",
        "Monitor",
        "Telegramm",
        "Journal",
        "Ticker",
        "Signal",
        "Brief",
        "Post",
        "Magazin",
        "Bulletin"
    };
    private static final String[] FIRST_NAMES = {
        "Marta", "Jonas", "Lea", "Tobias", "Selin", "Henrik", "Aylin", "Paul", "Greta", "Milan", "Nora", "Konrad",
        "Ida", "Emil", "Yara", "Finn"
    };
    private static final String[] LAST_NAMES = {
        "Feldkamp",
        "Brandt",
        "Okafor",
        "Lindqvist",
        "Yilmaz",
        "Hoffmeister",
        "Nowak",
        "Sander",
        "Petrović",
        "Kranich",
        "Winter",
        "Albers",
        "Demir",
        "Lorenz",
        "Vogt",
        "Ebert"
    };
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ter", "van", "dor", "sa", "ri", "nel", "bo", "tu", "fen", "ga", "lin", "mar", "os", "pe",
        "quin", "ru", "sel", "ta", "vik", "wen", "zar"
    };
    private static final String[] NEWS_HEADLINES = {
        "{C} kündigt {N} an",
        "{C} verdoppelt die {N}",
        "{C} streicht Stellen",
        "{C} setzt auf {N}",
        "{C} kauft {C2}",
        "{C} verklagt {C2}",
        "{P} verlässt {C}",
        "{P} wirbt für {N}",
        "{P} warnt vor {N}",
        "Neue {N} bei {C}",
        "Ärger um {N} bei {C}",
        "{C} meldet Rekord bei {N}",
        "{C} enttäuscht die Anleger",
        "{C} investiert {X} Milliarden",
        "{C} startet {N} in Europa",
        "{C} und {C2} rücken zusammen",
        "{C} verschiebt {N}",
        "{N} bringt {C} unter Druck",
        "Was {P} mit {N} vorhat",
        "{C} holt {P}",
        "{C} baut {N} aus",
        "{C} verliert {X} Prozent",
        "Brüssel prüft {C}",
        "{C} testet {N}",
        "{P} über {N}",
        "{C} gegen {C2}",
        "{C} senkt die Prognose",
        "{C} hebt die Prognose an",
        "{P} lobt {C}",
        "{C} zieht sich aus {N} zurück"
    };
    private static final String[] STORY_HEADLINES = {
        "{K} wächst weiter",
        "Neue Zweifel an {K}",
        "{C} treibt {K} voran",
        "{K} verzögert sich",
        "{K} bekommt mehr Geld",
        "{P} verteidigt {K}",
        "Streit um {K}",
        "{K} erreicht {N}",
        "Was hinter {K} steckt",
        "{K} kostet {X} Milliarden",
        "{C} steigt bei {K} ein",
        "{K} vor Gericht"
    };
    private static final String[] CHART_HEADLINES = {
        "Die {N} im Vergleich",
        "So wächst {N}",
        "{C} in Zahlen",
        "Wer bei {N} vorne liegt",
        "{X} Prozent für {C}",
        "{N} seit {Y}"
    };
    private static final String[] LISTEN_HEADLINES = {
        "{P} über {N} (ca. {X} min)",
        "Wie {C} {N} plant (ca. {X} min)",
        "Der Fall {K} (ca. {X} min)",
        "Was {N} wirklich kann (ca. {X} min)"
    };
    private static final String[] TITLES = {
        "Die Woche von {C}", "Alles über {K}", "{N} und {N2}", "Der {C}-Moment", "{K} im Fokus", "Viel Lärm um {N}"
    };

    private final long seed;
    private final Vocabulary vocabulary;
    private final List<String> companies;
    private final List<String> people;
    private final List<String> products;
    private final List<String> outlets;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.vocabulary = Vocabulary.fromDemo();
        Gazetteer gazetteer = Gazetteer.bundled();
        String demoText =
                String.join(" ", vocabulary.nouns()) + " " + vocabulary.text(new SplittableRandom(seed), 200_000, null);
        this.companies = byDemoFrequency(gazetteer, EntityKind.COMPANY, demoText);
        this.people = byDemoFrequency(gazetteer, EntityKind.PERSON, demoText);
        this.products = byDemoFrequency(gazetteer, EntityKind.PRODUCT, demoText);
        this.outlets = newsOutlets(gazetteer);
    }

    public long seed() {
        return seed;
    }

    /** The untagged issues holding exactly {@code items} items, in publishing order (week by week). */
    public Stream<Issue> issues(int items) {
        return drafts(items).map(draft -> draft.toIssue("generated:" + draft.fileName()));
    }

    /**
     * Writes one plain-text file per issue, {@code DIR/<publication>/<year>-kw<week>.txt}, holding exactly
     * {@code items} items in all; returns the number of files.
     */
    public int writeFiles(int items, Path dir) throws IOException {
        int[] files = {0};
        try {
            drafts(items).forEach(draft -> {
                Path file = dir.resolve(draft.fileName());
                try {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, draft.text(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                files[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files[0];
    }

    /** The issues as text in the format of the demo archive, with the file name {@link #writeFiles} uses. */
    public Stream<Map.Entry<String, String>> texts(int items) {
        return drafts(items).map(draft -> Map.entry(draft.fileName(), draft.text()));
    }

    /** How many publications a corpus of this size has: enough for about nine items a week each over ten years. */
    static int publications(int items) {
        return Math.max(1, (int) Math.ceil(items / (ITEMS_PER_ISSUE * WEEKS)));
    }

    private Stream<IssueDraft> drafts(int items) {
        if (items < 1) {
            throw new IllegalArgumentException("items must be at least 1, was " + items);
        }
        Iterator<IssueDraft> iterator = new DraftIterator(items);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Walks weeks in order and, within a week, the publications; cuts the last issue to the exact item count. */
    private final class DraftIterator implements Iterator<IssueDraft> {
        private final int items;
        private final int publications;
        private final List<Story> stories = new ArrayList<>();
        private int week;
        private int publication;
        private int emitted;
        /** Added to the publication number after ten years of weeks, so every issue id stays unique. */
        private int publicationOffset;

        private int weeksStarted;
        private List<Story> activeStories = List.of();

        DraftIterator(int items) {
            this.items = items;
            this.publications = publications(items);
            startWeek();
        }

        @Override
        public boolean hasNext() {
            return emitted < items;
        }

        @Override
        public IssueDraft next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (publication == publications) {
                publication = 0;
                week++;
                if (week == WEEKS) {
                    week = 0;
                    publicationOffset += publications;
                }
                startWeek();
            }
            int number = publicationOffset + publication;
            SplittableRandom random = new SplittableRandom(mix(seed, week, number));
            IssueDraft draft = issue(random, week, number, activeStories);
            if (emitted + draft.items.size() > items) {
                draft.items.subList(items - emitted, draft.items.size()).clear();
            }
            emitted += draft.items.size();
            publication++;
            return draft;
        }

        private void startWeek() {
            int now = weeksStarted++;
            SplittableRandom random = new SplittableRandom(mix(seed ^ 0x5EED, now, -1));
            int fresh = 3 + publications / 3;
            for (int i = 0; i < fresh; i++) {
                int length = 1 + (int) Math.min(25, -Math.log(1 - random.nextDouble()) * 4);
                stories.add(new Story(storyName(random), company(random), person(random), now, now + length));
            }
            stories.removeIf(story -> story.lastWeek < now);
            activeStories = List.copyOf(stories);
        }
    }

    private static long mix(long seed, int week, int publication) {
        long h = seed * 0x9E3779B97F4A7C15L + week * 0xBF58476D1CE4E5B9L + publication * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private record Story(String name, String company, String person, int firstWeek, int lastWeek) {}

    private IssueDraft issue(SplittableRandom random, int week, int publication, List<Story> stories) {
        LocalDate monday = FIRST_MONDAY.plusWeeks(week);
        String name = publicationName(publication);
        String author = FIRST_NAMES[(publication * 7 + random.nextInt(2)) % FIRST_NAMES.length] + " "
                + LAST_NAMES[(publication * 3 + random.nextInt(2)) % LAST_NAMES.length];
        Story leadStory = stories.get(random.nextInt(stories.size()));
        String title = fill(pick(random, TITLES), random, leadStory);
        IssueDraft draft = new IssueDraft(name, title, author, monday);
        draft.greeting = "👋 Hallo! " + vocabulary.text(random, 150, null);
        draft.thanks = "❤️ Danke an alle, die uns geschrieben haben. " + vocabulary.text(random, 100, null);
        draft.items.add(lead(random, stories, leadStory));
        int news = 3 + random.nextInt(3) + random.nextInt(3);
        for (int i = 0; i < news; i++) {
            Story story = random.nextDouble() < 0.35 ? stories.get(random.nextInt(stories.size())) : null;
            draft.items.add(news(random, story));
        }
        if (random.nextDouble() < 0.9) {
            draft.items.add(chart(random));
        }
        if (random.nextDouble() < 0.9) {
            draft.items.add(listen(random, stories));
        }
        int month = monday.getMonthValue();
        boolean season = month == 1
                || month == 2
                || month == 4
                || month == 5
                || month == 7
                || month == 8
                || month == 10
                || month == 11;
        if (season && random.nextDouble() < 0.8) {
            draft.items.add(earnings(random, monday));
        }
        return draft;
    }

    private ItemDraft lead(SplittableRandom random, List<Story> stories, Story story) {
        String company = story.company;
        String headline = fill(pick(random, STORY_HEADLINES), random, story) + " – "
                + fill(pick(random, NEWS_HEADLINES), random, story);
        ItemDraft item = new ItemDraft(ItemType.LEAD, emoji(random, ItemType.LEAD), headline);
        int target = vocabulary.bodyChars(ItemType.LEAD, random);
        int paragraphs = 3 + random.nextInt(2);
        boolean quote = random.nextBoolean();
        int per = (target - (quote ? 200 : 0)) / paragraphs;
        for (int p = 0; p < paragraphs; p++) {
            String subject = switch (p) {
                case 0 -> company;
                case 1 -> story.name;
                case 2 -> story.person;
                default -> null;
            };
            item.paragraphs.add(paragraph(random, per, subject));
        }
        if (quote) {
            StringBuilder said = new StringBuilder("“");
            vocabulary.sentence(said, random, null);
            item.paragraphs.add(said.append('”').toString());
            item.paragraphs.add(story.person + " - Chef von " + company);
        }
        return item;
    }

    private ItemDraft news(SplittableRandom random, Story story) {
        String headline = story != null
                ? fill(pick(random, STORY_HEADLINES), random, story)
                : fill(pick(random, NEWS_HEADLINES), random, null);
        ItemDraft item = new ItemDraft(ItemType.NEWS, emoji(random, ItemType.NEWS), headline);
        String subject =
                story != null ? (random.nextBoolean() ? story.company : story.name) : mainEntity(headline, random);
        String body = vocabulary.text(random, vocabulary.bodyChars(ItemType.NEWS, random), subject);
        if (random.nextDouble() < 0.3) {
            body += " " + vocabulary.text(random, 40, product(random));
        }
        item.paragraphs.add(body);
        item.sources.addAll(outlets(random, 1 + random.nextInt(2) + random.nextInt(3)));
        return item;
    }

    private ItemDraft chart(SplittableRandom random) {
        ItemDraft item = new ItemDraft(
                ItemType.CHART, emoji(random, ItemType.CHART), fill(pick(random, CHART_HEADLINES), random, null));
        int target = vocabulary.bodyChars(ItemType.CHART, random);
        item.paragraphs.add(paragraph(random, target / 2, company(random)));
        item.paragraphs.add(paragraph(random, target / 2, null));
        item.sources.addAll(outlets(random, 1 + random.nextInt(3)));
        return item;
    }

    private ItemDraft listen(SplittableRandom random, List<Story> stories) {
        Story story = stories.get(random.nextInt(stories.size()));
        ItemDraft item = new ItemDraft(
                ItemType.LISTEN, emoji(random, ItemType.LISTEN), fill(pick(random, LISTEN_HEADLINES), random, story));
        item.paragraphs.add(paragraph(random, vocabulary.bodyChars(ItemType.LISTEN, random), null));
        item.sources.addAll(random.nextBoolean() ? List.of("Apple", "Spotify") : List.of("Spotify"));
        return item;
    }

    private ItemDraft earnings(SplittableRandom random, LocalDate monday) {
        ItemDraft item =
                new ItemDraft(ItemType.EARNINGS, emoji(random, ItemType.EARNINGS), "Quartalsergebnisse der Woche");
        item.label = "Earnings Season";
        for (int day = 0; day < WEEKDAYS.length; day++) {
            LocalDate date = monday.plusDays(day);
            StringBuilder line = new StringBuilder(WEEKDAYS[day])
                    .append(' ')
                    .append(date.getDayOfMonth())
                    .append(". ")
                    .append(MONTHS[date.getMonthValue() - 1])
                    .append(": ");
            Set<String> reporting = new java.util.LinkedHashSet<>();
            int count = 2 + random.nextInt(5);
            while (reporting.size() < count) {
                reporting.add(company(random));
            }
            int n = 0;
            for (String company : reporting) {
                line.append(n++ > 0 ? ", " : "").append(company).append(random.nextBoolean() ? " (BMO)" : " (AMC)");
            }
            item.calendar.add(line.toString());
        }
        return item;
    }

    private String paragraph(SplittableRandom random, int chars, String subject) {
        for (int tries = 0; ; tries++) {
            String text = vocabulary.text(random, Math.max(60, chars), subject);
            if (tries > 20 || FOOTER_AND_LABEL_STARTS.stream().noneMatch(text::startsWith)) {
                return text;
            }
        }
    }

    private String mainEntity(String headline, SplittableRandom random) {
        for (String company : companies) {
            if (headline.contains(company)) {
                return company;
            }
        }
        for (String person : people) {
            if (headline.contains(person)) {
                return person;
            }
        }
        return company(random);
    }

    private String fill(String template, SplittableRandom random, Story story) {
        String out = template;
        out = out.replace("{C2}", company(random));
        out = out.replace("{C}", story != null && random.nextBoolean() ? story.company : company(random));
        out = out.replace("{P}", story != null && random.nextBoolean() ? story.person : person(random));
        out = out.replace("{N2}", vocabulary.noun(random));
        out = out.replace("{N}", vocabulary.noun(random));
        out = out.replace("{K}", story != null ? story.name : storyName(random));
        out = out.replace("{X}", Integer.toString(2 + random.nextInt(98)));
        out = out.replace("{Y}", Integer.toString(2000 + random.nextInt(25)));
        return out;
    }

    private static String pick(SplittableRandom random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String emoji(SplittableRandom random, ItemType type) {
        List<String> options = vocabulary.emojis(type);
        return options.isEmpty() ? "" : options.get(random.nextInt(options.size()));
    }

    private String company(SplittableRandom random) {
        return companies.get(Zipf.index(random, companies.size()));
    }

    private String person(SplittableRandom random) {
        return people.get(Zipf.index(random, people.size()));
    }

    private String product(SplittableRandom random) {
        return products.get(Zipf.index(random, products.size()));
    }

    private List<String> outlets(SplittableRandom random, int count) {
        Set<String> chosen = new java.util.LinkedHashSet<>();
        for (int tries = 0; chosen.size() < count && tries < 20; tries++) {
            chosen.add(outlets.get(Zipf.index(random, outlets.size())));
        }
        return List.copyOf(chosen);
    }

    /** An invented project name of two or three syllables, "Kaloter", "Vandorsa": rare words with a story. */
    private static String storyName(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }

    static String publicationName(int index) {
        int word = index % PUBLICATION_WORDS.length;
        int round = index / PUBLICATION_WORDS.length;
        String name = PUBLICATION_WORDS[word] + " " + PUBLICATION_KINDS[(round + word) % PUBLICATION_KINDS.length];
        int cycle = round / PUBLICATION_KINDS.length;
        return cycle == 0 ? name : name + " " + (cycle + 1);
    }

    /** Gazetteer names of one kind, those the demo mentions most first, then the rest alphabetically. */
    private static List<String> byDemoFrequency(Gazetteer gazetteer, EntityKind kind, String demoText) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.kind() != kind || entry.plainForms().isEmpty()) {
                continue;
            }
            String name = entry.plainForms().get(0);
            if (name.contains(":") || name.contains("|")) {
                continue;
            }
            int count = 0;
            for (int at = demoText.indexOf(name); at >= 0; at = demoText.indexOf(name, at + name.length())) {
                count++;
            }
            counts.put(name, count);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** News outlets from the outlet list: the canonical names that are not also companies, people or podcasts. */
    private static List<String> newsOutlets(Gazetteer gazetteer) {
        Set<String> entities = new HashSet<>();
        gazetteer.entries().forEach(entry -> entities.addAll(entry.allNames()));
        List<String> names = new ArrayList<>();
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("/gazetteer/outlets.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String name = line.split("\t")[0].strip();
                if (!entities.contains(name) && !name.contains("Podcast") && !name.equals("Spotify")) {
                    names.add(name);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read /gazetteer/outlets.tsv", e);
        }
        return names;
    }

    /** One issue before it becomes text or a record. */
    private static final class IssueDraft {
        final String publication;
        final String title;
        final String author;
        final LocalDate monday;
        final List<ItemDraft> items = new ArrayList<>();
        String greeting;
        String thanks;

        IssueDraft(String publication, String title, String author, LocalDate monday) {
            this.publication = publication;
            this.title = title;
            this.author = author;
            this.monday = monday;
        }

        IsoWeek week() {
            return IsoWeek.of(monday);
        }

        String fileName() {
            IsoWeek week = week();
            return slug(publication) + "/" + week.year() + "-kw" + String.format("%02d", week.week()) + ".txt";
        }

        String text() {
            StringBuilder out = new StringBuilder(8192);
            out.append("KW").append(week().week()).append(" - ").append(title).append("\n\n");
            out.append(publication).append("\n\n");
            out.append("Von ")
                    .append(author)
                    .append(" · ")
                    .append(monday.getDayOfMonth())
                    .append(". ")
                    .append(MONTHS[monday.getMonthValue() - 1])
                    .append(' ')
                    .append(monday.getYear())
                    .append("\n\n\n");
            out.append(greeting).append("\n\n").append(thanks).append("\n\n");
            boolean moreNews = false;
            for (ItemDraft item : items) {
                if (item.type != ItemType.LEAD && !moreNews) {
                    out.append("Das sind die weiteren News der Woche:\n\n");
                    moreNews = true;
                }
                item.appendText(out);
            }
            out.append("Danke fürs Lesen! Bis nächste Woche.\n\n📮 Schreib uns, was Dir gefehlt hat.\n");
            return out.toString();
        }

        Issue toIssue(String origin) {
            String issueId = slug(publication) + "-" + week().toString().toLowerCase(Locale.ROOT);
            List<Item> built = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (ItemDraft draft : items) {
                String base = issueId + "-" + slug(draft.headline);
                String id = base;
                for (int n = 2; !used.add(id); n++) {
                    id = base + "-" + n;
                }
                built.add(new Item(
                        id,
                        built.size() + 1,
                        draft.type,
                        draft.emoji,
                        draft.headline,
                        draft.body(),
                        draft.sources.stream().map(Source::named).toList(),
                        Tags.NONE));
            }
            Map<String, String> metadata =
                    Map.of("weekLabel", "KW" + week().week(), "author", author, "format", "text");
            return new Issue(issueId, publication, title, week(), monday, origin, metadata, built);
        }
    }

    /** One item before it becomes text or a record. */
    private static final class ItemDraft {
        final ItemType type;
        final String emoji;
        final String headline;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> calendar = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        String label;

        ItemDraft(ItemType type, String emoji, String headline) {
            this.type = type;
            this.emoji = emoji;
            this.headline = headline;
        }

        String body() {
            return type == ItemType.EARNINGS ? String.join("\n", calendar) : String.join("\n\n", paragraphs);
        }

        void appendText(StringBuilder out) {
            String prefix = emoji.isEmpty() ? "" : emoji + " ";
            switch (type) {
                case LEAD -> {
                    out.append(prefix).append(headline).append("\n\n");
                    paragraphs.forEach(p -> out.append(p).append("\n\n"));
                }
                case NEWS ->
                    out.append(prefix)
                            .append(headline)
                            .append(": ")
                            .append(paragraphs.get(0))
                            .append('\n');
                case CHART -> {
                    out.append(prefix)
                            .append("Chart der Woche: ")
                            .append(headline)
                            .append("\n\n");
                    out.append(String.join("\n\n", paragraphs)).append('\n');
                }
                case LISTEN -> {
                    out.append(prefix).append("Hörenswert: ").append(headline).append("\n\n");
                    out.append(String.join("\n\n", paragraphs)).append('\n');
                }
                case EARNINGS -> {
                    out.append(prefix)
                            .append(label)
                            .append(": ")
                            .append(headline)
                            .append("\n\n");
                    calendar.forEach(line -> out.append(line).append('\n'));
                    out.append('\n');
                    return;
                }
            }
            if (!sources.isEmpty()) {
                out.append("🔗 ").append(String.join(" | ", sources)).append('\n');
            }
            out.append('\n');
        }
    }

    /** The ids' slugs as the reader makes them: lower case, umlauts spelt out, other characters as hyphens. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replace("&", " und ");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > MAX_ID_SLUG_CHARS) {
            int cut = s.lastIndexOf('-', MAX_ID_SLUG_CHARS);
            s = s.substring(0, cut > MAX_ID_SLUG_CHARS / 2 ? cut : MAX_ID_SLUG_CHARS)
                    .replaceAll("-+$", "");
        }
        return s;
    }

    /**
     * {@code --items N} (default 10000), {@code --seed S} (default 42), {@code --out DIR} (required): writes the
     * issue files and prints what it wrote.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = Options.parse(args, Set.of("items", "seed", "out"));
        int items = Integer.parseInt(options.getOrDefault("items", "10000"));
        long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(DEFAULT_SEED)));
        String out = options.get("out");
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        long start = System.nanoTime();
        int files = new CorpusGenerator(seed).writeFiles(items, Path.of(out));
        System.out.printf(
                Locale.ROOT,
                "Wrote %d items in %d issue files (%d publications) to %s in %.1f s (seed %d)%n",
                items,
                files,
                publications(items),
                out,
                (System.nanoTime() - start) / 1e9,
                seed);
    }
}
