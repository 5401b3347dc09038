package de.nachlese.search.query;

import de.nachlese.analysis.Compounds;
import de.nachlese.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * What one plain word of a query matches besides itself, each below the word as typed:
 * <ul>
 *   <li>a compound the index holds in fewer than {@value #RARE_COMPOUND_DOCS} items (and under 1 % of them), none
 *       of whose parts is common ({@link #commonWordDocs}), or in no item at all, also matches its parts, each with its synonyms, all of them in one item and near each other counting more
 *       ("Chipverbot" finds "Verbot von Chips" and "Chip-Verbot"); a compound the index knows well stays whole, so
 *       "Sicherheitslücke" does not find a lone "Lücke"; when the head is far rarer than another part, the head is
 *       required ("Milliardenstrafe" needs "Strafe"), unless it is a light head ("Börsenpläne", "Zollstreit");</li>
 *   <li>a noun also matches its verbs and participles, and the other way round ("Übernahme" finds "übernimmt",
 *       "Genehmigung" finds "genehmigt", "Einbruch" finds "bricht ein"): from the derivation list, and for words it
 *       lacks by rule ({@link DerivationRules}); neither the word nor the form may be common.</li>
 * </ul>
 * Only forms the index contains are added; the look-ups are document frequencies, never a walk over the terms.
 *
 * <p>Somewhat over 300 lines on purpose: splitting, derivations and the glossary's threshold all decide by the same
 * document frequencies of the same analysed terms, and kept together they cannot disagree about what the index
 * knows. The derivation rules themselves are in {@link DerivationRules}.
 */
final class WordExpansion {

    /**
     * Below this many items (headline or body) a typed compound counts as rare: its parts are searched as well. In one
     * or two items the archive barely knows it, and those items alone are seldom all a reader wanted.
     */
    static final int RARE_COMPOUND_DOCS = 3;
    /** A compound in at least this share of the items is known well whatever their number. */
    static final double RARE_COMPOUND_SHARE = 0.01;
    /**
     * A word in more items than this, or than {@link #COMMON_WORD_SHARE} of them in a large archive, is common
     * ({@link #commonWordDocs}): it is never added to a query as a compound's part or a derived form.
     */
    static final int COMMON_WORD_DOCS = 50;

    static final double COMMON_WORD_SHARE = 0.02;
    /** The parts of a split compound count less than the compound itself. */
    static final float PARTS_WEIGHT = 0.6f;
    /** Parts this close (in either order, other words between) count as the compound written apart. */
    static final int PARTS_SLOP = 4;
    /** A verb or participle counts a little less than the noun the reader typed, and the other way round. */
    static final float DERIVATION_WEIGHT = 0.7f;
    /**
     * Words a separable verb's two parts may have in between, in their order ("bricht ein", "wirbt weiter bei OpenAI
     * ab"): German puts the object and an adverb inside the verb's bracket.
     */
    static final int SEPARABLE_SLOP = 4;
    /**
     * A split compound whose commonest part is in at least this many times as many items as its rarest part needs
     * the rarest part: in "Milliardenstrafe" the fine is the news, and "Milliarden" alone is in every other item.
     */
    static final int RARE_PART_RATIO = 4;
    /**
     * Where the head is required, the other parts count this much of it, alone and in the all-parts clause: they
     * are in {@value #RARE_PART_RATIO} times as many items or more and say little about what the compound is.
     */
    static final float QUALIFIER_WEIGHT = 0.5f;
    /**
     * Heads that say what is said or intended about the modifier, not what the compound is: "Börsenpläne" are about
     * going public, a "Zollstreit" is about tariffs, "Übernahmegespräche" are about a takeover. Such a head is never
     * required, however rare, and counts as a qualifier ({@link #QUALIFIER_WEIGHT}) beside the modifier.
     */
    static final Set<String> LIGHT_HEADS = Set.of(("plan pläne absicht absichten streit debatte debatten frage fragen"
                    + " thema themen sorge sorgen hoffnung hoffnungen gerücht gerüchte spekulation spekulationen"
                    + " gespräch gespräche verhandlung verhandlungen")
            .split(" "));
    /** A name glued to a word ({@link #parts}) needs a word of at least this many letters after it. */
    static final int MIN_NAME_COMPOUND_REST = 4;
    /** At most this many words of a compound part's synonym group are searched with it. */
    static final int PART_SYNONYMS = 4;
    /** Below this many items a word counts as rare: the glossary's words for the same thing are searched as well. */
    static final int RARE_WORD_DOCS = 3;

    private final IndexSchema schema;
    private final TextQueries texts;
    private final Synonyms derivations;
    private final IndexReader reader;
    /** The reader's remembered document frequencies; null to look every word up. */
    private final WordDocs wordDocs;

    private final EntityNames names;
    private final Synonyms synonyms;

    WordExpansion(
            IndexSchema schema,
            TextQueries texts,
            Synonyms derivations,
            IndexReader reader,
            EntityNames names,
            Synonyms synonyms,
            WordDocs wordDocs) {
        this.schema = schema;
        this.wordDocs = wordDocs;
        this.texts = texts;
        this.derivations = derivations;
        this.reader = reader;
        this.names = names;
        this.synonyms = synonyms;
    }

    /** The word as typed, or with its parts and derivations when it has any the index knows. */
    Query word(String word) {
        return word(word, RARE_COMPOUND_DOCS, new HashSet<>());
    }

    /**
     * As {@link #word(String)}, as one expression of a synonym group: a derived form already in {@code seen} (a word
     * of the group, or a form another word of the group added) is left out, and the forms added are put in it.
     */
    Query word(String word, Set<String> seen) {
        return word(word, RARE_COMPOUND_DOCS, seen);
    }

    /**
     * A word of a typed phrase's synonym group ("Chipfabrik" for "chip factory"): split only when no item contains
     * it, since the group's other words already say it in the archive's own terms.
     */
    Query synonym(String word, Set<String> seen) {
        return word(word, 1, seen);
    }

    private Query word(String word, int rareCompoundDocs, Set<String> seen) {
        Query typed = texts.word(word);
        if (typed == null || reader == null || !word.chars().allMatch(Character::isLetter)) {
            return typed;
        }
        List<Query> more = new ArrayList<>();
        compoundParts(word, rareCompoundDocs).ifPresent(more::add);
        for (String form : derivedForms(word, seen)) {
            Query q = form(form);
            if (q != null) {
                more.add(new BoostQuery(q, DERIVATION_WEIGHT));
            }
        }
        if (more.isEmpty()) {
            return typed;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(typed, Occur.SHOULD);
        more.forEach(q -> either.add(q, Occur.SHOULD));
        return either.build();
    }

    /**
     * The parts of a rare compound, each with its derivations: an item with all of them ranks higher (their scores
     * count twice), one with all of them near each other highest; one part alone is enough to match, so a compound never finds nothing when its
     * parts exist.
     */
    private Optional<Query> compoundParts(String word, int rareCompoundDocs) {
        List<String> parts = parts(word);
        int compoundDocs = parts.size() < 2 ? 0 : docFreq(word);
        if (parts.size() < 2 || !rare(compoundDocs, rareCompoundDocs) || nearName(word)) {
            return Optional.empty();
        }
        List<String> known = new ArrayList<>();
        List<Integer> docFreqs = new ArrayList<>();
        for (String part : parts) {
            int docs = texts.word(part) == null ? 0 : docFreq(part);
            if (docs > 0) {
                known.add(part);
                docFreqs.add(docs);
            }
        }
        if (known.isEmpty() || compoundDocs > 0 && Collections.max(docFreqs) > commonWordDocs()) {
            return Optional.empty();
        }
        int rarest = docFreqs.indexOf(Collections.min(docFreqs));
        String head = parts.get(parts.size() - 1);
        boolean lightHead = known.size() > 1
                && head.equals(known.get(known.size() - 1))
                && LIGHT_HEADS.contains(head.toLowerCase(Locale.GERMAN));
        // only the head (the last part) names what the compound is: a "Milliardenstrafe" is a fine, so "Strafe" is
        // required; a "Strafzoll" is a tariff, and its rarer modifier "Straf" must not shut out the tariff items;
        // a light head names no thing of its own ("Börsenpläne" are about the stock exchange), so it is never required
        boolean rarestRequired = !lightHead
                && known.size() > 1
                && rarest == known.size() - 1
                && Collections.max(docFreqs) >= RARE_PART_RATIO * docFreqs.get(rarest);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < known.size(); i++) {
            // with the head required, a far commoner modifier only qualifies it: an item naming "Milliarden" in its
            // headline is not about a takeover for that; a light head only qualifies its modifier
            float weight = rarestRequired && i != rarest || lightHead && i == known.size() - 1 ? QUALIFIER_WEIGHT : 1f;
            any.add(weighted(part(known.get(i)), weight), rarestRequired && i == rarest ? Occur.MUST : Occur.SHOULD);
            all.add(weighted(texts.word(known.get(i)), weight), Occur.MUST);
        }
        // a part the index lacks would never let all of them match
        if (known.size() == parts.stream().filter(p -> texts.word(p) != null).count()) {
            any.add(all.build(), Occur.SHOULD);
        }
        Query near = texts.text(String.join(" ", parts), schema.queryAnalyzer(), false, PARTS_SLOP);
        if (near != null) {
            any.add(near, Occur.SHOULD);
        }
        return Optional.of(new BoostQuery(any.build(), PARTS_WEIGHT));
    }

    private static Query weighted(Query q, float weight) {
        return weight == 1f ? q : new BoostQuery(q, weight);
    }

    /**
     * A part of a split compound with its derivations and the words of its synonym group, these a little lower, at
     * most {@value #PART_SYNONYMS} of them and only those the index contains: "Milliardenübernahme" finds "kauft"
     * through "Übernahme", "Kursstürze" finds "Absturz" through "Sturz".
     */
    private Query part(String part) {
        Query derived = withDerivations(part, new HashSet<>());
        List<String> group = synonyms == null ? List.of() : synonyms.withGlossary(part);
        if (group.isEmpty()) {
            return derived;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(derived, Occur.SHOULD);
        String typedTerm = term(part);
        int added = 0;
        for (String expression : group) {
            if (added == PART_SYNONYMS) {
                break;
            }
            String term = expression.contains(" ") || expression.contains("-") ? null : term(expression);
            if (term != null && !term.equals(typedTerm) && docFreq(expression) > 0) {
                // summed, not the best of them: an item that says it in two of the group's words is more about it
                // (the factory items say "Werk" and "Fertigung" for "Chipfabriken")
                either.add(new BoostQuery(texts.word(expression), QueryInterpreter.SYNONYM_WEIGHT), Occur.SHOULD);
                added++;
            }
        }
        return either.build();
    }

    /**
     * Items a word may be in and still be added to a query. A common part ("Prozent", "Milliarden" in a large
     * archive) would match thousands of items that only share that word with a compound, so the few items with the
     * compound itself stay its answer (a compound in no item is always split). A common typed word fills page after
     * page as typed, and a common derived form ("Wachstum" for "wächst") would only add more below them, at the
     * cost of reading its postings on every search.
     */
    private int commonWordDocs() {
        return Math.max(COMMON_WORD_DOCS, (int) (COMMON_WORD_SHARE * reader.numDocs()));
    }

    /**
     * Whether a compound in this many items is rare: in none, or in fewer than the threshold and fewer than
     * {@value #RARE_COMPOUND_SHARE} of all items. A compound in one of ten items is one the archive knows well.
     */
    private boolean rare(int docs, int threshold) {
        return docs == 0 || docs < threshold && docs < RARE_COMPOUND_SHARE * reader.numDocs();
    }

    /** The word with its derivations, never split: for synonyms of a typed word. */
    Query derived(String word, Set<String> seen) {
        return reader == null || !word.chars().allMatch(Character::isLetter)
                ? texts.word(word)
                : withDerivations(word, seen);
    }

    private Query withDerivations(String word, Set<String> seen) {
        Query typed = texts.word(word);
        if (typed == null) {
            return null;
        }
        List<String> forms = derivedForms(word, seen);
        if (forms.isEmpty()) {
            return typed;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(typed, Occur.SHOULD);
        for (String form : forms) {
            either.add(new BoostQuery(form(form), DERIVATION_WEIGHT), Occur.SHOULD);
        }
        return either.build();
    }

    /**
     * A derived form; a separable verb ("bricht ein" for "Einbruch") in order with at most four words in between, its
     * particle kept even where it is a stop word.
     */
    private Query form(String form) {
        return form.contains(" ")
                ? texts.ordered(form, schema.queryAnalyzerKeepingStopWords(), SEPARABLE_SLOP)
                : texts.word(form);
    }

    /**
     * Whether a single word's glossary group is searched with it: always when no item contains the word, and when
     * fewer than {@value #RARE_WORD_DOCS} items do and another word of the group is in at least as many, since the
     * archive then says it differently ("Genehmigung" is in one demo item, "Exportlizenz" and "Zulassung" in
     * others). A word the archive uses more than its glossary words is searched as typed. False without an index.
     */
    boolean glossaryApplies(String word, List<String> group) {
        if (reader == null) {
            return false;
        }
        int docs = docFreq(word);
        if (docs == 0) {
            return true;
        }
        if (docs >= RARE_WORD_DOCS) {
            return false;
        }
        String typedTerm = term(word);
        for (String other : group) {
            if (!other.contains(" ") && !other.contains("-")) {
                String term = term(other);
                if (term != null && !term.equals(typedTerm) && docFreq(other) >= docs) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the archive knows nothing of a word: no item has it, a form of it, a word of its synonym or glossary
     * group, or all of its compound parts ("Krankenhaus" where no item names a hospital, though many say "Haus").
     * False without an index.
     */
    boolean absent(String word) {
        if (reader == null || !word.chars().allMatch(Character::isLetter) || docFreq(word) > 0) {
            return false;
        }
        if (!derivedForms(word, new HashSet<>()).isEmpty()) {
            return false;
        }
        if (synonyms != null) {
            for (String expression : synonyms.withGlossary(word)) {
                if (docFreq(expression.contains(" ") || expression.contains("-") ? firstKept(expression) : expression)
                        > 0) {
                    return false;
                }
            }
        }
        List<String> parts = parts(word);
        return parts.size() < 2 || parts.stream().anyMatch(p -> texts.word(p) != null && docFreq(p) == 0);
    }

    /**
     * The parts of a compound: the decompounder's, or, for a word that no item contains and the decompounder cannot
     * split, a company's or person's name followed by a word of the dictionary ("Teslaaktie" → tesla, aktie;
     * "Nvidiachips"): the decompounder's dictionary holds no names, and readers glue them to a noun as to any
     * other word. A word the archive has is left whole, as it may be a name of its own.
     */
    private List<String> parts(String word) {
        List<String> parts = Compounds.parts(word);
        if (!parts.isEmpty() || names == null) {
            return parts;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String name = null;
        for (String candidate : names.nameWords()) {
            String key = candidate.toLowerCase(Locale.ROOT);
            if (lower.length() - key.length() >= MIN_NAME_COMPOUND_REST
                    && lower.startsWith(key)
                    && (name == null || key.length() > name.length())
                    && key.chars().allMatch(Character::isLetter)) {
                name = key;
            }
        }
        if (name == null) {
            return parts;
        }
        String rest = lower.substring(name.length());
        List<String> restParts = Compounds.parts(rest);
        if (restParts.isEmpty() && !Compounds.isWord(rest) || docFreq(word) > 0) {
            return parts;
        }
        List<String> split = new ArrayList<>(List.of(name));
        split.addAll(restParts.isEmpty() ? List.of(rest) : restParts);
        return split;
    }

    /** "Zuckerburg" is a misspelt name, not a compound of "Zucker" and "Burg": "Meinten Sie" handles it. */
    private boolean nearName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String name : names.nameWords()) {
            if (Math.abs(name.length() - lower.length()) <= 2
                    && Speller.edits(lower, name.toLowerCase(Locale.ROOT)) <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Verbs and participles of a noun and the reverse, as far as the index contains them and none is common. */
    private List<String> derivedForms(String word, Set<String> seen) {
        Set<String> forms = new LinkedHashSet<>(derivations.of(word));
        if (forms.isEmpty()) {
            // a word the list holds has its family by hand; the rules are for the regular rest
            forms.addAll(DerivationRules.forms(word));
        }
        int common = commonWordDocs();
        if (forms.isEmpty() || docFreq(word) > common) {
            return List.of(); // a common word fills page after page as typed; its forms would only add more
        }
        List<String> known = new ArrayList<>();
        String typedTerm = term(word);
        // two forms with one stem ("digitalisiert", "digitalisierte") are one form: counted twice, they would
        // outscore the word as typed
        Set<String> terms = new HashSet<>();
        for (String form : forms) {
            String term = term(form);
            // a separable verb's particle is often a stop word ("bricht ein"), and so is a modal verb ("muss
            // zahlen"): the first word the analysis keeps must be in the index
            int docs = docFreq(form.contains(" ") ? firstKept(form) : form);
            if (docs > 0
                    && docs <= common
                    && (form.contains(" ") || term != null && !term.equals(typedTerm) && terms.add(term))
                    && seen.add(expressionKey(form))) {
                known.add(form);
            }
        }
        return known;
    }

    /**
     * What makes two expressions the same for counting: a single word's analysed term ("Tagesverluste" and
     * "Tagesverlust" are one), a phrase's words as typed.
     */
    String expressionKey(String expression) {
        String term = expression.contains(" ") || expression.contains("-") ? null : term(expression);
        return term != null ? term : de.nachlese.search.Normalized.key(expression);
    }

    /** The first word of an expression that is no stop word, or its first word when all are. */
    private String firstKept(String expression) {
        String[] words = expression.split(" ");
        for (String w : words) {
            if (term(w) != null) {
                return w;
            }
        }
        return words[0];
    }

    /** Items tagged with a company or person: one document-frequency look-up. */
    int taggedDocs(EntityNames.Entity entity) {
        if (reader == null) {
            return 0;
        }
        try {
            return reader.docFreq(schema.tagTerm(entity.facet(), entity.value()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items whose headline or body contains the word as typed (the larger of the two counts); 0 without an index. */
    int itemsWith(String word) {
        return reader == null ? 0 : docFreq(word);
    }

    /** Items whose headline or body contains the word's analysed form (the larger of the two counts). */
    private int docFreq(String word) {
        return wordDocs == null ? lookUpDocFreq(word) : wordDocs.of(word, this::lookUpDocFreq);
    }

    private int lookUpDocFreq(String word) {
        String term = term(word);
        if (term == null) {
            return 0;
        }
        try {
            int most = 0;
            for (String field : texts.fields()) {
                most = Math.max(most, reader.docFreq(new Term(field, term)));
            }
            return most;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String term(String word) {
        return singleTerm(schema, word);
    }

    /** The single term the query analysis makes of a word, or null when it makes none or several. */
    static String singleTerm(IndexSchema schema, String word) {
        try (TokenStream tokens = schema.queryAnalyzer().tokenStream("", word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String first = tokens.incrementToken() ? term.toString() : null;
            boolean more = first != null && tokens.incrementToken();
            tokens.end();
            return more ? null : first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
