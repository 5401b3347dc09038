package de.nachlese.search.related;

import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.search.DemoIndex;
import de.nachlese.tagging.Tagger;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * For ranking work: every draft item of the tuning half of the judged links (the first six drafts by date) with its
 * ranked candidates before the confidence cut (grade, score, similarity, story) and the judged links it misses. Run
 * with {@code -Dtest=DraftLinkDetails -Dquality.details=true}; the held-out half is never read.
 */
@EnabledIfSystemProperty(named = "quality.details", matches = "true")
class DraftLinkDetails {

    @Test
    void printTuningHalf() throws Exception {
        Map<LocalDate, Map<String, Map<String, Integer>>> judged = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/links/judged-links.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                judged.computeIfAbsent(LocalDate.parse(cols[1]), d -> new java.util.LinkedHashMap<>());
                if (judged.size() > 6) {
                    judged.remove(LocalDate.parse(cols[1]));
                    break;
                }
                Map<String, Integer> grades = new HashMap<>();
                if (cols.length > 2) {
                    for (String j : cols[2].trim().split("\\s+")) {
                        if (!j.isEmpty()) {
                            grades.put(
                                    j.substring(0, j.indexOf('=')), Integer.parseInt(j.substring(j.indexOf('=') + 1)));
                        }
                    }
                }
                judged.get(LocalDate.parse(cols[1])).put(cols[0], grades);
            }
        }
        StringBuilder out = new StringBuilder();
        double p3 = 0;
        double p5 = 0;
        int shownItems = 0;
        int grade3 = 0;
        int grade3Found = 0;
        int withJudged = 0;
        int withUseful = 0;
        try (DemoIndex demo = new DemoIndex()) {
            SearcherManager manager = demo.indexer.newSearcherManager(new SearcherFactory());
            IndexSearcher searcher = manager.acquire();
            try {
                EarlierCoverage coverage = new EarlierCoverage(demo.schema, new RelatedFinder(demo.schema));
                Tagger tagger = Tagger.bundled();
                IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);
                for (var day : judged.entrySet()) {
                    LocalDate date = day.getKey();
                    String week = String.format("%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    byte[] bytes;
                    String stem = "/demo-archive/wochenwerk-2025-kw" + week;
                    InputStream found = getClass().getResourceAsStream(stem + ".txt");
                    try (InputStream in = found != null ? found : getClass().getResourceAsStream(stem + ".html")) {
                        bytes = in.readAllBytes();
                    }
                    Issue issue = reader.readDraft("draft", bytes, date).issue();
                    Map<String, String> idByHeadline = new HashMap<>();
                    demo.searcher
                            .issue("wochenwerk-tech-2025-w" + week)
                            .orElseThrow()
                            .items()
                            .forEach(s -> idByHeadline.put(
                                    s.item().headline(), s.item().id()));
                    for (Item untagged : issue.items()) {
                        Item item = tagger.tag(untagged, issue.date());
                        if (item.type() == ItemType.EARNINGS) {
                            continue;
                        }
                        String id = idByHeadline.get(item.headline());
                        Map<String, Integer> grades = day.getValue().getOrDefault(id, Map.of());
                        List<EarlierCoverage.Suggestion> ranked = coverage.ranked(searcher, item, date, 1);
                        List<EarlierCoverage.Suggestion> shown = EarlierCoverage.confident(ranked, 5);
                        List<String> got =
                                shown.stream().map(x -> x.target().item().id()).toList();
                        if (!got.isEmpty()) {
                            shownItems++;
                            p3 += useful(got, grades, 3);
                            p5 += useful(got, grades, 5);
                        }
                        for (var g : grades.entrySet()) {
                            if (g.getValue() == 3) {
                                grade3++;
                                grade3Found += got.contains(g.getKey()) ? 1 : 0;
                            }
                        }
                        if (!grades.isEmpty()) {
                            withJudged++;
                            withUseful += got.stream().anyMatch(grades::containsKey) ? 1 : 0;
                        }
                        out.append(String.format(
                                Locale.ROOT, "%n== %s %s | %s%n", short_(id), item.headline(), item.tags()));
                        List<String> rankedIds = new ArrayList<>();
                        for (int i = 0; i < ranked.size(); i++) {
                            var s = ranked.get(i);
                            String tid = s.target().item().id();
                            rankedIds.add(tid);
                            out.append(String.format(
                                    Locale.ROOT,
                                    "  %s%2d g%d score %.3f sim %.3f %s%s %s | %s %s%n",
                                    shown.contains(s) ? "*" : " ",
                                    i + 1,
                                    grades.getOrDefault(tid, 0),
                                    s.score(),
                                    s.similarity(),
                                    s.sameStory() ? "S" : "-",
                                    s.rareName() ? "R" : "-",
                                    short_(tid),
                                    s.target().item().headline(),
                                    s.sharedNames()));
                        }
                        grades.entrySet().stream()
                                .filter(e -> !rankedIds.contains(e.getKey()))
                                .sorted(Map.Entry.<String, Integer>comparingByValue()
                                        .reversed())
                                .forEach(e -> out.append(String.format(
                                        Locale.ROOT, "   unranked g%d %s%n", e.getValue(), short_(e.getKey()))));
                    }
                }
            } finally {
                manager.release(searcher);
                manager.close();
            }
        }
        System.out.println(out);
        System.out.println(String.format(
                Locale.ROOT,
                "Tuning half: P@3 %.3f, P@5 %.3f, grade-3 recall@5 %.3f (%d of %d), items with a useful link %.3f",
                p3 / shownItems,
                p5 / shownItems,
                (double) grade3Found / grade3,
                grade3Found,
                grade3,
                (double) withUseful / withJudged));
    }

    private static double useful(List<String> got, Map<String, Integer> grades, int k) {
        List<String> top = got.subList(0, Math.min(k, got.size()));
        return (double) top.stream().filter(grades::containsKey).count() / top.size();
    }

    private static String short_(String id) {
        return id == null ? "?" : id.replace("wochenwerk-tech-2025-", "");
    }
}
