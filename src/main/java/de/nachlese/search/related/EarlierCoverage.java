package de.nachlese.search.related;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.StoredItem;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The earlier coverage an item that is not in the index (a draft's item) should link to. Candidates are the indexed
 * items before a date that share the item's weightiest words or names; they are ranked by {@link #linkScore}: the
 * cosine similarity of their {@link TermVector}s, the names and topics they share, and recency. A candidate of the
 * same story (its headline shares a story word with the item's, as in {@link RelatedFinder}'s threads, its text is
 * similar above {@link RelatedFinder#THREAD_LINK}, and it shares the event, not only one company:
 * {@link BeatNames#sameEvent}) comes first, and the story's first installment joins it: the
 * reader needs both where the story stands and where it began. Installments so alike they tell the same thing count
 * once unless more per thread are asked for: a second one tells the author less than a link to another angle.
 *
 * <p>Over 300 lines: scoring, the confidence cut and thread grouping are one ranking whose weights and floors are
 * chosen together, so they stay in one file; what the draft item says (its candidate query, story words and opening)
 * is read by {@link DraftItemWords}.
 */
public final class EarlierCoverage {

    /**
     * How many candidates, the best of the like query, are scored per item; bounds the work on a large index, where
     * scoring means reading and analysing each candidate once. 20, 30 and 60 give the same links on the tuning half.
     */
    static final int CANDIDATES = 30;
    /** Below this, a candidate shares little more than the genre's vocabulary with the item. */
    static final double MIN_SIMILARITY = 0.06;
    /** Candidates below this link score are not ranked at all (see {@link #linkScore}). */
    static final double MIN_CANDIDATE_SCORE = 0.2;
    /**
     * The confidence cut, chosen on the tuning half of the judged drafts as the highest precision@5 that keeps
     * grade-3 recall@5 at 0.9 or more: a link is a promise to the author, so fewer but surer links are shown. An
     * installment of the item's own story needs {@link #STORY_FLOOR}; any other link needs {@link #LINK_FLOOR} and
     * {@link #BEST_SHARE} of the item's best link, so an item with one strong link shows no weak filler beside it,
     * and a text similarity of {@link #LINK_SIMILARITY}: names shared by texts about other things (the same company's
     * keynote and its quarter) make no link. A link sharing no rare name with the item, only beats of the archive
     * such as "Nvidia" or "OpenAI" or no name at all, needs the similarity of {@link #BEAT_LINK_SIMILARITY}: the
     * texts themselves must tell the same subject (0.14 to 0.20 swept; 0.16 kept the most precision at the same
     * recall). And it must share more than names: {@link #WORD_SIMILARITY}.
     */
    static final double LINK_FLOOR = 0.35;

    static final double STORY_FLOOR = 0.25;
    static final double BEST_SHARE = 0.6;
    static final double LINK_SIMILARITY = 0.09;
    static final double BEAT_LINK_SIMILARITY = 0.16;
    /**
     * The part of the similarity a link outside the item's story must owe to words that are none of the item's
     * tagged names: a company, its chief or its product named in two texts about other things ("Meta" in an item on
     * the EU's AI code and in one on a nuclear power deal) makes no link, whatever else the names weigh. 0.01 to
     * 0.04 keep grade-3 recall on the tuning material, 0.045 loses a grade-3 link ("Trump gegen Musk" for the
     * America Party shares 0.043 beyond the names); 0.03 sits in the middle of the safe range. Installments and
     * headlines naming the item's story are exempt: their names are the story.
     */
    static final double WORD_SIMILARITY = 0.03;
    /**
     * How many items the walk collecting a candidate's story thread may gather for a draft. A draft needs the threads
     * of up to one candidate per item in one request; a thread the walk did not finish within this still holds the
     * nearest installments.
     */
    static final int DRAFT_THREAD_GROUP = 12;

    static final double RECENCY_WEEKS = 12;
    /** The shortest words {@link #spelledAlike} compares, and the beginning they must share. */
    static final int ALIKE_PREFIX = 10;
    /** Two candidates this similar to each other are installments telling the same thing. */
    static final double SAME_THREAD_SIMILARITY = 0.35;

    private final IndexSchema schema;
    private final RelatedFinder finder;
    private final DraftItemWords words;

    public EarlierCoverage(IndexSchema schema, RelatedFinder finder) {
        this.schema = schema;
        this.finder = finder;
        this.words = new DraftItemWords(schema);
    }

    /**
     * One suggested earlier item.
     *
     * @param sameStory   whether it is an earlier installment of the item's story
     * @param storySince  the week the story started, for a same-story link; else null
     * @param similarity  cosine similarity, 0 to 1
     * @param sharedNames companies, people and products both are tagged with, in the item's order
     * @param sharedWords stemmed words both share, the weightiest first
     * @param rareName    whether both name a product, or a company or person that is no beat of the archive
     *                    ({@link BeatNames#RARE_SHARE})
     * @param namedInHeadline whether the target's headline names what the item speaks of: a product both are tagged
     *                    with ("Grok entgleist" for an item on the Grok scandal's aftermath, {@link
     *                    BeatNames#productInHeadline}), or a story word the item's headline or first sentence holds,
     *                    also as part of a compound ("Robotaxi" for "Die Robotaxi-Flotte fährt jetzt auch in
     *                    Kalifornien"): the item names that story as the writer knows it, not by its headline
     * @param wordSimilarity the part of {@code similarity} owed to words that are none of the item's tagged
     *                    companies, people or products: how alike the texts are beyond the names they share
     */
    public record Suggestion(
            StoredItem target,
            boolean sameStory,
            IsoWeek storySince,
            double similarity,
            double score,
            List<String> sharedNames,
            List<String> sharedWords,
            List<String> sharedTopics,
            boolean rareName,
            boolean namedInHeadline,
            double wordSimilarity) {
        public Suggestion {
            Objects.requireNonNull(target, "target");
            sharedNames = List.copyOf(sharedNames);
            sharedWords = List.copyOf(sharedWords);
            sharedTopics = List.copyOf(sharedTopics);
        }
    }

    private record Candidate(
            StoredItem stored,
            TermVector vector,
            double similarity,
            boolean sameStory,
            double score,
            boolean namedStory) {
        Candidate(StoredItem stored, TermVector vector, double similarity, boolean sameStory, double score) {
            this(stored, vector, similarity, sameStory, score, false);
        }
    }

    /**
     * @param item      a tagged item that is not in the index
     * @param before    only items published strictly before this date
     * @param perThread how many items of one story thread may be suggested
     */
    public List<Suggestion> find(IndexSearcher searcher, Item item, LocalDate before, int limit, int perThread)
            throws IOException {
        return confident(ranked(searcher, item, before, perThread), limit);
    }

    /** Every candidate that is ranked, in order and at most {@code perThread} per thread, before the confidence cut. */
    List<Suggestion> ranked(IndexSearcher searcher, Item item, LocalDate before, int perThread) throws IOException {
        DocFreqs docFreqs = RelatedFinder.docFreqs(searcher);
        TermVector mine = TermVector.of(item, schema, docFreqs, 1);
        Query like = words.likeQuery(item, mine);
        if (like == null) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(schema.dateRange(null, before.minusDays(1)), Occur.FILTER)
                .add(schema.tagQuery(Facet.TYPE, ItemType.EARNINGS.id()), Occur.MUST_NOT)
                .build();
        BeatNames beats = new BeatNames(schema, docFreqs);
        Set<String> storyWords = words.storyWords(mine, docFreqs);
        storyWords.removeAll(beats.notStoryWords(item));
        Set<String> nameStems = beats.nameStems(item);
        Set<String> productStems = beats.productStems(item);
        StoredFields stored = searcher.storedFields();
        IndexedItems indexed = IndexedItems.of(searcher, schema);
        List<Candidate> candidates = new ArrayList<>();
        Set<String> subjects = BeatNames.subjects(item);
        Set<String> opening = words.openingWords(item, docFreqs);
        Map<Integer, Map<String, Boolean>> singular =
                words.singularWords(searcher, words.openingNames(item, docFreqs), docFreqs);
        for (ScoreDoc doc : searcher.search(query, CANDIDATES).scoreDocs) {
            IndexedItems.Entry entry = indexed.get(stored, doc.doc);
            StoredItem other = entry.stored();
            TermVector vector =
                    entry.vector().withSingular(singular.getOrDefault(doc.doc, Map.of()), docFreqs.numDocs());
            double similarity = mine.cosine(vector);
            if (similarity < MIN_SIMILARITY) {
                continue;
            }
            Set<String> storyNames = storyNames(other, vector);
            boolean sameStory = similarity >= RelatedFinder.THREAD_LINK
                    && beats.sameEvent(
                            item,
                            nameStems,
                            productStems,
                            storyNames,
                            storyWords,
                            other,
                            similarity,
                            wordSimilarity(mine, vector, nameStems));
            if (!sameStory && !beats.sharesSubject(item, subjects, other, similarity)) {
                continue;
            }
            double score = score(item, other, similarity, sameStory, before, beats);
            if (score < MIN_CANDIDATE_SCORE) {
                continue;
            }
            boolean namedStory = singular.containsKey(doc.doc)
                    || storyNames.stream()
                            .filter(t -> !nameStems.contains(t) && words.isStoryWord(t, docFreqs))
                            .anyMatch(
                                    t -> opening.contains(t) || opening.stream().anyMatch(o -> spelledAlike(o, t)));
            candidates.add(new Candidate(other, vector, similarity, sameStory, score, namedStory));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.sameStory())
                .thenComparing(Comparator.comparingDouble((Candidate c) -> -c.score()))
                .thenComparing(c -> c.stored().item().id()));
        if (!namePlainSubject(candidates, BeatNames.unnamedSubjects(item))) {
            namePlainSubject(candidates, BeatNames.nextUnnamedSubjects(item));
        }
        Predicate<Candidate> sharesEvent = c -> beats.sameEvent(
                item,
                nameStems,
                productStems,
                storyNames(c.stored(), c.vector()),
                storyWords,
                c.stored(),
                c.similarity(),
                wordSimilarity(mine, c.vector(), nameStems));
        return pick(searcher, item, mine, candidates, before, perThread, beats, sharesEvent, singular, nameStems);
    }

    /**
     * The names of an archived item's headline ({@link TermVector#headlineTerms}) and the model names of letters and
     * digits it is tagged with and names there ("R1" of "DeepSeek veröffentlicht R1"): a draft naming the model by
     * its version alone continues that story.
     */
    static Set<String> storyNames(StoredItem other, TermVector vector) {
        Set<String> names = null;
        for (String product : other.item().tags().products()) {
            String word = product.toLowerCase(java.util.Locale.ROOT);
            if (TermVector.isModelName(word) && BeatNames.asWord(other.item().headline(), product)) {
                names = names == null ? new HashSet<>(vector.headlineTerms()) : names;
                names.add(word);
            }
        }
        return names == null ? vector.headlineTerms() : names;
    }

    /**
     * Whether two long words are one name in two spellings ("Superintelligenz", "Superintelligence"): they share a
     * beginning of {@link #ALIKE_PREFIX} letters and differ in length by at most two.
     */
    static boolean spelledAlike(String a, String b) {
        if (a.length() < ALIKE_PREFIX || b.length() < ALIKE_PREFIX || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(ALIKE_PREFIX, Math.min(a.length(), b.length()) - 3);
    }

    /**
     * For an item whose headline calls its company by a role, a nickname or a place ({@link
     * BeatNames#unnamedSubjects}), the best-ranked candidate whose headline names that company plainly counts as
     * naming the item's story (the story floor applies): the writer assumed the reader knows which company and
     * which of its stories. Only the first: a role points to one story, not to every headline of the company.
     */
    private static boolean namePlainSubject(List<Candidate> ranked, Set<String> unnamed) {
        for (int i = 0; i < ranked.size() && !unnamed.isEmpty(); i++) {
            Candidate c = ranked.get(i);
            if (unnamed.stream().anyMatch(n -> BeatNames.inHeadline(c.stored().item(), n))) {
                ranked.set(i, new Candidate(c.stored(), c.vector(), c.similarity(), c.sameStory(), c.score(), true));
                return true;
            }
        }
        return false;
    }

    /** The suggestions that pass the confidence cut, at most {@code limit}. */
    static List<Suggestion> confident(List<Suggestion> picked, int limit) {
        double best = picked.stream().mapToDouble(Suggestion::score).max().orElse(0);
        return picked.stream()
                .filter(s -> s.sameStory() || s.namedInHeadline()
                        ? s.score() >= STORY_FLOOR
                        : s.score() >= LINK_FLOOR
                                && s.score() >= BEST_SHARE * best
                                && s.similarity() >= (s.rareName() ? LINK_SIMILARITY : BEAT_LINK_SIMILARITY)
                                && s.wordSimilarity() >= WORD_SIMILARITY)
                .limit(limit)
                .toList();
    }

    /**
     * The candidates in order, at most {@code perThread} of each story thread. The thread of the closest installment
     * says since when the story runs; its other members count as the item's story only where they share the event
     * with the item ({@link BeatNames#sameEvent}): a thread grown over one headline name holds other events of that
     * company, which compete as ordinary links.
     */
    private List<Suggestion> pick(
            IndexSearcher searcher,
            Item item,
            TermVector mine,
            List<Candidate> ranked,
            LocalDate before,
            int perThread,
            BeatNames beats,
            Predicate<Candidate> sharesEvent,
            Map<Integer, Map<String, Boolean>> singular,
            Set<String> nameStems)
            throws IOException {
        Set<String> story = new HashSet<>();
        Candidate origin = null;
        if (!ranked.isEmpty() && ranked.get(0).sameStory()) {
            List<StoredItem> members =
                    finder.threadWithin(searcher, ranked.get(0).stored().item().id(), DRAFT_THREAD_GROUP).stream()
                            .filter(m -> m.date().isBefore(before))
                            .sorted(Comparator.comparing(StoredItem::date))
                            .toList();
            members.forEach(m -> story.add(m.item().id()));
            for (StoredItem member : members) {
                origin = installment(searcher, item, mine, ranked, member, before, beats, sharesEvent, singular);
                if (origin != null) {
                    break;
                }
            }
        }
        IsoWeek storySince = origin == null ? null : origin.stored().week();
        if (origin != null && !ranked.contains(origin)) {
            ranked = withOrigin(ranked, origin);
        }
        Map<Candidate, Integer> groups = new java.util.LinkedHashMap<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (Candidate c : ranked) {
            Candidate group = groups.keySet().stream()
                    .filter(k -> sameThread(k, c) && !laterTurn(item, k, c))
                    .findFirst()
                    .orElse(null);
            if (group == null) {
                groups.put(c, 1);
            } else if (groups.get(group) >= perThread) {
                continue;
            } else {
                groups.merge(group, 1, Integer::sum);
            }
            boolean sameStory =
                    c.sameStory() || (story.contains(c.stored().item().id()) && sharesEvent.test(c));
            IsoWeek since = sameStory ? (storySince == null ? c.stored().week() : storySince) : null;
            suggestions.add(
                    suggestion(item, mine, c, sameStory, since, beats.shareRareName(item, c.stored()), nameStems));
        }
        return suggestions;
    }

    /**
     * The thread member as an installment of the item's story: the ranked candidate when it is one, else the member
     * read from the index when it shares the event with the item and is similar enough to be more than a namesake
     * (a story thread can reach it over words the item no longer uses); null when it is neither.
     */
    private Candidate installment(
            IndexSearcher searcher,
            Item item,
            TermVector mine,
            List<Candidate> ranked,
            StoredItem member,
            LocalDate before,
            BeatNames beats,
            Predicate<Candidate> sharesEvent,
            Map<Integer, Map<String, Boolean>> singular)
            throws IOException {
        String id = member.item().id();
        for (Candidate c : ranked) {
            if (c.stored().item().id().equals(id)) {
                return c.sameStory() || sharesEvent.test(c) ? c : null;
            }
        }
        ScoreDoc[] found = searcher.search(new TermQuery(schema.idTerm(id)), 1).scoreDocs;
        if (found.length == 0) {
            return null;
        }
        TermVector vector = IndexedItems.of(searcher, schema)
                .get(searcher.storedFields(), found[0].doc)
                .vector()
                .withSingular(
                        singular.getOrDefault(found[0].doc, Map.of()),
                        searcher.getIndexReader().numDocs());
        double similarity = mine.cosine(vector);
        if (similarity < MIN_SIMILARITY || !sharesEvent.test(new Candidate(member, vector, similarity, false, 0))) {
            return null;
        }
        return new Candidate(member, vector, similarity, true, score(item, member, similarity, true, before, beats));
    }

    /** The ranking with the story's first installment after the other installments found. */
    private static List<Candidate> withOrigin(List<Candidate> ranked, Candidate origin) {
        List<Candidate> with = new ArrayList<>(ranked);
        int at = 0;
        while (at < with.size() && with.get(at).sameStory()) {
            at++;
        }
        with.add(at, origin);
        return with;
    }

    /**
     * How likely an author links the candidate, 0 to 1: a logistic model fitted on the tuning half of the judged
     * drafts ({@code src/test/resources/links}). Similarity counts most where names are shared too; a candidate
     * sharing no company, person or product with the item is rarely worth a link; a story word, shared topics and
     * recency add.
     *
     * @param sharedNames the shared names, each weighed by its specificity ({@link BeatNames#sharedNameWeight})
     */
    static double linkScore(
            double similarity, boolean sameStory, double sharedNames, int sharedTopics, double weeksAgo) {
        double names = Math.min(sharedNames, 4);
        double z = -3.2
                + 3.6 * similarity
                + (sameStory ? 1.8 : 0)
                - 0.28 * names
                + 1.0 * Math.min(sharedTopics, 3)
                + 1.1 * Math.exp(-weeksAgo / RECENCY_WEEKS)
                + 5.8 * similarity * names
                - (names == 0 ? 2.0 : 0);
        return 1 / (1 + Math.exp(-z));
    }

    private static double score(
            Item item, StoredItem other, double similarity, boolean sameStory, LocalDate before, BeatNames beats) {
        return linkScore(
                similarity,
                sameStory,
                beats.sharedNameWeight(item, other, similarity),
                sharedTopics(item, other).size(),
                ChronoUnit.DAYS.between(other.date(), before) / 7.0);
    }

    /**
     * Two candidates are installments of one thread when they are so alike they tell the same thing. Being in the
     * item's story alone does not make them one: a story's start and its latest turn are both worth a link, and
     * the story threads are wide enough to hold several angles.
     */
    private static boolean sameThread(Candidate a, Candidate b) {
        return a.vector().cosine(b.vector()) >= SAME_THREAD_SIMILARITY;
    }

    /**
     * Whether c, alike to k, is a later turn than k, as an installment of the item's story or as a headline of the
     * same company of the item's: the story's newer state is worth a link beside an older installment ranked above
     * it ("CoreWeave wagt den Börsengang" beside "CoreWeave will an die Börse" for the first quarter after the
     * listing).
     */
    private static boolean laterTurn(Item item, Candidate k, Candidate c) {
        return c.stored().date().isAfter(k.stored().date())
                && ((k.sameStory() && c.sameStory()) || headlinesNameOneCompany(item, k, c));
    }

    /**
     * Whether both candidates' headlines name one of the item's companies: two alike headlines of one company
     * ("TikTok läuft gegen die Wand", "TikTok bekommt eine Gnadenfrist") are that company's story at two points, and
     * an item that continues it, under whatever words ("Madrid rettet die Kurzvideo-App"), needs the newer one too.
     */
    private static boolean headlinesNameOneCompany(Item item, Candidate k, Candidate c) {
        return item.tags().companies().stream()
                .anyMatch(n -> BeatNames.inHeadline(k.stored().item(), n)
                        && BeatNames.inHeadline(c.stored().item(), n));
    }

    private Suggestion suggestion(
            Item item,
            TermVector mine,
            Candidate c,
            boolean sameStory,
            IsoWeek since,
            boolean rareName,
            Set<String> nameStems) {
        Map<String, Double> shared = mine.shared(c.vector());
        List<String> words = shared.entrySet().stream()
                .filter(e -> !e.getKey().contains(":"))
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        return new Suggestion(
                c.stored(),
                sameStory,
                since,
                c.similarity(),
                c.score(),
                sharedNames(item, c.stored()),
                words,
                sharedTopics(item, c.stored()),
                rareName,
                c.namedStory() || BeatNames.productInHeadline(item, c.stored()),
                wordSimilarity(shared, nameStems));
    }

    /**
     * The part of both items' cosine similarity owed to words that are none of the item's tagged names ({@code
     * nameStems}): how alike the texts are beyond the companies, people and products they share.
     */
    static double wordSimilarity(TermVector mine, TermVector other, Set<String> nameStems) {
        return wordSimilarity(mine.shared(other), nameStems);
    }

    /** As above, from the two items' shared weighted words and names ({@link TermVector#shared}). */
    private static double wordSimilarity(Map<String, Double> shared, Set<String> nameStems) {
        return shared.entrySet().stream()
                .filter(e -> !e.getKey().contains(":") && !nameStems.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** Companies, people and products both are tagged with, in the item's order. */
    static List<String> sharedNames(Item item, StoredItem other) {
        var tags = item.tags();
        var theirs = other.item().tags();
        List<String> names = new ArrayList<>();
        tags.companies().stream().filter(theirs.companies()::contains).forEach(names::add);
        tags.people().stream().filter(theirs.people()::contains).forEach(names::add);
        tags.products().stream()
                .filter(theirs.products()::contains)
                .filter(p -> !names.contains(p))
                .forEach(names::add);
        BeatNames.sharedProducts(item, other).stream()
                .filter(p -> !names.contains(p))
                .forEach(names::add);
        return names;
    }

    private static List<String> sharedTopics(Item item, StoredItem other) {
        return item.tags().topics().stream()
                .filter(other.item().tags().topics()::contains)
                .toList();
    }
}
