package de.nachlese.tagging;

import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.Tags;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Measures the tagger against hand-labelled gold tags: precision, recall and F1 per dimension (companies, people,
 * topics), micro-averaged over every (item, tag) pair, plus the list of every wrong or missing tag.
 * Gold files have lines "key TAB companies TAB people TAB topics", lists separated by ";". A key is an item id, or
 * "issueId@position" for issues whose text must not be copied into the project (their headline slugs would be).
 */
public final class TaggingEvaluation {

    /** The three measured dimensions and how to read them from tags. */
    public enum Dimension {
        COMPANIES(Tags::companies),
        PEOPLE(Tags::people),
        TOPICS(Tags::topics);

        private final Function<Tags, List<String>> values;

        Dimension(Function<Tags, List<String>> values) {
            this.values = values;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Gold tags of one item. */
    record Gold(String key, Map<Dimension, Set<String>> tags) {}

    /** Counts for one dimension. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }
    }

    /** One disagreement: {@code extra} was tagged but is not gold, {@code missing} is gold but was not tagged. */
    public record Error(String key, Dimension dimension, Set<String> extra, Set<String> missing) {}

    /** The outcome: scores per dimension, the errors, and gold keys no item had. */
    public record Result(int items, Map<Dimension, Score> scores, List<Error> errors, List<String> unmatchedKeys) {}

    private final List<Gold> gold = new ArrayList<>();

    /** Adds the gold lines of one file; malformed lines fail with file and line number. */
    public TaggingEvaluation read(Reader in, String name) throws IOException {
        DataLines.forEach(in, name, (columns, where) -> {
            if (columns.length != 4 || columns[0].isBlank()) {
                throw new IllegalArgumentException(where + ": expected 'key TAB companies TAB people TAB topics'");
            }
            Map<Dimension, Set<String>> tags = new LinkedHashMap<>();
            tags.put(Dimension.COMPANIES, set(columns[1]));
            tags.put(Dimension.PEOPLE, set(columns[2]));
            tags.put(Dimension.TOPICS, set(columns[3]));
            gold.add(new Gold(columns[0].strip(), tags));
        });
        return this;
    }

    int goldItems() {
        return gold.size();
    }

    private static Set<String> set(String column) {
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(column.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(values::add);
        return values;
    }

    /** Tags the issues and compares every gold item with the tagger's output. */
    public Result evaluate(Tagger tagger, List<Issue> issues) {
        Map<String, Item> byKey = new LinkedHashMap<>();
        for (Issue issue : issues) {
            for (Item item : tagger.tag(issue).items()) {
                byKey.put(item.id(), item);
                byKey.put(issue.id() + "@" + item.position(), item);
            }
        }
        Map<Dimension, int[]> counts = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            counts.put(d, new int[3]);
        }
        List<Error> errors = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int evaluated = 0;
        for (Gold g : gold) {
            Item item = byKey.get(g.key());
            if (item == null) {
                unmatched.add(g.key());
                continue;
            }
            evaluated++;
            for (Dimension d : Dimension.values()) {
                Set<String> expected = g.tags().get(d);
                Set<String> actual = new LinkedHashSet<>(d.values.apply(item.tags()));
                Set<String> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(actual);
                int[] c = counts.get(d);
                c[0] += actual.size() - extra.size();
                c[1] += extra.size();
                c[2] += missing.size();
                if (!extra.isEmpty() || !missing.isEmpty()) {
                    errors.add(new Error(g.key(), d, extra, missing));
                }
            }
        }
        Map<Dimension, Score> scores = new LinkedHashMap<>();
        counts.forEach((d, c) -> scores.put(d, new Score(c[0], c[1], c[2])));
        return new Result(evaluated, scores, errors, unmatched);
    }

    /** The report the "tags eval" command prints. */
    public static void print(Result result, PrintStream out, boolean listErrors) {
        out.printf(Locale.ROOT, "Evaluated %d items%n", result.items());
        out.printf(Locale.ROOT, "%-10s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "TP", "FP", "FN");
        result.scores()
                .forEach((d, s) -> out.printf(
                        Locale.ROOT,
                        "%-10s %9.3f %9.3f %9.3f %6d %6d %6d%n",
                        d.label(),
                        s.precision(),
                        s.recall(),
                        s.f1(),
                        s.truePositives(),
                        s.falsePositives(),
                        s.falseNegatives()));
        if (!result.unmatchedKeys().isEmpty()) {
            out.println("Gold items not found in the archive: " + String.join(", ", result.unmatchedKeys()));
        }
        if (listErrors) {
            out.printf(
                    Locale.ROOT,
                    "%nErrors (%d): + tagged but not gold, - gold but not tagged%n",
                    result.errors().size());
            for (Error e : result.errors()) {
                List<String> parts = new ArrayList<>();
                e.extra().forEach(v -> parts.add("+" + v));
                e.missing().forEach(v -> parts.add("-" + v));
                out.printf(Locale.ROOT, "%-9s %s  %s%n", e.dimension().label(), e.key(), String.join(", ", parts));
            }
        }
    }
}
