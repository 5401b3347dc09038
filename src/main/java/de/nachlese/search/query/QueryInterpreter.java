package de.nachlese.search.query;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.search.Normalized;
import de.nachlese.search.QueryNotes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a parsed query into a Lucene query over the text fields and the tags:
 * <ul>
 *   <li>words are ANDed; each matches its stemmed, umlaut-folded form in headline (weight 2) or body;</li>
 *   <li>runs of words that name an entity ("Elon Musk", "Facebook", "Musks") also match the entity's tag, with a
 *       constant bonus that puts tagged items above mere word matches;</li>
 *   <li>words with synonyms ("AI") match any expression of their group;</li>
 *   <li>plain words also match their compound parts and derivations ({@link WordExpansion});</li>
 *   <li>field filters and date bounds filter without scoring.</li>
 * </ul>
 * One instance interprets one query and remembers what it recognised, for the notes shown to the reader. A relaxed
 * reading ({@link #toRelaxedQuery}) makes the top-level words optional.
 *
 * <p>Longer than 300 lines on purpose: every kind of query node and both readings, strict and relaxed, go through
 * the one {@code all} method, so that the two readings cannot drift apart.
 */
final class QueryInterpreter {

    /** Added to the score of an item tagged with a name the query contains; above any single word's BM25 score. */
    static final float TAG_BONUS = 10f;
    /** Topics are broad, so a topic name in the query lifts tagged items less than a company or a person does. */
    static final float TOPIC_BONUS = 3f;
    /** A synonym counts a little less than the word the reader typed. */
    static final float SYNONYM_WEIGHT = 0.8f;
    /** Words a synonym of several words may have in between ("streicht 6.000 Stellen" for "streicht Stellen"). */
    static final int SYNONYM_SLOP = 2;

    private final IndexSchema schema;
    private final EntityNames names;
    private final Synonyms synonyms;
    private final Map<String, String> topicsByKey;
    private final TextQueries texts;
    private final WordExpansion expansion;
    private final Set<QueryNotes.Recognized> recognized = new LinkedHashSet<>();
    private final List<String> plainWords = new ArrayList<>();
    /** In a relaxed reading, the top level's words and names, each with its clause; null in a strict one. */
    private List<Relaxed.Word> relaxedWords;
    /** In a relaxed reading, whether one of its plain words is one the archive knows nothing of. */
    private boolean absentWord;

    QueryInterpreter(
            IndexSchema schema,
            EntityNames names,
            Synonyms synonyms,
            Map<String, String> topicsByKey,
            TextQueries texts,
            WordExpansion expansion) {
        this.schema = schema;
        this.names = names;
        this.synonyms = synonyms;
        this.topicsByKey = topicsByKey;
        this.texts = texts;
        this.expansion = expansion;
    }

    /**
     * The query with its top-level words optional: an item must match all of them but one (one of two), and ranks
     * by how many it matches. Empty when the query is not a plain list of words (phrases, brackets, operators keep
     * their meaning) or has fewer than two.
     */
    Optional<Relaxed> toRelaxedQuery(QueryNode node) {
        if (!(node instanceof QueryNode.All all)
                || !all.nodes().stream()
                        .allMatch(n -> n instanceof QueryNode.Word
                                || n instanceof QueryNode.Filter
                                || n instanceof QueryNode.DateBound)) {
            return Optional.empty();
        }
        relaxedWords = new ArrayList<>();
        absentWord = false;
        Query query = all(all.nodes());
        List<Relaxed.Word> words = relaxedWords;
        relaxedWords = null;
        boolean wordsOnly = all.nodes().stream().allMatch(n -> n instanceof QueryNode.Word);
        // of two words, one the archive knows nothing of leaves the other alone, an answer to another question
        return words.size() < 2 || words.size() == 2 && absentWord
                ? Optional.empty()
                : Optional.of(new Relaxed(query, words, wordsOnly));
    }

    Query toQuery(QueryNode node) {
        return switch (node) {
            case QueryNode.All all -> all(all.nodes());
            case QueryNode.Any any -> any(any.nodes());
            case QueryNode.Not not ->
                new BooleanQuery.Builder()
                        .add(MatchAllDocsQuery.INSTANCE, Occur.MUST)
                        .add(toQuery(not.node()), Occur.MUST_NOT)
                        .build();
            default -> all(List.of(node));
        };
    }

    /** What the query recognised as names, synonyms or filters. */
    List<QueryNotes.Recognized> recognized() {
        return List.copyOf(recognized);
    }

    /** The bare words that matched no name and no synonym: the candidates for spelling corrections. */
    List<String> plainWords() {
        return List.copyOf(plainWords);
    }

    private Query any(List<QueryNode> nodes) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (QueryNode node : nodes) {
            any.add(toQuery(node), Occur.SHOULD);
        }
        return any.build();
    }

    private Query all(List<QueryNode> nodes) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean positive = false;
        boolean restricted = false;
        LocalDate from = null;
        LocalDate until = null;
        for (int i = 0; i < nodes.size(); i++) {
            QueryNode node = nodes.get(i);
            switch (node) {
                case QueryNode.Word ignored -> {
                    int words = wordRun(nodes, i);
                    int used =
                            words(nodes.subList(i, i + words), all, relaxedWords == null ? Occur.MUST : Occur.SHOULD);
                    positive |= used > 0;
                    i += Math.max(words, 1) - 1;
                }
                case QueryNode.Phrase phrase -> {
                    Query q = phrase(phrase.text());
                    if (q != null) {
                        all.add(q, Occur.MUST);
                        positive = true;
                    }
                }
                case QueryNode.Filter filter -> {
                    all.add(filter(filter), Occur.FILTER);
                    nameInText(filter).ifPresent(q -> all.add(q, Occur.SHOULD));
                    restricted = true;
                }
                case QueryNode.DateBound bound -> {
                    if (bound.lower()) {
                        from = from == null || bound.date().isAfter(from) ? bound.date() : from;
                    } else {
                        until = until == null || bound.date().isBefore(until) ? bound.date() : until;
                    }
                    restricted = true;
                }
                case QueryNode.Not not -> {
                    all.add(toQuery(not.node()), Occur.MUST_NOT);
                    restricted = true;
                }
                case QueryNode.All inner -> {
                    all.add(toQuery(inner), Occur.MUST);
                    positive = true;
                }
                case QueryNode.Any inner -> {
                    all.add(toQuery(inner), Occur.MUST);
                    positive = true;
                }
            }
        }
        if (from != null || until != null) {
            all.add(schema.dateRange(from, until), Occur.FILTER);
        }
        if (relaxedWords != null) {
            all.setMinimumNumberShouldMatch(Relaxed.wordsRequired(relaxedWords.size()));
            Relaxed.notNumbersAlone(relaxedWords).ifPresent(q -> all.add(q, Occur.FILTER));
        }
        if (!positive && !restricted) {
            // only stop words ("Wer war das"): search them after all rather than find nothing
            for (QueryNode node : nodes) {
                if (node instanceof QueryNode.Word word) {
                    Query q = text(word.text(), schema.queryAnalyzerKeepingStopWords(), true, 0);
                    if (q != null) {
                        all.add(q, Occur.MUST);
                        positive = true;
                    }
                }
            }
        }
        if (!positive) {
            all.add(restricted ? MatchAllDocsQuery.INSTANCE : new MatchNoDocsQuery("only stop words"), Occur.MUST);
        }
        return all.build();
    }

    private static int wordRun(List<QueryNode> nodes, int start) {
        int end = start;
        while (end < nodes.size() && nodes.get(end) instanceof QueryNode.Word) {
            end++;
        }
        return end - start;
    }

    /** Adds a clause per word or per recognised name in the run; returns how many clauses it added. */
    private int words(List<QueryNode> run, BooleanQuery.Builder all, Occur occur) {
        List<String> words = run.stream().map(n -> ((QueryNode.Word) n).text()).toList();
        int clauses = 0;
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            Query clause = null;
            int nameDocs = 0;
            for (int length = Math.min(EntityNames.MAX_WORDS, words.size() - i);
                    length >= 1 && clause == null;
                    length--) {
                String span = String.join(" ", words.subList(i, i + length));
                clause = named(span);
                nameDocs = clause == null
                        ? 0
                        : names.find(span).map(expansion::taggedDocs).orElse(0);
                if (clause == null && length <= Synonyms.MAX_WORDS) {
                    clause = synonymous(span);
                }
                taken = length;
            }
            if (clause == null) {
                String word = words.get(i);
                clause = word.contains("-") ? hyphenated(word) : expansion.word(word);
                taken = 1;
                plainWords.add(word);
                // a product's items anchor a relaxed query as a company's do, counted by the items naming it
                nameDocs =
                        clause != null && relaxedWords != null && names.product(word) ? expansion.itemsWith(word) : 0;
            }
            if (clause != null) {
                all.add(clause, occur);
                clauses++;
                if (relaxedWords != null) {
                    absentWord |= taken == 1 && nameDocs == 0 && expansion.absent(words.get(i));
                    relaxedWords.add(new Relaxed.Word(String.join(" ", words.subList(i, i + taken)), clause, nameDocs));
                }
            }
            i += taken;
        }
        return clauses;
    }

    /**
     * A hyphenated word as a phrase, or, below it, all its parts anywhere in an item, each part also as its synonyms:
     * "AI-Chips" finds "Chips für künstliche Intelligenz". Parts without a synonym group are matched as typed.
     */
    private Query hyphenated(String word) {
        Query phrase = phrase(word);
        String[] parts = word.split("-");
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String part : parts) {
            List<String> group = part.isBlank() ? List.of() : synonyms.of(part);
            Query q = group.isEmpty() ? expansion.word(part) : anyOf(part, group);
            if (q == null) {
                return phrase;
            }
            all.add(q, Occur.MUST);
        }
        if (parts.length < 2) {
            return phrase;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (phrase != null) {
            either.add(phrase, Occur.SHOULD);
        }
        either.add(new BoostQuery(all.build(), WordExpansion.PARTS_WEIGHT), Occur.SHOULD);
        return either.build();
    }

    /** Any expression of a group, the typed one first. */
    private Query anyOf(String typed, List<String> group) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String expression : group) {
            Query q = phrase(expression);
            if (q != null) {
                boolean same = Normalized.key(expression).equals(Normalized.key(typed));
                any.add(same ? q : new BoostQuery(q, SYNONYM_WEIGHT), Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** The words' text, or the tag of the entity or topic they name, which scores higher. */
    private Query named(String span) {
        var entity = names.find(span);
        String topic = topicsByKey.get(Normalized.key(span));
        if (entity.isEmpty() && topic == null) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        Query text = phrase(span);
        if (text != null) {
            either.add(text, Occur.SHOULD);
        }
        entity.ifPresent(e -> {
            recognized.add(new QueryNotes.Recognized(span, e.facet(), e.value()));
            either.add(
                    new BoostQuery(new ConstantScoreQuery(schema.tagQuery(e.facet(), e.value())), TAG_BONUS),
                    Occur.SHOULD);
        });
        if (topic != null) {
            recognized.add(new QueryNotes.Recognized(span, Facet.TOPIC, topic));
            either.add(
                    new BoostQuery(new ConstantScoreQuery(schema.tagQuery(Facet.TOPIC, topic)), TOPIC_BONUS),
                    Occur.SHOULD);
        }
        for (String synonym : synonyms.of(span)) {
            if (!Normalized.key(synonym).equals(Normalized.key(span))) {
                Query q = phrase(synonym);
                if (q != null) {
                    either.add(new BoostQuery(q, SYNONYM_WEIGHT), Occur.SHOULD);
                }
            }
        }
        return either.build();
    }

    /** Any expression of the word's synonym group; a group member that names a topic also matches its tag. */
    private Query synonymous(String span) {
        List<String> group = synonyms.withGlossary(span);
        List<String> plain = synonyms.of(span);
        // the index is asked only when the glossary adds words: most words have no glossary group
        if (!span.contains(" ") && group.size() > plain.size() && !expansion.glossaryApplies(span, group)) {
            group = plain;
        }
        if (group.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        // an expression counts once: a word of the group is not added again as another word's derived form
        // ("Tagesverlust" is in the crash group and a form of three of its words), nor is one form added twice
        Set<String> seen = new HashSet<>();
        group.forEach(expression -> seen.add(expansion.expressionKey(expression)));
        for (String expression : group) {
            boolean typed = Normalized.key(expression).equals(Normalized.key(span));
            boolean severalWords = expression.contains(" ") || expression.contains("-");
            // a synonym's compound is split only for a typed phrase ("chip ban" → "Chipverbot" → chip, verbot): a
            // typed compound is split itself, and splitting its synonyms too only adds noise
            // a typed hyphenated word ("Chip-Verbot") is a phrase: its group's compound ("Chipverbot") is split as a
            // typed phrase's is
            Query q = severalWords
                    ? text(expression, schema.queryAnalyzer(), false, typed ? 0 : SYNONYM_SLOP)
                    : typed
                            ? expansion.word(expression, seen)
                            : span.contains(" ") || span.contains("-")
                                    ? expansion.synonym(expression, seen)
                                    : expansion.derived(expression, seen);
            if (q != null) {
                either.add(typed ? q : new BoostQuery(q, SYNONYM_WEIGHT), Occur.SHOULD);
            }
            if (!typed) {
                recognized.add(new QueryNotes.Recognized(span, null, expression));
            }
            String topic = topicsByKey.get(Normalized.key(expression));
            if (topic != null) {
                recognized.add(new QueryNotes.Recognized(span, Facet.TOPIC, topic));
                either.add(
                        new BoostQuery(new ConstantScoreQuery(schema.tagQuery(Facet.TOPIC, topic)), TOPIC_BONUS),
                        Occur.SHOULD);
            }
        }
        return either.build();
    }

    private Query filter(QueryNode.Filter filter) {
        String value = switch (filter.facet()) {
            case COMPANY, PERSON -> names.canonical(filter.facet(), filter.value());
            case TOPIC -> topic(filter.value());
            default -> filter.value();
        };
        recognized.add(new QueryNotes.Recognized(filter.value(), filter.facet(), value));
        return schema.tagQuery(filter.facet(), value);
    }

    /**
     * Among the items a name filter selects, those that name it in headline or body come first: "firma:Coinbase"
     * puts the Coinbase stories above items that only list Coinbase. Scoring only, never filtering.
     */
    private Optional<Query> nameInText(QueryNode.Filter filter) {
        if (filter.facet() != Facet.COMPANY && filter.facet() != Facet.PERSON) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Set<String> forms =
                new LinkedHashSet<>(List.of(filter.value(), names.canonical(filter.facet(), filter.value())));
        for (String form : forms) {
            Query q = phrase(form);
            if (q != null) {
                any.add(q, Occur.SHOULD);
            }
        }
        return Optional.of(any.build());
    }

    /** "KI" is the topic KI; "politik" is "Politik & Regulierung", the topic it begins. */
    private String topic(String typed) {
        String key = Normalized.key(typed);
        String exact = topicsByKey.get(key);
        if (exact != null) {
            return exact;
        }
        return topicsByKey.entrySet().stream()
                .filter(e -> e.getKey().startsWith(key))
                .map(Map.Entry::getValue)
                .sorted()
                .findFirst()
                .orElse(typed);
    }

    private Query phrase(String text) {
        return texts.phrase(text);
    }

    private Query text(String text, org.apache.lucene.analysis.Analyzer analyzer, boolean singleWord, int slop) {
        return texts.text(text, analyzer, singleWord, slop);
    }
}
