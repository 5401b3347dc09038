package de.nachlese.search.related;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.model.Item;
import de.nachlese.model.StoredItem;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Names an archive covers so often that they are a beat rather than a subject. Two items sharing a rare name
 * ("Windsurf", "Lip-Bu Tan") are most likely about the same thing; two sharing only "Nvidia" or "OpenAI" are as often
 * about a keynote and an export ban as about one story. Shares, not counts, so they mean the same on the demo and at
 * 10^5 items. Both shares were chosen on the tuning half of the judged drafts ({@code src/test/resources/links}).
 */
final class BeatNames {

    /**
     * A company or person tagged in more than this share of the items is no story word: "Microsoft" in two headlines
     * makes no story of a developer conference and a round of lay-offs. 0.10 also took DeepSeek's thread; 0.16 kept
     * the false one.
     */
    static final double STORY_WORD_SHARE = 0.13;
    /**
     * A company or person tagged in at most this share of the items is a rare name; a product always is, as the
     * index does not count products and a product is a narrower subject than its maker.
     */
    static final double RARE_SHARE = 0.16;

    private final IndexSchema schema;
    private final DocFreqs docFreqs;

    BeatNames(IndexSchema schema, DocFreqs docFreqs) {
        this.schema = schema;
        this.docFreqs = docFreqs;
    }

    /** The stemmed words of the item's companies and people tagged in more than {@link #STORY_WORD_SHARE}. */
    Set<String> notStoryWords(Item item) throws IOException {
        Set<String> words = new HashSet<>();
        for (String company : item.tags().companies()) {
            if (share(Facet.COMPANY, company) > STORY_WORD_SHARE) {
                addStems(words, company);
            }
        }
        for (String person : item.tags().people()) {
            if (share(Facet.PERSON, person) > STORY_WORD_SHARE) {
                addStems(words, person);
            }
        }
        return words;
    }

    /** Whether both items are tagged with a product, or with a company or person within {@link #RARE_SHARE}. */
    boolean shareRareName(Item item, StoredItem other) {
        var theirs = other.item().tags();
        var tags = item.tags();
        List<String> products = tags.products().stream()
                .filter(p -> !tags.companies().contains(p) && !tags.people().contains(p))
                .toList();
        return products.stream().anyMatch(theirs.products()::contains)
                || item.tags().companies().stream()
                        .anyMatch(c -> theirs.companies().contains(c) && share(Facet.COMPANY, c) <= RARE_SHARE)
                || item.tags().people().stream()
                        .anyMatch(p -> theirs.people().contains(p) && share(Facet.PERSON, p) <= RARE_SHARE);
    }

    private double share(Facet facet, String name) {
        return (double) docFreqs.of(schema.tagTerm(facet, name)) / Math.max(1, docFreqs.numDocs());
    }

    private void addStems(Set<String> words, String name) throws IOException {
        try (TokenStream stream = schema.queryAnalyzer().tokenStream(schema.bodyField(), name)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
    }
}
