package de.nachlese.links;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.search.DemoIndex;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The draft assistant against the judged set ({@code src/test/resources/links/judged-links.tsv}, see its README):
 * twelve demo issues posted as drafts, each with {@code before} = its own date, against the demo index. The first
 * six drafts by date are the tuning half, the last six the held-out half; both are printed and asserted, and so are
 * four sets of fresh drafts, each written and judged before the assistant ran on it. The first three sets have since
 * served to choose rules as well; the fourth ({@code fresh4-links.tsv}) has not.
 * <p>
 * Precision@k is, per draft item that gets links, the share of useful links (grade ≥ 1) among its first k shown,
 * averaged over those items: an author reads what is shown, not k empty places. Grade-3 recall@5 counts the
 * judged same-story links found in the top five among all of them; coverage is the share of items with at least
 * one judged link that get at least one useful link in the top five.
 */
// its methods run one after another, so that the tables they print do not interleave
@ConcurrentInMemory
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftLinkQualityTest {

    private DemoIndex demo;
    private DraftLinker linker;
    /** draft issue date → (draft item id → judged earlier item id → grade) */
    private final Map<LocalDate, Map<String, Map<String, Integer>>> judged = new TreeMap<>();

    @BeforeAll
    void setUp() throws IOException {
        demo = new DemoIndex();
        linker = new DraftLinker(
                new IssueReader(FormatProfile.GERMAN_WEEKLY),
                Tagger::bundled,
                demo.searcher,
                demo.schema,
                "/items/",
                Clock.systemUTC());
        judged.putAll(JudgedLinks.read());
    }

    @AfterAll
    void close() throws IOException {
        demo.close();
    }

    record Figures(double precisionAt3, double precisionAt5, double grade3RecallAt5, double coverage, int items) {
        @Override
        public String toString() {
            return String.format(
                    "P@3 %.3f, P@5 %.3f, grade-3 recall@5 %.3f, items with a useful link %.3f (%d items)",
                    precisionAt3, precisionAt5, grade3RecallAt5, coverage, items);
        }
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void tuningAndHeldOutHalvesReachTheTargets() throws Exception {
        List<LocalDate> dates = new ArrayList<>(judged.keySet());
        Figures tuning = measure(dates.subList(0, dates.size() / 2));
        Figures heldOut = measure(dates.subList(dates.size() / 2, dates.size()));
        Figures all = measure(dates);
        System.out.println("Draft links, tuning half (" + dates.get(0) + " to " + dates.get(dates.size() / 2 - 1)
                + "): " + tuning);
        System.out.println("Draft links, held-out half (" + dates.get(dates.size() / 2) + " to " + dates.getLast()
                + "): " + heldOut);
        System.out.println("Draft links, all twelve drafts: " + all);
        // what the ranking reaches now (targets: P@5 0.8, grade-3 recall@5 0.9; recall is met on the tuning half
        // only); the confidence cut shows fewer, surer links, so a few items with only a weak useful link show none.
        // Shared names weigh by how specific they are: held-out P@5 rose from 0.77 to 0.87 for one grade-3 link
        // (recall 0.846 to 0.808) and one item's only useful link (coverage of all drafts 0.677)
        // A link outside the item's story must share words beyond the item's names (WORD_SIMILARITY): tuning P@5
        // 0.946 to 0.960, held-out 0.881 to 0.893, at the same recall and coverage
        assertThat(tuning.precisionAt5()).isGreaterThanOrEqualTo(0.96);
        assertThat(tuning.grade3RecallAt5()).isGreaterThanOrEqualTo(0.90);
        // An earlier headline naming what the item's opening speaks of (a shared product, a story word also inside a
        // compound) lets that link pass at the story floor: held-out grade-3 recall 0.808 to 0.885, coverage of all
        // drafts 0.677 to 0.742, held-out P@5 0.872 to 0.881
        assertThat(heldOut.precisionAt5()).isGreaterThanOrEqualTo(0.89);
        // A later installment alike to an older one ranked above it shows beside it: held-out grade-3 recall 0.885 to
        // 0.923 at the same P@5
        assertThat(heldOut.grade3RecallAt5()).isGreaterThanOrEqualTo(0.92);
        assertThat(all.coverage()).isGreaterThanOrEqualTo(0.74);
    }

    /**
     * The four fresh drafts ({@code links/fresh/}, judged in {@code fresh-links.tsv}): written and judged before the
     * assistant ever saw them. Once their first totals were recorded they became tuning material; the floors are what
     * the ranking reaches on them.
     */
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void freshDraftsOfWeeks31To34() throws Exception {
        Figures fresh = freshFigures("fresh");
        System.out.println("Draft links, fresh drafts (KW 31 to 34): " + fresh);
        assertThat(fresh.items()).isEqualTo(36);
        assertThat(fresh.precisionAt5()).isGreaterThanOrEqualTo(FRESH_P5);
        assertThat(fresh.grade3RecallAt5()).isGreaterThanOrEqualTo(FRESH_GRADE3_RECALL5);
        assertThat(fresh.coverage()).isGreaterThanOrEqualTo(FRESH_COVERAGE);
    }

    /**
     * The second fresh set ({@code links/fresh2/}, judged in {@code fresh2-links.tsv}): three more drafts written and
     * judged before the assistant saw them, in plain text, Markdown and e-mail-like HTML. Once their first totals were
     * recorded they became tuning material, as the first set did.
     */
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void secondFreshDraftsOfWeeks35To37() throws Exception {
        Figures fresh = freshFigures("fresh2");
        System.out.println("Draft links, second fresh drafts (KW 35 to 37): " + fresh);
        assertThat(fresh.items()).isEqualTo(24);
        assertThat(fresh.precisionAt5()).isGreaterThanOrEqualTo(FRESH2_P5);
        assertThat(fresh.grade3RecallAt5()).isGreaterThanOrEqualTo(FRESH2_GRADE3_RECALL5);
        assertThat(fresh.coverage()).isGreaterThanOrEqualTo(FRESH2_COVERAGE);
    }

    /**
     * The third fresh set ({@code links/fresh3/}, judged in {@code fresh3-links.tsv}): three more drafts of KW 38 to
     * 40, written and judged before the assistant saw them, in plain text, Markdown and HTML. No rule is chosen by
     * looking at their links until their first totals were recorded; since then they are tuning material too.
     */
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void thirdFreshDraftsOfWeeks38To40() throws Exception {
        Figures fresh = freshFigures("fresh3");
        System.out.println("Draft links, third fresh drafts (KW 38 to 40): " + fresh);
        assertThat(fresh.items()).isEqualTo(25);
        assertThat(fresh.precisionAt5()).isGreaterThanOrEqualTo(FRESH3_P5);
        assertThat(fresh.grade3RecallAt5()).isGreaterThanOrEqualTo(FRESH3_GRADE3_RECALL5);
        assertThat(fresh.coverage()).isGreaterThanOrEqualTo(FRESH3_COVERAGE);
    }

    /**
     * The fourth fresh set ({@code links/fresh4/}, judged in {@code fresh4-links.tsv}): four drafts of KW 41 to 44,
     * written and judged before the assistant saw them, in plain text, Markdown, e-mail HTML and a long-lead layout.
     * No rule is chosen by looking at their links; only these totals are read.
     */
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void fourthFreshDraftsNobodyTunedOn() throws Exception {
        Figures fresh = freshFigures("fresh4");
        System.out.println("Draft links, fourth fresh drafts (KW 41 to 44, never tuned on): " + fresh);
        assertThat(fresh.items()).isEqualTo(40);
        assertThat(fresh.precisionAt5()).isGreaterThanOrEqualTo(FRESH4_P5);
        assertThat(fresh.grade3RecallAt5()).isGreaterThanOrEqualTo(FRESH4_GRADE3_RECALL5);
        assertThat(fresh.coverage()).isGreaterThanOrEqualTo(FRESH4_COVERAGE);
    }

    /** The figures of one fresh set, each draft posted whole; every item the splitter reads must be judged. */
    private Figures freshFigures(String set) throws Exception {
        List<Map<String, List<String>>> links = new ArrayList<>();
        List<Map<String, Map<String, Integer>>> judgements = new ArrayList<>();
        for (JudgedLinks.FreshDraft draft : JudgedLinks.readFresh(set)) {
            DraftLinks answer =
                    linker.link(new DraftLinker.Draft(draft.text(), draft.contentType(), draft.before(), 5, 1, ""));
            Map<String, List<String>> byHeadline = new HashMap<>();
            for (DraftLinks.DraftItem item : answer.items()) {
                byHeadline.put(
                        item.headline(),
                        item.links().stream().map(DraftLinks.Link::id).toList());
            }
            assertThat(byHeadline.keySet())
                    .as(draft.file())
                    .containsExactlyInAnyOrderElementsOf(draft.judged().keySet());
            links.add(byHeadline);
            judgements.add(draft.judged());
        }
        return figures(links, judgements);
    }

    /**
     * Before any rule was chosen with them in the repository: P@3 0.718, P@5 0.721, grade-3 recall@5 0.765, items
     * with a useful link 0.686; after the weak-anchor and named-in-headline rules 0.724, 0.720, 0.765, 0.714; with
     * the later-turn rule, tuned with this set as well, 0.724, 0.720, 0.824, 0.714; with a name only one earlier
     * item holds counting for it, 0.733, 0.729, 0.882, 0.743; with a link outside the story needing words beyond the
     * shared names, 0.750, 0.746, 0.882, 0.743; with a chief and his company making no story without shared words
     * beyond the names, 0.761, 0.754, 0.882, 0.743.
     */
    private static final double FRESH_P5 = 0.75;

    private static final double FRESH_GRADE3_RECALL5 = 0.88;
    private static final double FRESH_COVERAGE = 0.74;

    /**
     * The second fresh set's first measurement, before any rule was chosen with it in the repository: P@3 0.769,
     * P@5 0.759, grade-3 recall@5 0.556, items with a useful link 0.625; with a link outside the story needing words
     * beyond the shared names, 0.796, 0.787, 0.556, 0.625; with a chief and his company making no story without
     * shared words beyond the names, 0.852, 0.843, 0.556, 0.667; with a headline naming its company by a role
     * linking the best earlier headline naming it plainly, 0.860, 0.851, 0.667, 0.708; with a long name spelled
     * the other way in the opening naming the story ("Superintelligenz"), 0.860, 0.851, 0.778, 0.708.
     */
    private static final double FRESH2_P5 = 0.85;

    private static final double FRESH2_GRADE3_RECALL5 = 0.77;
    private static final double FRESH2_COVERAGE = 0.70;

    /**
     * The third fresh set's first measurement, before any rule was chosen with it in the repository: P@3 0.744,
     * P@5 0.754, grade-3 recall@5 0.400 (6 of 15), items with a useful link 0.455 (10 of 22); with a name only
     * one earlier item holds counting for it (chosen on the other parts) 0.762, 0.771, 0.467, 0.500; with a link
     * outside the story needing words beyond the shared names (chosen on the other parts) 0.821, 0.831, 0.467,
     * 0.500. Since then tuning material as well; with a headline naming its company by a role linking the best
     * earlier headline naming it plainly, 0.844, 0.853, 0.533, 0.591; with a newer headline of the item's company
     * showing beside an alike older one, 0.844, 0.853, 0.600, 0.591; with a model named by its version alone
     * ("R1") linking its headline, 0.854, 0.863, 0.667, 0.636; with a role headline whose first sentence names
     * only the parent reading the next sentence's names, 0.863, 0.871, 0.733, 0.682.
     */
    private static final double FRESH3_P5 = 0.87;

    private static final double FRESH3_GRADE3_RECALL5 = 0.73;
    private static final double FRESH3_COVERAGE = 0.68;

    /**
     * The fourth fresh set's first measurement, before any rule was chosen with it in the repository: P@3 0.761,
     * P@5 0.759, grade-3 recall@5 0.444 (8 of 18), items with a useful link 0.676 (25 of 37).
     */
    private static final double FRESH4_P5 = 0.75;

    private static final double FRESH4_GRADE3_RECALL5 = 0.44;
    private static final double FRESH4_COVERAGE = 0.67;

    private Figures measure(List<LocalDate> dates) throws Exception {
        List<Map<String, List<String>>> links = new ArrayList<>();
        List<Map<String, Map<String, Integer>>> judgements = new ArrayList<>();
        for (LocalDate date : dates) {
            links.add(linksOf(date));
            judgements.add(judged.get(date));
        }
        return figures(links, judgements);
    }

    /** The figures of drafts given as (draft item → suggested ids) and (draft item → judged id → grade). */
    private static Figures figures(
            List<Map<String, List<String>>> linksPerDraft, List<Map<String, Map<String, Integer>>> judgedPerDraft) {
        double p3 = 0;
        double p5 = 0;
        int shownItems = 0;
        int grade3 = 0;
        int grade3Found = 0;
        int withJudged = 0;
        int withUseful = 0;
        int items = 0;
        for (int d = 0; d < linksPerDraft.size(); d++) {
            Map<String, List<String>> links = linksPerDraft.get(d);
            for (Map.Entry<String, Map<String, Integer>> e :
                    judgedPerDraft.get(d).entrySet()) {
                items++;
                List<String> got = links.get(e.getKey());
                assertThat(got).as("draft item " + e.getKey()).isNotNull();
                Map<String, Integer> grades = e.getValue();
                if (!got.isEmpty()) {
                    shownItems++;
                    p3 += useful(got, grades, 3);
                    p5 += useful(got, grades, 5);
                }
                List<String> top5 = got.subList(0, Math.min(5, got.size()));
                for (Map.Entry<String, Integer> g : grades.entrySet()) {
                    if (g.getValue() == 3) {
                        grade3++;
                        grade3Found += top5.contains(g.getKey()) ? 1 : 0;
                    }
                }
                if (!grades.isEmpty()) {
                    withJudged++;
                    withUseful += top5.stream().anyMatch(grades::containsKey) ? 1 : 0;
                }
            }
        }
        return new Figures(
                p3 / shownItems,
                p5 / shownItems,
                (double) grade3Found / grade3,
                (double) withUseful / withJudged,
                items);
    }

    private static double useful(List<String> got, Map<String, Integer> grades, int k) {
        List<String> top = got.subList(0, Math.min(k, got.size()));
        return (double) top.stream().filter(grades::containsKey).count() / top.size();
    }

    /** The draft issue of that date, posted whole, as draft item id → suggested ids. */
    private Map<String, List<String>> linksOf(LocalDate date) throws Exception {
        DraftLinks answer = linker.link(new DraftLinker.Draft(JudgedLinks.draft(date), "text/plain", date, 5, 1, ""));
        Map<String, String> idByHeadline = JudgedLinks.idByHeadline(demo.searcher, date);
        Map<String, List<String>> byItem = new HashMap<>();
        for (DraftLinks.DraftItem item : answer.items()) {
            byItem.put(
                    idByHeadline.get(item.headline()),
                    item.links().stream().map(DraftLinks.Link::id).toList());
        }
        return byItem;
    }
}
