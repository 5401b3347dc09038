package de.nachlese.search.related;

import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.links.JudgedLinks;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.search.DemoIndex;
import de.nachlese.tagging.Tagger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * For ranking work: every draft item of the twelve judged demo drafts (both halves) with its ranked candidates before
 * the confidence cut (grade, score, similarity, story; {@code *} marks the links shown) and the judged links it
 * misses, then the same for the three fresh sets ({@code links/fresh/}, {@code links/fresh2/}, {@code
 * links/fresh3/}, tuning material as well). Run with {@code -Dtest=DraftLinkDetails -Dquality.details=true};
 * {@code -Dquality.perThread=20} ranks every installment of a thread, to tell a link the one-per-thread rule cut
 * from one never ranked.
 */
@EnabledIfSystemProperty(named = "quality.details", matches = "true")
class DraftLinkDetails {

    @Test
    void printJudgedDrafts() throws Exception {
        Map<LocalDate, Map<String, Map<String, Integer>>> judged = JudgedLinks.read();
        StringBuilder out = new StringBuilder();
        try (DemoIndex demo = new DemoIndex()) {
            SearcherManager manager = demo.indexer.newSearcherManager(new SearcherFactory());
            IndexSearcher searcher = manager.acquire();
            try {
                EarlierCoverage coverage = new EarlierCoverage(demo.schema, new RelatedFinder(demo.schema));
                IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);
                for (LocalDate date : judged.keySet()) {
                    Issue issue = reader.readDraft("draft", JudgedLinks.draft(date), date)
                            .issue();
                    Map<String, String> idByHeadline = JudgedLinks.idByHeadline(demo.searcher, date);
                    for (Item untagged : issue.items()) {
                        Item item = Tagger.bundled().tag(untagged, issue.date());
                        if (item.type() == ItemType.EARNINGS) {
                            continue;
                        }
                        String id = idByHeadline.get(item.headline());
                        Map<String, Integer> grades = judged.get(date).getOrDefault(id, Map.of());
                        print(out, coverage, searcher, item, date, short_(id), grades);
                    }
                }
                for (String set : List.of("fresh", "fresh2", "fresh3")) {
                    for (JudgedLinks.FreshDraft draft : JudgedLinks.readFresh(set)) {
                        Issue issue = reader.readDraft(draft.file(), draft.text(), draft.before())
                                .issue();
                        for (Item untagged : issue.items()) {
                            Item item = Tagger.bundled().tag(untagged, issue.date());
                            Map<String, Integer> grades = draft.judged().getOrDefault(item.headline(), Map.of());
                            print(out, coverage, searcher, item, draft.before(), set + "/" + draft.file(), grades);
                        }
                    }
                }
            } finally {
                manager.release(searcher);
                manager.close();
            }
        }
        System.out.println(out);
    }

    private static void print(
            StringBuilder out,
            EarlierCoverage coverage,
            IndexSearcher searcher,
            Item item,
            LocalDate date,
            String label,
            Map<String, Integer> grades)
            throws java.io.IOException {
        List<EarlierCoverage.Suggestion> ranked =
                coverage.ranked(searcher, item, date, Integer.getInteger("quality.perThread", 1));
        List<EarlierCoverage.Suggestion> shown = EarlierCoverage.confident(ranked, 5);
        out.append(String.format(Locale.ROOT, "%n== %s %s | %s%n", label, item.headline(), item.tags()));
        List<String> rankedIds = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            var s = ranked.get(i);
            String tid = s.target().item().id();
            rankedIds.add(tid);
            out.append(String.format(
                    Locale.ROOT,
                    "  %s%2d g%d score %.3f sim %.3f words %.3f %s%s%s %s | %s %s | %s%n",
                    shown.contains(s) ? "*" : " ",
                    i + 1,
                    grades.getOrDefault(tid, 0),
                    s.score(),
                    s.similarity(),
                    s.wordSimilarity(),
                    s.sameStory() ? "S" : "-",
                    s.rareName() ? "R" : "-",
                    s.namedInHeadline() ? "H" : "-",
                    short_(tid),
                    s.target().item().headline(),
                    s.sharedNames(),
                    s.sharedWords().stream().limit(6).toList()));
        }
        grades.entrySet().stream()
                .filter(e -> !rankedIds.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(
                        String.format(Locale.ROOT, "   unranked g%d %s%n", e.getValue(), short_(e.getKey()))));
    }

    private static String short_(String id) {
        return id == null ? "?" : id.replace("wochenwerk-tech-2025-", "");
    }
}
