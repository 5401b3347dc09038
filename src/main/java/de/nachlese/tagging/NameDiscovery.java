package de.nachlese.tagging;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds capitalised names in an archive that no gazetteer entry covers, so maintainers see what to add. German
 * capitalises every noun, so a capitalised word alone is weak evidence; a candidate is a run of two or more
 * capitalised words ("Liang Wenfeng", "Project Digits"), or one word that looks like a name rather than a noun:
 * inner capitals or digits ("OpenAI", "GPT-4o"), all capitals ("ACEA"), or a word that never follows an article in
 * the whole archive and has no typical noun ending (nouns almost always follow one, names often don't). Words at
 * the start of a sentence are skipped, because there every word is capitalised, and so are the units, pronouns
 * and places in discovery-ignore.txt.
 */
public final class NameDiscovery {

    /** One uncovered name: how often it occurs and a sentence that shows it. */
    public record Candidate(String name, int count, String example) {}

    /** A sentence ends at . ! ? before a space and a capital, or at a line end; "1.999" and "Mrd. Dollar" do not end one. */
    private static final Pattern SENTENCE = Pattern.compile(
            ".+?(?:(?<!\\bMrd|\\bMio|\\bNr|\\bca|\\bDr|\\bbzw)[.!?](?=\\s+[\\p{Lu}\"“„])|$)", Pattern.MULTILINE);
    /** German nouns end so far more often than names do. */
    private static final Pattern NOUN_ENDING =
            Pattern.compile(".*(?:en|er|ern|ung|ungen|heit|keit|schaft|ion|tät|ismus|e)$");

    private static final Pattern RUN =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,3}");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile(
            "(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|vom|zum|zur|beim)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private final EntityMatcher matcher;
    private final Set<String> ignored;

    public NameDiscovery(Tagger tagger) {
        this.matcher = tagger.matcher();
        this.ignored = COMMON;
    }

    /**
     * The capitalised words of discovery-ignore.txt that are no names: units, currencies, roles, sentence openers and
     * places. Other features treat them as weak too (a link anchored on "Amerika" or "Dollar" alone says nothing).
     */
    public static Set<String> commonCapitalisedWords() {
        return COMMON;
    }

    private static final Set<String> COMMON = Set.copyOf(ignoreList());

    private static Set<String> ignoreList() {
        try (InputStream in = NameDiscovery.class.getResourceAsStream("/gazetteer/discovery-ignore.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing /gazetteer/discovery-ignore.txt");
            }
            Set<String> words = new HashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.strip()));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isIgnored(String name) {
        if (ignored.contains(name)) {
            return true;
        }
        for (String word : name.split("\\s+")) {
            if (ignored.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The uncovered names occurring at least {@code minCount} times, most frequent first. */
    public List<Candidate> discover(List<Issue> issues, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> afterArticle = new HashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        for (Issue issue : issues) {
            for (Item item : issue.items()) {
                String text = EarningsCalendar.withoutCalendarLines(item.headline() + ".\n" + item.body());
                Matcher sentence = SENTENCE.matcher(text);
                while (sentence.find()) {
                    scan(sentence.group(), counts, afterArticle, examples);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        counts.forEach((name, count) -> {
            boolean multiWord = name.contains(" ");
            // A hyphen compound is judged by its head: "KI-Agenten" is a noun, "GPT-4o" is a name.
            String head = name.substring(name.lastIndexOf('-') + 1);
            boolean nameShaped = multiWord
                    || (!head.isEmpty() && looksLikeName(head))
                    || (afterArticle.getOrDefault(name, 0) == 0
                            && !NOUN_ENDING.matcher(head).matches()
                            && !(name.contains("-") && Character.isLowerCase(head.isEmpty() ? 'a' : head.charAt(0))));
            if (count >= minCount && nameShaped && !isIgnored(name)) {
                candidates.add(new Candidate(name, count, examples.get(name)));
            }
        });
        candidates.sort((a, b) -> a.count() != b.count()
                ? Integer.compare(b.count(), a.count())
                : a.name().compareTo(b.name()));
        return candidates;
    }

    private void scan(
            String sentence,
            Map<String, Integer> counts,
            Map<String, Integer> afterArticle,
            Map<String, String> examples) {
        List<int[]> covered = matcher.coveredSpans(sentence);
        int firstWord = 0;
        while (firstWord < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(firstWord))) {
            firstWord++;
        }
        Matcher run = RUN.matcher(sentence);
        while (run.find()) {
            int start = run.start();
            String name = run.group();
            if (start == firstWord) {
                // The sentence's first word is capitalised anyway: drop it and keep the rest of the run.
                int space = name.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                start += space + 1;
                name = name.substring(space + 1);
            }
            name = trim(name);
            if (name.length() < 2 || overlaps(covered, start, run.end())) {
                continue;
            }
            counts.merge(name, 1, Integer::sum);
            examples.putIfAbsent(name, sentence.strip());
            if (ARTICLE_BEFORE.matcher(sentence.substring(0, start)).find()) {
                afterArticle.merge(name, 1, Integer::sum);
            }
        }
    }

    private static String trim(String name) {
        return name.replaceAll("(?:'s|’s)$", "").replaceAll("[.'’-]+$", "");
    }

    private static boolean looksLikeName(String word) {
        String rest = word.substring(1);
        return !rest.equals(rest.toLowerCase(Locale.ROOT)) || word.chars().anyMatch(Character::isDigit);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (span[0] < end && start < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** The report the "tags suggest" command prints. */
    public static void print(List<Candidate> candidates, int limit, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%d capitalised names not covered by the gazetteer (showing %d)%n",
                candidates.size(),
                Math.min(limit, candidates.size()));
        for (Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
            String example = c.example().length() > 140 ? c.example().substring(0, 137) + "…" : c.example();
            out.printf(Locale.ROOT, "%5d  %-28s %s%n", c.count(), c.name(), example);
        }
    }

    static Set<String> names(List<Candidate> candidates) {
        return candidates.stream()
                .map(Candidate::name)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
