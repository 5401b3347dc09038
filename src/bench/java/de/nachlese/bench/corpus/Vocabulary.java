package de.nachlese.bench.corpus;

import de.nachlese.ingest.ArchiveFile;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.ingest.ParsedIssue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * German running text for the corpus: a first-order Markov chain over the words of the bundled demo archive (our own
 * invented texts), so word frequencies, word lengths, punctuation and sentence lengths follow real German
 * newsletter prose. A small share of nouns is replaced by two-noun compounds ("Chip" + "Fabrik" gives
 * "Chipfabrik"), which gives the long tail of rare words a real archive has and exercises the decompounder.
 * Also collects what the demo's items look like per type: their emojis and body lengths.
 */
final class Vocabulary {

    /** Tokens with these characters only; emoji and other symbols would change how an issue is split. */
    private static final Pattern CLEAN_TOKEN = Pattern.compile("[\\p{L}\\p{N}.,;:!?%€$()\"'„“”‚‘’/&+\\-–]+");

    private static final Pattern NOUN = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");
    private static final double COMPOUND_SHARE = 0.03;

    /** Token ids; index 0 is the sentence start. */
    private final List<String> tokens = new ArrayList<>();

    private final Map<String, Integer> ids = new HashMap<>();
    /** Successors per token id, with repetition, so a uniform pick is a frequency-weighted one. */
    private final List<int[]> successors = new ArrayList<>();

    private final List<String> nouns;
    private final Map<ItemType, List<String>> emojis;
    private final Map<ItemType, int[]> bodyChars;

    private Vocabulary(List<Item> items) {
        tokens.add("");
        ids.put("", 0);
        Map<Integer, List<Integer>> next = new TreeMap<>();
        Map<String, Integer> nounCounts = new LinkedHashMap<>();
        Map<ItemType, List<String>> emojiLists = new EnumMap<>(ItemType.class);
        Map<ItemType, List<Integer>> lengths = new EnumMap<>(ItemType.class);
        for (Item item : items) {
            lengths.computeIfAbsent(item.type(), t -> new ArrayList<>())
                    .add(item.body().length());
            if (!item.emoji().isEmpty()) {
                emojiLists.computeIfAbsent(item.type(), t -> new ArrayList<>()).add(item.emoji());
            }
            if (item.type() == ItemType.EARNINGS) {
                continue; // calendar lines are generated from the gazetteer, not from prose
            }
            int previous = 0;
            for (String word : item.body().split("\\s+")) {
                if (!CLEAN_TOKEN.matcher(word).matches()) {
                    continue;
                }
                int id = ids.computeIfAbsent(word, w -> {
                    tokens.add(w);
                    return tokens.size() - 1;
                });
                next.computeIfAbsent(previous, p -> new ArrayList<>()).add(id);
                if (previous != 0 && NOUN.matcher(word).matches()) {
                    nounCounts.merge(word, 1, Integer::sum);
                }
                previous = endsSentence(word) ? 0 : id;
            }
            if (previous != 0) {
                next.computeIfAbsent(previous, p -> new ArrayList<>()).add(0);
            }
        }
        for (int id = 0; id < tokens.size(); id++) {
            List<Integer> list = next.getOrDefault(id, List.of(0));
            successors.add(list.stream().mapToInt(Integer::intValue).toArray());
        }
        nouns = nounCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        emojis = emojiLists;
        bodyChars = new EnumMap<>(ItemType.class);
        lengths.forEach((type, list) -> bodyChars.put(
                type, list.stream().mapToInt(Integer::intValue).sorted().toArray()));
    }

    /** Learns from the bundled demo archive. */
    static Vocabulary fromDemo() {
        IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);
        List<Item> items = new ArrayList<>();
        try {
            for (ArchiveFile file : BundledArchive.DEMO.files()) {
                for (ParsedIssue parsed :
                        reader.readFile(file.origin(), file.readAllBytes()).issues()) {
                    items.addAll(parsed.issue().items());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (items.isEmpty()) {
            throw new IllegalStateException("the demo archive gave no items to learn from");
        }
        return new Vocabulary(items);
    }

    private static boolean endsSentence(String word) {
        char last = word.charAt(word.length() - 1);
        return last == '.'
                || last == '!'
                || last == '?'
                || (word.endsWith("“") && word.length() > 1 && ".!?".indexOf(word.charAt(word.length() - 2)) >= 0);
    }

    /** Nouns of the demo, most frequent first. */
    List<String> nouns() {
        return nouns;
    }

    /** A noun with a Zipf-like skew: the frequent ones most of the time, rare ones now and then. */
    String noun(SplittableRandom random) {
        return nouns.get(Zipf.index(random, nouns.size()));
    }

    List<String> emojis(ItemType type) {
        return emojis.getOrDefault(type, List.of());
    }

    /** A body length drawn from the demo's lengths for that type, jittered by ±15 %. */
    int bodyChars(ItemType type, SplittableRandom random) {
        int[] lengths = bodyChars.get(type);
        int base = lengths[random.nextInt(lengths.length)];
        return (int) (base * (0.85 + 0.3 * random.nextDouble()));
    }

    /** Appends one sentence of 4 to 40 words, starting with {@code subject} when it is not null. */
    void sentence(StringBuilder out, SplittableRandom random, String subject) {
        int state = 0;
        int words = 0;
        if (subject != null) {
            out.append(subject);
            words = subject.split(" ").length;
            state = midSentenceState(random);
        }
        while (true) {
            int[] options = successors.get(state);
            int id = options[random.nextInt(options.length)];
            if (id == 0) {
                if (words >= 4) {
                    break;
                }
                state = 0;
                continue;
            }
            String word = tokens.get(id);
            if (words == 0 && !Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            if (random.nextDouble() < COMPOUND_SHARE && NOUN.matcher(word).matches()) {
                word = word + noun(random).toLowerCase(java.util.Locale.GERMAN);
            }
            if (words > 0) {
                out.append(' ');
            }
            out.append(word);
            words++;
            if (endsSentence(word)) {
                break;
            }
            if (words >= 40) {
                out.append('.');
                break;
            }
            state = id;
        }
    }

    /** A state after which a word typically follows a subject: the successor of a common token. */
    private int midSentenceState(SplittableRandom random) {
        int[] starts = successors.get(0);
        for (int tries = 0; tries < 8; tries++) {
            int[] after = successors.get(starts[random.nextInt(starts.length)]);
            int candidate = after[random.nextInt(after.length)];
            if (candidate != 0 && !endsSentence(tokens.get(candidate))) {
                return candidate;
            }
        }
        return 0;
    }

    /** Text of about {@code chars} characters in whole sentences; the first may start with a subject. */
    String text(SplittableRandom random, int chars, String subject) {
        StringBuilder out = new StringBuilder(chars + 200);
        sentence(out, random, subject);
        while (out.length() < chars) {
            out.append(' ');
            sentence(out, random, null);
        }
        return out.toString();
    }

    int distinctWords() {
        return tokens.size() - 1;
    }
}
