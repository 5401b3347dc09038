package de.nachlese.search.related;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.model.StoredItem;
import de.nachlese.search.DemoIndex;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Earlier coverage, follow-ups and story threads on the recurring stories of the demo archive. */
@ConcurrentInMemory
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRelatedTest {

    private static final String P = "wochenwerk-tech-2025-";
    private static final List<String> STARGATE = List.of(
            P + "w04-trump-verkuendet-stargate-das-500-milliarden-projekt",
            P + "w04-stargate-im-groessenvergleich",
            P + "w05-stargate-geraet-unter-beschuss",
            P + "w10-stargate-waechst-in-abilene",
            P + "w18-fragezeichen-hinter-stargate",
            P + "w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im",
            P + "w28-stargate-bekommt-4-5-gigawatt-mehr");

    private DemoIndex demo;

    @BeforeAll
    void index() throws IOException {
        demo = new DemoIndex();
    }

    @AfterAll
    void close() throws IOException {
        demo.close();
    }

    @Test
    void everyStargateItemFindsTheSameThreadInWeekOrder() throws IOException {
        for (String id : STARGATE) {
            assertThat(thread(id)).as("thread of " + id).isEqualTo(STARGATE);
        }
        // computed afresh from each item, without the per-reader cache: the walk's start does not matter
        SearcherManager plain = demo.indexer.newSearcherManager(new SearcherFactory());
        IndexSearcher searcher = plain.acquire();
        try {
            RelatedFinder finder = new RelatedFinder(demo.schema);
            for (String id : STARGATE) {
                assertThat(finder.uncachedThread(searcher, id))
                        .as("uncached thread of " + id)
                        .extracting(s -> s.item().id())
                        .isEqualTo(STARGATE);
            }
        } finally {
            plain.release(searcher);
            plain.close();
        }
    }

    @Test
    void previousAndNextWalkTheThread() throws IOException {
        RelatedItems abilene = demo.searcher.related(STARGATE.get(3)).orElseThrow();
        assertThat(abilene.previous().map(s -> s.item().id())).contains(STARGATE.get(2));
        assertThat(abilene.next().map(s -> s.item().id())).contains(STARGATE.get(4));
        RelatedItems first = demo.searcher.related(STARGATE.getFirst()).orElseThrow();
        assertThat(first.previous()).isEmpty();
        RelatedItems last = demo.searcher.related(STARGATE.getLast()).orElseThrow();
        assertThat(last.next()).isEmpty();
    }

    @Test
    void otherRecurringStoriesFormTheirOwnThreads() throws IOException {
        assertThat(thread(P + "w22-musk-verlaesst-doge"))
                .containsExactly(
                        P + "w06-musks-doge-greift-nach-der-staatskasse",
                        P + "w17-teslas-gewinn-bricht-ein-und-musk-verspricht-weniger-doge",
                        P + "w22-musk-verlaesst-doge");
        assertThat(thread(P + "w14-tiktok-bekommt-eine-gnadenfrist"))
                .containsExactly(
                        P + "w03-tiktok-laeuft-gegen-die-wand",
                        P + "w03-perplexity-will-mit-tiktok-fusionieren",
                        P + "w14-tiktok-bekommt-eine-gnadenfrist");
        assertThat(thread(P + "w28-xai-stellt-grok-4-vor"))
                .containsExactly(
                        P + "w08-xai-stellt-grok-3-vor-und-greift-nach-der-spitze",
                        P + "w28-xai-stellt-grok-4-vor",
                        P + "w28-was-bei-grok-schiefgelaufen-ist-ca-35-min");
        // a one-off story has no thread but itself
        assertThat(thread(P + "w05-zuckerberg-verteidigt-die-milliarden"))
                .containsExactly(P + "w05-zuckerberg-verteidigt-die-milliarden");
    }

    @Test
    void earlierCoverageIsOlderAndFollowUpsAreNewer() throws IOException {
        RelatedItems uae = demo.searcher
                .related(P + "w21-stargate-uae-openai-baut-sein-erstes-rechenzentrum-im")
                .orElseThrow();
        // the Stargate installments are the thread; the earlier list holds only what the thread does not
        assertThat(ids(uae.earlier()))
                .containsExactly(P + "w20-trump-kippt-die-diffusion-rule-und-packt-nvidia-chips-in-den");
        // follow-ups oldest first
        assertThat(ids(uae.later()))
                .containsExactly(
                        P + "w25-metas-talentjagd-altman-spricht-von-100-millionen-boni",
                        P + "w28-nvidia-knackt-als-erstes-unternehmen-die-marke-von-4");
        assertThat(uae.earlier())
                .allSatisfy(
                        h -> assertThat(h.stored().date()).isBefore(uae.item().date()));
        assertThat(uae.later())
                .allSatisfy(
                        h -> assertThat(h.stored().date()).isAfter(uae.item().date()));
        assertThat(uae.earlier().getFirst().shared()).contains("G42", "Oracle", "Donald Trump", "Sam Altman");

        RelatedItems windsurf =
                demo.searcher.related(P + "w29-das-windsurf-chaos").orElseThrow();
        assertThat(windsurf.thread())
                .extracting(s -> s.item().id())
                .containsExactly(
                        P + "w09-anthropic-veroeffentlicht-claude-3-7-sonnet",
                        P + "w16-openai-will-windsurf-kaufen",
                        P + "w19-openai-holt-windsurf-und-eine-neue-chefin",
                        P + "w21-anthropic-legt-claude-4-vor",
                        P + "w23-anthropic-dreht-windsurf-den-hahn-zu",
                        P + "w29-das-windsurf-chaos");
        assertThat(ids(windsurf.earlier()))
                .containsExactly(P + "w24-meta-steckt-14-3-mrd-dollar-in-scale-ai-und-holt-alexandr");
        assertThat(windsurf.later()).isEmpty();
    }

    @Test
    void relatedListsReadOutwardFromTheItemInDateOrder() throws IOException {
        RelatedItems record = demo.searcher
                .related(P + "w28-nvidia-knackt-als-erstes-unternehmen-die-marke-von-4")
                .orElseThrow();
        // newest first: the coverage nearest to the item leads
        assertThat(ids(record.earlier()))
                .containsExactly(
                        P + "w26-nvidia-ist-wieder-die-wertvollste-firma-der-welt",
                        P + "w22-nvidia-44-mrd-dollar-umsatz-4-5-mrd-dollar-abschreibung-auf",
                        P + "w09-nvidia-uebertrifft-die-erwartungen-und-die-aktie-faellt",
                        P + "w05-deepseek-radiert-an-einem-tag-fast-600-milliarden-dollar",
                        P + "w02-nvidia-macht-die-ces-zur-jensen-huang-show");
        assertThat(ids(record.later()))
                .containsExactly(P + "w29-jensen-huang-ueber-china-chips-und-exportkontrollen-ca-75");
        for (String id : STARGATE) {
            RelatedItems related = demo.searcher.related(id).orElseThrow();
            assertThat(related.earlier())
                    .as("earlier of " + id)
                    .extracting(h -> h.stored().date())
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(related.later())
                    .as("later of " + id)
                    .extracting(h -> h.stored().date())
                    .isSorted();
            assertThat(ids(related.earlier())).as("earlier of " + id).doesNotContainAnyElementsOf(STARGATE);
            assertThat(ids(related.later())).as("later of " + id).doesNotContainAnyElementsOf(STARGATE);
        }
    }

    @Test
    void unknownItemHasNoRelatedItems() throws IOException {
        assertThat(demo.searcher.related("no-such-item")).isEmpty();
    }

    private List<String> thread(String id) throws IOException {
        return demo.searcher.related(id).orElseThrow().thread().stream()
                .map(StoredItem::item)
                .map(i -> i.id())
                .toList();
    }

    private static List<String> ids(List<RelatedItems.RelatedHit> hits) {
        return hits.stream().map(h -> h.stored().item().id()).toList();
    }
}
