package de.nachlese.tagging;

import de.nachlese.model.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assigns topics of the fixed taxonomy by weighted rules from data (topics.tsv): an item gets every topic whose
 * matching rules add up to at least {@link #THRESHOLD}. Each rule counts once per item.
 */
final class TopicTagger {

    static final int THRESHOLD = 3;
    static final int MAX_BODY_HITS = 3;
    static final int CHARS_PER_EXTRA_POINT = 400;
    static final double MIN_SHARE = 0.45;
    static final int MAX_TOPICS = 3;
    /**
     * Topics that say what kind of story an item is rather than what it is about: a results story about Nvidia is
     * Earnings and Halbleiter, so Earnings does not compete with the subjects for the relative cut.
     */
    static final Set<String> INDEPENDENT = Set.of("Earnings");

    /** A rule with its regex, and the index of its value among {@link #literals} (-1: the regex scans alone). */
    private record CompiledRule(TopicRule rule, Pattern pattern, int literal) {}

    private final List<CompiledRule> rules;
    /**
     * The values of the word rules, case-folded: a rule's regex can only match where its value occurs, so it is
     * tried only there, which keeps 165 regexes from each scanning every item in full.
     */
    private final Literals literals;

    TopicTagger(List<TopicRule> rules) {
        List<String> values = new ArrayList<>();
        List<CompiledRule> compiled = new ArrayList<>();
        for (TopicRule rule : rules) {
            Pattern pattern = compile(rule);
            int literal = -1;
            if (pattern != null && !Literals.hasSurrogate(rule.value())) {
                literal = values.size();
                values.add(rule.value());
            }
            compiled.add(new CompiledRule(rule, pattern, literal));
        }
        this.rules = List.copyOf(compiled);
        this.literals = new Literals(values, true);
    }

    static TopicTagger bundled() {
        try (InputStream in = TopicTagger.class.getResourceAsStream("/gazetteer/topics.tsv")) {
            if (in == null) {
                throw new IllegalStateException("topic rules missing: /gazetteer/topics.tsv");
            }
            return new TopicTagger(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of "topic TAB kind:value TAB weight"; # starts a comment. */
    static List<TopicRule> read(InputStream in) throws IOException {
        List<TopicRule> rules = new ArrayList<>();
        DataLines.forEach(new InputStreamReader(in, StandardCharsets.UTF_8), "topics.tsv", (c, where) -> {
            int colon = c.length == 3 ? c[1].indexOf(':') : -1;
            if (colon <= 0) {
                throw new IllegalArgumentException(where + ": expected 'topic TAB kind:value TAB weight'");
            }
            TopicRule.Kind kind =
                    TopicRule.Kind.valueOf(c[1].substring(0, colon).strip().toUpperCase(Locale.ROOT));
            rules.add(new TopicRule(
                    c[0].strip(), kind, c[1].substring(colon + 1).strip(), Integer.parseInt(c[2].strip())));
        });
        return rules;
    }

    private static Pattern compile(TopicRule rule) {
        String quoted = Pattern.quote(rule.value());
        return switch (rule.kind()) {
            // inflected endings (-s, -e, -en, -n, -er, -es) and hyphen compounds count as the word
            case WORD -> Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?:s|e|n|en|er|es)?(?![\\p{L}\\p{N}])");
            case PREFIX ->
                Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            case PART -> Pattern.compile(quoted, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            default -> null;
        };
    }

    List<TopicRule> rules() {
        return rules.stream().map(CompiledRule::rule).toList();
    }

    /** What an item names, and which of those names its headline carries. */
    record Evidence(Set<String> companies, Set<String> people, Set<String> products, Set<String> inHeadline) {}

    /**
     * Topics by salience, not by mere presence: a passing word in a long lead story must not outvote the subject of
     * the story. Each rule scores its weight for every body match (at most {@link #MAX_BODY_HITS}) and twice its
     * weight for a headline match; an entity rule scores once, three times when the headline names it; emoji and
     * section rules score double, because the author chose them for the whole item. A topic needs a score that
     * grows with the item's length, at least one rule that {@linkplain TopicRule#speaksForItself() speaks for
     * itself}, at least {@link #MIN_SHARE} of the best subject topic's score (not for
     * {@link #INDEPENDENT} topics), and a place among the best {@link #MAX_TOPICS}.
     */
    List<String> topics(Item item, String headline, String body, Evidence evidence) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Set<String> grounded = new HashSet<>();
        Literals.Occurrences inBody = literals.find(body);
        Literals.Occurrences inHeadline = literals.find(headline);
        for (CompiledRule compiled : rules) {
            TopicRule rule = compiled.rule();
            int hits = switch (rule.kind()) {
                case WORD, PREFIX, PART ->
                    count(compiled, body, inBody, MAX_BODY_HITS)
                            + (count(compiled, headline, inHeadline, 1) > 0 ? 2 : 0);
                case COMPANY -> entityHits(evidence.companies(), rule.value(), evidence);
                case PERSON -> entityHits(evidence.people(), rule.value(), evidence);
                case PRODUCT -> entityHits(evidence.products(), rule.value(), evidence);
                case EMOJI ->
                    !item.emoji().isEmpty()
                                    && item.emoji()
                                            .replace("\uFE0F", "")
                                            .equals(rule.value().replace("\uFE0F", ""))
                            ? 2
                            : 0;
                case TYPE -> item.type().id().equals(rule.value()) ? 2 : 0;
            };
            if (hits > 0) {
                scores.merge(rule.topic(), rule.weight() * hits, Integer::sum);
                if (rule.speaksForItself()) {
                    grounded.add(rule.topic());
                }
            }
        }
        scores.keySet().retainAll(grounded);
        int threshold = THRESHOLD + body.length() / CHARS_PER_EXTRA_POINT;
        int bestSubject = scores.entrySet().stream()
                .filter(e -> !INDEPENDENT.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue)
                .max()
                .orElse(0);
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= threshold
                        && (INDEPENDENT.contains(e.getKey()) || e.getValue() >= bestSubject * MIN_SHARE))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_TOPICS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int entityHits(Set<String> names, String name, Evidence evidence) {
        if (!names.contains(name)) {
            return 0;
        }
        return evidence.inHeadline().contains(name) ? 3 : 1;
    }

    /**
     * How often the rule's regex matches in the text, counting up to {@code max}: the matches {@code find()} would
     * return one after the other, tried only where the rule's value occurs.
     */
    private static int count(CompiledRule compiled, String text, Literals.Occurrences occurrences, int max) {
        if (compiled.literal() >= 0 && occurrences.count(compiled.literal()) == 0) {
            return 0;
        }
        Matcher m = compiled.pattern().matcher(text);
        int n = 0;
        if (compiled.literal() < 0) {
            while (n < max && m.find()) {
                n++;
            }
            return n;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int k = 0; k < occurrences.count(compiled.literal()) && n < max; k++) {
            int start = occurrences.start(compiled.literal(), k);
            if (start >= from && m.region(start, text.length()).lookingAt()) {
                n++;
                from = m.end();
            }
        }
        return n;
    }
}
