package de.nachlese.search.related;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.related.EarlierCoverage.Suggestion;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The confidence cut on a draft item's links and the story words that make two items one story. */
class LinkConfidenceTest {

    @Test
    void storyLinksNeedTheStoryFloorOtherLinksTheFloorAShareOfTheBestAndSimilarText() {
        List<Suggestion> picked = List.of(
                suggestion("story-strong", true, 0.90, 0.30),
                suggestion("story-weak", true, 0.26, 0.05),
                suggestion("story-too-weak", true, 0.24, 0.30),
                suggestion("other-strong", false, 0.60, 0.20),
                suggestion("other-below-best-share", false, 0.50, 0.20),
                suggestion("other-names-only", false, 0.80, 0.08),
                suggestion("other-below-floor", false, 0.34, 0.40));

        assertThat(ids(EarlierCoverage.confident(picked, 5)))
                .containsExactly("story-strong", "story-weak", "other-strong");
        assertThat(ids(EarlierCoverage.confident(picked, 2))).containsExactly("story-strong", "story-weak");
    }

    @Test
    void withoutAStrongLinkAFairOneIsShown() {
        List<Suggestion> picked =
                List.of(suggestion("fair", false, 0.40, 0.10), suggestion("weaker", false, 0.36, 0.12));

        assertThat(ids(EarlierCoverage.confident(picked, 5))).containsExactly("fair", "weaker");
    }

    @Test
    void aLinkOnBeatNamesAloneNeedsClearlySimilarText() {
        List<Suggestion> picked = List.of(
                suggestion("rare-name", false, 0.80, 0.10, true),
                suggestion("beat-only-similar", false, 0.70, 0.16, false),
                suggestion("beat-only-loose", false, 0.75, 0.15, false),
                suggestion("story-beat-only", true, 0.30, 0.10, false));

        assertThat(ids(EarlierCoverage.confident(picked, 5)))
                .containsExactly("rare-name", "beat-only-similar", "story-beat-only");
    }

    @Test
    void aLinkToAHeadlineNamingASharedProductNeedsOnlyTheStoryFloor() {
        List<Suggestion> picked = List.of(
                suggestion("other-strong", false, 0.90, 0.30),
                namedInHeadline("grok-scandal", 0.35, 0.079),
                namedInHeadline("siri-delay", 0.26, 0.085),
                namedInHeadline("too-weak", 0.24, 0.20),
                suggestion("same-score-no-product", false, 0.35, 0.079));

        assertThat(ids(EarlierCoverage.confident(picked, 5)))
                .containsExactly("other-strong", "grok-scandal", "siri-delay");
    }

    @Test
    void aLinkOutsideTheStoryNeedsWordsBeyondTheSharedNames() {
        List<Suggestion> picked = List.of(
                withWordSimilarity(suggestion("same-subject", false, 0.60, 0.20), 0.12),
                withWordSimilarity(suggestion("company-only", false, 0.55, 0.18), 0.02),
                withWordSimilarity(suggestion("just-enough", false, 0.50, 0.10), 0.03),
                withWordSimilarity(suggestion("story-names-only", true, 0.40, 0.15), 0.0),
                withWordSimilarity(namedInHeadline("product-named", 0.30, 0.09), 0.0));

        assertThat(ids(EarlierCoverage.confident(picked, 5)))
                .containsExactly("same-subject", "just-enough", "story-names-only", "product-named");
    }

    private static Suggestion withWordSimilarity(Suggestion s, double wordSimilarity) {
        return new Suggestion(
                s.target(),
                s.sameStory(),
                s.storySince(),
                s.similarity(),
                s.score(),
                s.sharedNames(),
                s.sharedWords(),
                s.sharedTopics(),
                s.rareName(),
                s.namedInHeadline(),
                wordSimilarity);
    }

    private static Suggestion namedInHeadline(String id, double score, double similarity) {
        Suggestion s = suggestion(id, false, score, similarity, true);
        return new Suggestion(
                s.target(),
                false,
                null,
                similarity,
                score,
                s.sharedNames(),
                s.sharedWords(),
                s.sharedTopics(),
                true,
                true,
                similarity);
    }

    @Test
    void storyWordsAreNamesNotOrdinaryGermanWords() throws IOException {
        IndexSchema schema = new IndexSchema();
        try (ItemIndexer indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema)) {
            indexer.commit(Map.of());
            try (ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
                // "Erwartungen" is a dictionary word, "verfehlt" is not capitalised; "Auftragseingang" is in no
                // dictionary
                assertThat(headlineTerms(
                                searcher, schema, "ASML verfehlt die Erwartungen beim Auftragseingang", Tags.NONE))
                        .isEqualTo(Set.of("asml", "auftragseingang"));
                // "Chrome" is a dictionary word, a story word (stemmed) only where the item names the product
                assertThat(headlineTerms(searcher, schema, "Der Kampf um Chrome", Tags.NONE))
                        .isEmpty();
                assertThat(headlineTerms(
                                searcher,
                                schema,
                                "Der Kampf um Chrome",
                                new Tags(List.of("Google"), List.of(), List.of(), List.of("Chrome"), List.of())))
                        .isEqualTo(Set.of("chrom"));
            }
        }
    }

    private static Set<String> headlineTerms(ItemSearcher searcher, IndexSchema schema, String headline, Tags tags)
            throws IOException {
        Item item = new Item("draft-1", 1, ItemType.NEWS, "", headline, "", List.of(), tags);
        return searcher.read((s, sc) ->
                TermVector.of(item, schema, new DocFreqs(s.getIndexReader()), 1).headlineTerms());
    }

    private static Suggestion suggestion(String id, boolean sameStory, double score, double similarity) {
        return suggestion(id, sameStory, score, similarity, true);
    }

    private static Suggestion suggestion(
            String id, boolean sameStory, double score, double similarity, boolean rareName) {
        Item item = new Item(id, 1, ItemType.NEWS, "", id, "", List.of(), Tags.NONE);
        StoredItem stored = new StoredItem(
                item, "test-2025-w10", "KW 10", "Test", IsoWeek.parse("2025-W10"), LocalDate.of(2025, 3, 3));
        return new Suggestion(
                stored,
                sameStory,
                sameStory ? IsoWeek.parse("2025-W04") : null,
                similarity,
                score,
                List.of(),
                List.of(),
                List.of(),
                rareName,
                false,
                similarity);
    }

    private static List<String> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> s.target().item().id()).toList();
    }
}
