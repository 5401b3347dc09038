package de.nachlese.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * For relevance work: every tune-half reader query with its nDCG@10, its top five (grade and headline) and the judged
 * items it missed. Run with {@code -Dtest=ReaderQueryDetails -Dquality.details=true}; the holdout half is never
 * printed one by one.
 */
@EnabledIfSystemProperty(named = "quality.details", matches = "true")
class ReaderQueryDetails {

    @Test
    void printTuneHalf() throws IOException {
        String only = System.getProperty("quality.query", "");
        try (DemoIndex demo = new DemoIndex()) {
            StringBuilder out = new StringBuilder();
            for (SearchQualityTest.ReaderQuery judged : SearchQualityTest.readReader()) {
                if (!judged.half().equals("tune") || !judged.answerable()) {
                    continue;
                }
                if (!only.isEmpty() && !judged.query().equalsIgnoreCase(only)) {
                    continue;
                }
                SearchPage page =
                        demo.searcher.search(new SearchRequest(judged.query(), Map.of(), null, null, null, 1, 10));
                List<String> top =
                        page.hits().stream().map(h -> h.stored().item().id()).toList();
                double ndcg = SearchQualityTest.ndcg(top, judged.grades());
                out.append(String.format(
                        Locale.ROOT, "%n%.3f %-10s %s (hits %d)%n", ndcg, judged.kind(), judged.query(), page.total()));
                for (int i = 0; i < Math.min(5, page.hits().size()); i++) {
                    var item = page.hits().get(i).stored().item();
                    out.append(String.format(
                            Locale.ROOT,
                            "   %d %s %s%n",
                            judged.grades().getOrDefault(item.id(), 0),
                            short_(item.id()),
                            item.headline()));
                }
                judged.grades().entrySet().stream()
                        .filter(e -> !top.contains(e.getKey()))
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> out.append(
                                String.format(Locale.ROOT, "   missed %d %s%n", e.getValue(), short_(e.getKey()))));
            }
            System.out.println(out);
        }
    }

    private static String short_(String id) {
        return id.replace("wochenwerk-tech-2025-", "");
    }
}
