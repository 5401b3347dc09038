package de.nachlese.tagging;

import de.nachlese.model.Item;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Assigns topics of the fixed taxonomy by weighted rules from data (topics.tsv): an item gets every topic whose
 * matching rules add up to at least {@link #THRESHOLD}. Each rule counts once per item.
 */
final class TopicTagger {

    static final int THRESHOLD = 3;

    private record CompiledRule(TopicRule rule, Pattern pattern) {
    }

    private final List<CompiledRule> rules;

    TopicTagger(List<TopicRule> rules) {
        this.rules = rules.stream().map(r -> new CompiledRule(r, compile(r))).toList();
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
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            int colon = c.length == 3 ? c[1].indexOf(':') : -1;
            if (colon <= 0) {
                throw new IllegalArgumentException("topics.tsv:" + number + ": expected 'topic TAB kind:value TAB weight'");
            }
            TopicRule.Kind kind = TopicRule.Kind.valueOf(c[1].substring(0, colon).strip().toUpperCase(Locale.ROOT));
            rules.add(new TopicRule(c[0].strip(), kind, c[1].substring(colon + 1).strip(), Integer.parseInt(c[2].strip())));
        }
        return rules;
    }

    private static Pattern compile(TopicRule rule) {
        String quoted = Pattern.quote(rule.value());
        return switch (rule.kind()) {
            // inflected endings (-s, -e, -en, -n, -er, -es) and hyphen compounds count as the word
            case WORD -> Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?:s|e|n|en|er|es)?(?![\\p{L}\\p{N}])");
            case PREFIX -> Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            default -> null;
        };
    }

    List<TopicRule> rules() {
        return rules.stream().map(CompiledRule::rule).toList();
    }

    List<String> topics(Item item, Set<String> companies, Set<String> people) {
        String text = item.headline() + "\n" + item.body();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (CompiledRule compiled : rules) {
            TopicRule rule = compiled.rule();
            boolean hit = switch (rule.kind()) {
                case WORD, PREFIX -> compiled.pattern().matcher(text).find();
                case COMPANY -> companies.contains(rule.value());
                case PERSON -> people.contains(rule.value());
                case EMOJI -> !item.emoji().isEmpty()
                        && item.emoji().replace("\uFE0F", "").equals(rule.value().replace("\uFE0F", ""));
                case TYPE -> item.type().id().equals(rule.value());
            };
            if (hit) {
                scores.merge(rule.topic(), rule.weight(), Integer::sum);
            }
        }
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= THRESHOLD)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }
}
