package de.nachlese.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search-quality set (src/test/resources/quality/queries.tsv) over the demo archive: prints nDCG@10 and
 * recall@10 per query and overall, and fails below the goal. Run alone with
 * {@code mvn -B -ntp test -Dtest=SearchQualityTest}.
 * <ul>
 *   <li>nDCG@10 uses graded gains: 3 for an item the query is about (grade 2), 1 for one that covers it
 *       substantially (grade 1), with the usual log2 discount; the ideal ranking puts all judged items first.</li>
 *   <li>recall@10 counts the grade-2 items in the top 10, out of all grade-2 items but at most 10.</li>
 * </ul>
 */
class SearchQualityTest {

    static final double GOAL_NDCG = 0.85;

    record Judged(String query, Map<String, Integer> grades, String kind) {}

    record Score(Judged judged, double ndcg, double recall, List<String> top) {}

    @Test
    void qualitySetReachesTheGoal() throws IOException {
        List<Judged> set = read();
        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        List<Score> scores = new ArrayList<>();
        try (DemoIndex demo = new DemoIndex()) {
            for (Judged judged : set) {
                SearchPage page =
                        demo.searcher.search(new SearchRequest(judged.query(), Map.of(), null, null, null, 1, 10));
                List<String> top =
                        page.hits().stream().map(h -> h.stored().item().id()).toList();
                scores.add(new Score(judged, ndcg(top, judged.grades()), recall(top, judged.grades()), top));
            }
        }
        double ndcg = scores.stream().mapToDouble(Score::ndcg).average().orElseThrow();
        double recall = scores.stream().mapToDouble(Score::recall).average().orElseThrow();
        print(scores, ndcg, recall);
        assertThat(ndcg).as("mean nDCG@10 of the quality set").isGreaterThanOrEqualTo(GOAL_NDCG);
    }

    static double ndcg(List<String> top, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < top.size(); i++) {
            dcg += gain(grades.getOrDefault(top.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(10)
                .toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<String> top, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g == 2).count();
        long found = top.stream().filter(id -> grades.getOrDefault(id, 0) == 2).count();
        return relevant == 0 ? 1 : (double) found / Math.min(10, relevant);
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static void print(List<Score> scores, double ndcg, double recall) {
        StringBuilder out =
                new StringBuilder("\nSearch quality over the demo archive (" + scores.size() + " queries)\n");
        out.append(String.format(Locale.ROOT, "%-28s %-12s %8s %10s%n", "query", "kind", "nDCG@10", "recall@10"));
        for (Score s : scores) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-28s %-12s %8.3f %10.3f%n",
                    s.judged().query(),
                    s.judged().kind(),
                    s.ndcg(),
                    s.recall()));
        }
        out.append(String.format(Locale.ROOT, "%-41s %8.3f %10.3f%n", "overall (mean)", ndcg, recall));
        out.append("worst five:\n");
        scores.stream()
                .sorted(Comparator.comparingDouble(Score::ndcg))
                .limit(5)
                .forEach(s -> out.append(String.format(
                        Locale.ROOT,
                        "  %-26s nDCG@10 %.3f, unjudged in top 10: %s%n",
                        s.judged().query(),
                        s.ndcg(),
                        s.top().stream()
                                .filter(id -> !s.judged().grades().containsKey(id))
                                .map(id -> id.replace("wochenwerk-tech-2025-", ""))
                                .toList())));
        System.out.println(out);
    }

    static List<Judged> read() throws IOException {
        List<Judged> set = new ArrayList<>();
        try (InputStream in = SearchQualityTest.class.getResourceAsStream("/quality/queries.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                Map<String, Integer> grades = new HashMap<>();
                Arrays.stream(columns[2].split(" ")).filter(s -> !s.isBlank()).forEach(id -> grades.put(id, 1));
                Arrays.stream(columns[1].split(" ")).filter(s -> !s.isBlank()).forEach(id -> grades.put(id, 2));
                set.add(new Judged(columns[0], grades, columns[3]));
            }
        }
        return set;
    }
}
