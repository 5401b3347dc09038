package de.nachlese.search.related;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Names an archive covers so often that they are a beat rather than a subject. Two items sharing a rare name
 * ("Windsurf", "Lip-Bu Tan") are most likely about the same thing; two sharing only "Nvidia" or "OpenAI" are as often
 * about a keynote and an export ban as about one story. Shares, not counts, so they mean the same on the demo and at
 * 10^5 items. Both shares were chosen on the tuning half of the judged drafts ({@code src/test/resources/links}).
 *
 * <p>Over 300 lines: the rules on shared names (rare, specific, full, the subject of an item) all read the same
 * name shares and the same whole-word matching, so they stay in one class.
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

    /**
     * A company or person tagged in at most this share of the items weighs fully as evidence that two items tell one
     * subject; one tagged more often weighs by its inverse document frequency, relative to this share's (swept 0.005
     * to 0.04 on the tuning half; 0.01 kept the most precision at the same recall).
     */
    static final double SPECIFIC_SHARE = 0.01;

    /**
     * A sentence ends at a stop before a space and a capital: "4.5" or "z. B. die" do not end one, nor do the
     * abbreviations newsletters put before a noun or a number ("Mrd. Dollar", "ca. 30", "Dr. Huang").
     */
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<!\\bMrd|\\bMio|\\bNr|\\bca|\\bDr|\\bbzw)[.!?:](?=\\s+[\"„]?\\p{Lu})");

    private static final int FIRST_SENTENCE_MAX_CHARS = 300;

    /** A product named this often in an item is one it keeps returning to ({@link #recurringProductInHeadline}). */
    static final int RECURRING_MENTIONS = 3;

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

    /**
     * Whether a candidate whose headline shares story words with the item's tells the same event, not only the same
     * company: "Anthropic wehrt sich gegen Autoren" and "Anthropic dreht Windsurf den Hahn zu" share a headline name
     * and nothing else. A story word that is no tagged name ("Exportkontrollen"), or two story words, suffice. One
     * name alone needs a second shared name, or texts as alike as {@link EarlierCoverage#BEAT_LINK_SIMILARITY} asks
     * of a link without a rare name.
     *
     * @param nameStems      the stemmed words of the item's tagged names ({@link #nameStems})
     * @param candidateWords the candidate's headline names ({@link TermVector#headlineTerms})
     * @param storyWords     the item's story words
     * @param similarity     the cosine similarity of both items' term vectors
     */
    boolean sameEvent(
            Item item,
            Set<String> nameStems,
            Set<String> candidateWords,
            Set<String> storyWords,
            StoredItem other,
            double similarity) {
        return sameEvent(item, nameStems, Set.of(), candidateWords, storyWords, other, similarity, similarity);
    }

    /**
     * As above; where the one shared headline name is a company or person ("Zuckerberg"), the second shared name
     * counts only when the texts also share words beyond the names ({@link EarlierCoverage#WORD_SIMILARITY}): a
     * chief and the company he runs are one name twice, named by items on any of its subjects. A product as the
     * shared headline name or among the shared names ("Stargate", "R1") is a narrower subject and needs no more.
     *
     * @param productStems   the stemmed words of the item's tagged products ({@link #productStems})
     * @param wordSimilarity the part of {@code similarity} owed to words that are none of the item's names
     */
    boolean sameEvent(
            Item item,
            Set<String> nameStems,
            Set<String> productStems,
            Set<String> candidateWords,
            Set<String> storyWords,
            StoredItem other,
            double similarity,
            double wordSimilarity) {
        List<String> shared =
                candidateWords.stream().filter(storyWords::contains).toList();
        if (shared.isEmpty()) {
            return false;
        }
        if (shared.size() > 1 || !nameStems.contains(shared.get(0))) {
            return true;
        }
        return similarity >= EarlierCoverage.BEAT_LINK_SIMILARITY
                || (EarlierCoverage.sharedNames(item, other).size() > 1
                        && (productStems.contains(shared.get(0))
                                || shareProduct(item, other)
                                || wordSimilarity >= EarlierCoverage.WORD_SIMILARITY));
    }

    /** The stemmed words of the item's tagged products that are no company or person as well. */
    Set<String> productStems(Item item) throws IOException {
        Set<String> words = new HashSet<>();
        for (String product : ownProducts(item)) {
            addStems(words, product);
        }
        return words;
    }

    /** The stemmed words of the item's tagged companies, people and products. */
    Set<String> nameStems(Item item) throws IOException {
        Set<String> words = new HashSet<>();
        for (var names : List.of(
                item.tags().companies(), item.tags().people(), item.tags().products())) {
            for (String name : names) {
                addStems(words, name);
            }
        }
        return words;
    }

    /**
     * Whether the other item's headline names, as a word of its own, a product both items are tagged with: "Grok
     * entgleist mit antisemitischen Posts" for an item that mentions the Grok scandal, "Apple verschiebt die
     * schlaue Siri" for one on Siri's next delay. A product named in a headline is what that item is about, and an
     * item naming it continues or refers to that story, however else its words differ. "LlamaCon" does not name
     * "Llama".
     */
    static boolean productInHeadline(Item item, StoredItem other) {
        String headline = other.item().headline();
        return sharedProducts(item, other).stream().anyMatch(p -> asWord(headline, p, false));
    }

    /**
     * The products both items are tagged with, and those the other item is tagged with that the item names in its
     * headline or first sentence untagged: the tagger accepts some names only beside their maker ("R1" beside
     * "DeepSeek"), and a writer who calls the model by its version alone still names it.
     */
    static List<String> sharedProducts(Item item, StoredItem other) {
        var theirs = other.item().tags();
        List<String> shared = new ArrayList<>(
                ownProducts(item).stream().filter(theirs.products()::contains).toList());
        String opening = null;
        for (String product : theirs.products()) {
            if (item.tags().products().contains(product)
                    || theirs.companies().contains(product)
                    || theirs.people().contains(product)) {
                continue;
            }
            opening = opening == null ? item.headline() + "\n" + firstSentence(item.body()) : opening;
            if (asWord(opening, product, false)) {
                shared.add(product);
            }
        }
        return shared;
    }

    /**
     * Whether the candidate's headline names a product the item keeps returning to ({@link #RECURRING_MENTIONS}
     * times or more): a long lead whose headline describes its story ("Trumps Mega-Investition") rather than naming
     * it still names it again and again in its text, and a headline of that product is the story's.
     */
    static boolean recurringProductInHeadline(Item item, StoredItem other) {
        String headline = other.item().headline();
        String text = item.headline() + "\n" + item.body();
        return ownProducts(item).stream()
                .filter(other.item().tags().products()::contains)
                .filter(p -> asWord(headline, p, false))
                .anyMatch(p -> mentions(text, p) >= RECURRING_MENTIONS);
    }

    /** How often the text names the name as a word of its own (also in a hyphenated compound or with a genitive s). */
    static int mentions(String text, String name) {
        return occurrences(text, name, true, Integer.MAX_VALUE);
    }

    /** The item's tagged products that are no company or person as well ("Grok", not "X"): a narrower subject. */
    private static List<String> ownProducts(Item item) {
        var tags = item.tags();
        return tags.products().stream()
                .filter(p -> !tags.companies().contains(p) && !tags.people().contains(p))
                .toList();
    }

    /** Whether both items are tagged with a product, or with a company or person within {@link #RARE_SHARE}. */
    boolean shareRareName(Item item, StoredItem other) {
        var theirs = other.item().tags();
        return shareProduct(item, other)
                || item.tags().companies().stream()
                        .anyMatch(c -> theirs.companies().contains(c) && share(Facet.COMPANY, c) <= RARE_SHARE)
                || item.tags().people().stream()
                        .anyMatch(p -> theirs.people().contains(p) && share(Facet.PERSON, p) <= RARE_SHARE);
    }

    /**
     * The names both items are tagged with, each weighed by how much it says that they tell one subject: 1 for a
     * product, for a name both items are about ({@link #about}), and for a company or person the archive tags in at
     * most {@link #SPECIFIC_SHARE} of its items; less, by its inverse document frequency, for one the archive tags
     * often. "Apple" mentioned in passing by two items about other things is weak evidence; "Apple" in both headlines
     * is not. Texts as alike as {@link EarlierCoverage#BEAT_LINK_SIMILARITY} asks of a link without a rare name tell
     * the same subject by themselves; their names all weigh 1.
     *
     * @param similarity the cosine similarity of both items' term vectors
     */
    double sharedNameWeight(Item item, StoredItem other, double similarity) {
        if (similarity >= EarlierCoverage.BEAT_LINK_SIMILARITY) {
            return EarlierCoverage.sharedNames(item, other).size();
        }
        var theirs = other.item().tags();
        var tags = item.tags();
        double weight = 0;
        for (String company : tags.companies()) {
            if (theirs.companies().contains(company)) {
                weight += weight(Facet.COMPANY, company, item, other.item());
            }
        }
        for (String person : tags.people()) {
            if (theirs.people().contains(person)) {
                weight += weight(Facet.PERSON, person, item, other.item());
            }
        }
        return weight + sharedProducts(item, other).size();
    }

    /**
     * Whether a candidate outside the item's story shares what the item is about, so that a link to it is more than
     * a namesake:
     *
     * <ul>
     *   <li>an item that names companies or people in its headline ({@link #subjects}) links only to items tagged
     *       with one of them, or sharing a name the archive tags rarely: "DeepSeek legt nach" does not link to a
     *       Google model launch because both mention Google in passing; or whose headline names a product the
     *       item keeps naming ({@link #recurringProductInHeadline}), the story a describing headline stands for;
     *   <li>a chart or a podcast tip links to another chart or podcast tip only when both share a product or a name
     *       that weighs fully, or their texts are as alike as {@link EarlierCoverage#BEAT_LINK_SIMILARITY} asks of a
     *       link without a rare name: two charts share their genre's words ("Prozent", "Quartal") whatever they show,
     *       and two podcast tips on one subject often name no company at all.
     * </ul>
     *
     * @param subjects   the item's {@link #subjects}
     * @param similarity the cosine similarity of both items' term vectors
     */
    boolean sharesSubject(Item item, Set<String> subjects, StoredItem other, double similarity) {
        var theirs = other.item().tags();
        if (!subjects.isEmpty()
                && subjects.stream()
                        .noneMatch(n -> theirs.companies().contains(n)
                                || theirs.people().contains(n))
                && !shareSpecificName(item, other)
                && !recurringProductInHeadline(item, other)) {
            return false;
        }
        boolean routine = item.type() == ItemType.CHART || item.type() == ItemType.LISTEN;
        return !routine
                || other.item().type() != item.type()
                || similarity >= EarlierCoverage.BEAT_LINK_SIMILARITY
                || shareFullName(item, other);
    }

    /** The companies and people the item's headline names: what the item is about, not what it mentions. */
    static Set<String> subjects(Item item) {
        Set<String> subjects = new HashSet<>();
        for (String company : item.tags().companies()) {
            if (named(item.headline(), company)) {
                subjects.add(company);
            }
        }
        for (String person : item.tags().people()) {
            if (named(item.headline(), person)) {
                subjects.add(person);
            }
        }
        return subjects;
    }

    /**
     * The companies and people an item's first sentence names when its headline names none of its tagged names: a
     * headline that calls the company by a role, a nickname, a place or a version ("Der Datenbank-Veteran …",
     * "Redmond und San Francisco …") leaves the first sentence to say whom the item is about. Empty when the headline
     * names one itself, or for a chart or podcast tip, whose headline names its subject's genre, not its company.
     */
    static Set<String> unnamedSubjects(Item item) {
        if (!subjects(item).isEmpty()
                || item.tags().products().stream().anyMatch(p -> asWord(item.headline(), p))
                || item.type() == ItemType.CHART
                || item.type() == ItemType.LISTEN) {
            return Set.of();
        }
        return namedIn(item, firstSentence(item.body()));
    }

    /**
     * The companies and people the sentence after the first names, for a headline as {@link #unnamedSubjects} reads
     * it: a first sentence may name the parent or the court ("im Kartellverfahren gegen Alphabet") and leave the
     * company the archive's headlines name ("Google") to the next.
     */
    static Set<String> nextUnnamedSubjects(Item item) {
        Set<String> first = unnamedSubjects(item);
        String body = item.body();
        String opening = firstSentence(body);
        int end = body.indexOf(opening) + opening.length();
        if (first.isEmpty() || end >= body.length()) {
            return Set.of();
        }
        Set<String> next = namedIn(item, firstSentence(body.substring(end).strip()));
        next.removeAll(first);
        return next;
    }

    private static Set<String> namedIn(Item item, String sentence) {
        Set<String> named = new HashSet<>();
        for (var names : List.of(item.tags().companies(), item.tags().people())) {
            names.stream().filter(n -> named(sentence, n)).forEach(named::add);
        }
        return named;
    }

    /** Whether the item's headline names the company or person, also by the last name alone. */
    static boolean inHeadline(Item item, String name) {
        return named(item.headline(), name);
    }

    /** Whether the name is in the item's headline or first sentence: what the item is about, not what it mentions. */
    static boolean about(Item item, String name) {
        return named(item.headline(), name) || named(firstSentence(item.body()), name);
    }

    static String firstSentence(String body) {
        Matcher end = SENTENCE_END.matcher(body);
        int cut = end.find() ? end.start() + 1 : body.length();
        return body.substring(0, Math.min(cut, FIRST_SENTENCE_MAX_CHARS));
    }

    /** A person is named by the last name alone ("Trump", "Musks") as often as in full. */
    private static boolean named(String text, String name) {
        if (asWord(text, name)) {
            return true;
        }
        int space = name.lastIndexOf(' ');
        return space > 0 && name.length() - space > 3 && asWord(text, name.substring(space + 1));
    }

    /**
     * The name as a word of its own, or with the genitive s ("Nvidias") or in a hyphenated compound ("Nvidia-Chips"):
     * "Intel" is not named in "Künstliche Intelligenz", nor "X" in "SpaceX".
     */
    static boolean asWord(String text, String name) {
        return asWord(text, name, true);
    }

    /** The name as a word of its own or in a hyphenated compound, with the genitive s only where it is allowed. */
    private static boolean asWord(String text, String name, boolean genitive) {
        return occurrences(text, name, genitive, 1) > 0;
    }

    /** How often, up to {@code limit}, the text names the name as {@link #asWord} reads it. */
    private static int occurrences(String text, String name, boolean genitive, int limit) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0 && count < limit; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (genitive && end < text.length() && text.charAt(end) == 's') {
                end++;
            }
            boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean ends = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (starts && ends) {
                count++;
            }
        }
        return count;
    }

    /** Whether both are tagged with a product, or a company or person that weighs fully ({@link #sharedNameWeight}). */
    private boolean shareFullName(Item item, StoredItem other) {
        var theirs = other.item().tags();
        return shareProduct(item, other)
                || item.tags().companies().stream()
                        .anyMatch(c ->
                                theirs.companies().contains(c) && weight(Facet.COMPANY, c, item, other.item()) >= 1)
                || item.tags().people().stream()
                        .anyMatch(p -> theirs.people().contains(p) && weight(Facet.PERSON, p, item, other.item()) >= 1);
    }

    /** Whether both are tagged with a product that is no company or person as well. */
    private static boolean shareProduct(Item item, StoredItem other) {
        return !sharedProducts(item, other).isEmpty();
    }

    /** Whether both are tagged with a company or person the archive tags in at most {@link #SPECIFIC_SHARE}. */
    private boolean shareSpecificName(Item item, StoredItem other) {
        var theirs = other.item().tags();
        return item.tags().companies().stream()
                        .anyMatch(c -> theirs.companies().contains(c) && share(Facet.COMPANY, c) <= SPECIFIC_SHARE)
                || item.tags().people().stream()
                        .anyMatch(p -> theirs.people().contains(p) && share(Facet.PERSON, p) <= SPECIFIC_SHARE);
    }

    private double weight(Facet facet, String name, Item item, Item other) {
        double share = share(facet, name);
        if (share <= SPECIFIC_SHARE || (about(item, name) && about(other, name))) {
            return 1;
        }
        return Math.log(1 / share) / Math.log(1 / SPECIFIC_SHARE);
    }

    private double share(Facet facet, String name) {
        return (double) docFreqs.of(schema.tagTerm(facet, name)) / Math.max(1, docFreqs.numDocs());
    }

    private void addStems(Set<String> words, String name) throws IOException {
        try (TokenStream stream = schema.comparingAnalyzer().tokenStream(schema.bodyField(), name)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
    }
}
