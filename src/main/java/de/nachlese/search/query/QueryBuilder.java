package de.nachlese.search.query;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.search.Normalized;
import de.nachlese.search.QueryNotes;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import de.nachlese.search.facet.FacetedSearcher;
import de.nachlese.tagging.Gazetteer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.Weight;

/**
 * Where a search request becomes Lucene queries: the text is parsed (a malformed query is searched as plain words,
 * with a note), interpreted against the index's names, synonyms and topics, and combined with the request's date
 * and facet filters. A text too long for Lucene's clause limit is searched by its first {@value #LONG_QUERY_WORDS}
 * words.
 */
public final class QueryBuilder {

    /** How many words of an over-long query are searched. */
    static final int LONG_QUERY_WORDS = 32;

    /** The Lucene query of a text and what reading it found: a syntax note, names and synonyms, plain words. */
    public record Text(
            Query query, String syntaxError, List<QueryNotes.Recognized> recognized, List<String> plainWords) {
        public Text {
            recognized = List.copyOf(recognized);
            plainWords = List.copyOf(plainWords);
        }
    }

    /** A search run on a text query; it may throw {@link IndexSearcher.TooManyClauses} when the query is too long. */
    @FunctionalInterface
    public interface Run<T> {
        T apply(Query text) throws IOException;
    }

    /** What a run answered, and the text it ran. */
    public record Ran<T>(T result, Text text) {}

    private final IndexSchema schema;
    private final EntityNames names;
    private final Synonyms synonyms;
    private final Speller speller;
    private final Synonyms derivations;
    private final TextQueries texts;

    public QueryBuilder(IndexSchema schema, Gazetteer gazetteer) {
        this.schema = schema;
        this.names = new EntityNames(gazetteer);
        this.synonyms = Synonyms.bundled();
        this.derivations = Synonyms.derivations();
        this.texts = new TextQueries(schema);
        this.speller = new Speller(schema, names);
    }

    /** The text query of a typed query; blank is every item. A malformed query is read as plain words. */
    public Text text(FacetedSearcher searcher, String query) {
        if (query.isBlank()) {
            return new Text(MatchAllDocsQuery.INSTANCE, null, List.of(), List.of());
        }
        String syntaxError = null;
        QueryNode parsed;
        try {
            parsed = QuerySyntax.parse(query);
        } catch (QuerySyntaxException e) {
            syntaxError = e.getMessage();
            parsed = QuerySyntax.plainWords(query);
        }
        QueryInterpreter interpreter = interpreter(searcher);
        Query text = interpreter.toQuery(parsed);
        return new Text(text, syntaxError, interpreter.recognized(), interpreter.plainWords());
    }

    /**
     * Runs the text query of a typed query. When it exceeds Lucene's clause limit (every word expands to several
     * clauses: fields, synonyms, tags), its first {@value #LONG_QUERY_WORDS} words run instead, with a note.
     */
    public <T> Ran<T> run(FacetedSearcher searcher, String query, Run<T> run) throws IOException {
        try {
            Text text = text(searcher, query);
            return new Ran<>(run.apply(text.query()), text);
        } catch (IndexSearcher.TooManyClauses e) {
            QueryInterpreter interpreter = interpreter(searcher);
            Query shortened = interpreter.toQuery(QuerySyntax.firstPlainWords(query, LONG_QUERY_WORDS));
            Text ran = new Text(
                    shortened,
                    "Die Suche ist zu lang; gesucht wurde nach den ersten " + LONG_QUERY_WORDS + " Wörtern",
                    interpreter.recognized(),
                    interpreter.plainWords());
            return new Ran<>(run.apply(shortened), ran);
        }
    }

    /**
     * The relaxed reading of a typed query (see {@link Relaxed}), or empty when the query cannot be relaxed: it has
     * fewer than two words, operators, brackets or phrases, or could not be read as typed.
     */
    public Optional<Relaxed> relaxed(FacetedSearcher searcher, String query) {
        if (QuerySyntax.hasOperators(query)) {
            return Optional.empty();
        }
        QueryNode parsed;
        try {
            parsed = QuerySyntax.parse(query);
        } catch (QuerySyntaxException e) {
            return Optional.empty();
        }
        try {
            return interpreter(searcher).toRelaxedQuery(parsed);
        } catch (IndexSearcher.TooManyClauses e) {
            return Optional.empty();
        }
    }

    /**
     * The words of a relaxed query that the best of its hits lacks, in the order they were typed: what the reader is
     * told was left out ("ohne: Rekord"). Lower hits may lack another word; the first is what the reader looks at.
     */
    public List<String> missingWords(IndexSearcher searcher, Relaxed relaxed, int firstDoc) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Relaxed.Word word : relaxed.words()) {
            Weight weight = searcher.createWeight(searcher.rewrite(word.clause()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            if (!matches(searcher, weight, firstDoc)) {
                missing.add(word.typed());
            }
        }
        return missing;
    }

    /**
     * The relaxed query to run: anchored on its name ({@link Relaxed#anchored()}) when every other word is in the
     * archive, so a query whose other words the archive lacks ("Apple Fairphone Akku") is not answered by the name
     * alone. The look-ups are document frequencies of the words' terms.
     */
    public Query widest(IndexSearcher searcher, Relaxed relaxed) throws IOException {
        Optional<Query> anchored = relaxed.anchored();
        if (anchored.isEmpty()) {
            return relaxed.query();
        }
        for (Relaxed.Word word : relaxed.otherWords()) {
            if (!inArchive(searcher, word.clause())) {
                return relaxed.query();
            }
        }
        return anchored.get();
    }

    /** Whether any term of the clause is in the index: document-frequency look-ups, no postings read. */
    private static boolean inArchive(IndexSearcher searcher, Query clause) throws IOException {
        Set<org.apache.lucene.index.Term> terms = new HashSet<>();
        searcher.rewrite(clause).visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
        for (org.apache.lucene.index.Term term : terms) {
            if (searcher.getIndexReader().docFreq(term) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(IndexSearcher searcher, Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        if (supplier == null) {
            return false;
        }
        DocIdSetIterator it = supplier.get(1).iterator();
        int target = doc - leaf.docBase;
        return it.advance(target) == target;
    }

    /** A corrected spelling of the query's plain words, if the index suggests one. */
    public Optional<String> correct(FacetedSearcher searcher, String query, Text text) throws IOException {
        return speller.correct(query, text.plainWords(), searcher.getIndexReader());
    }

    /**
     * The text query with the request's filters: the date range as a filter clause, the facet values as drill-down
     * (values of one facet are OR, facets are AND).
     */
    public DrillDownQuery drillDown(SearchRequest request, Query text) {
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (request.from() != null || request.until() != null) {
            base.add(schema.dateRange(request.from(), request.until()), BooleanClause.Occur.FILTER);
        }
        DrillDownQuery query = new DrillDownQuery(schema.facetsConfig(), base.build());
        // Adding a dimension again ORs the values; the varargs of add() would be a hierarchical path instead.
        request.filters()
                .forEach((facet, values) -> values.forEach(value -> query.add(schema.dimension(facet), value)));
        return query;
    }

    /** The Lucene sort of an order; relevance breaks ties by date, so the order never depends on the index's layout. */
    public Sort sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> schema.relevanceFirst();
            case NEWEST -> schema.newestFirst();
            case OLDEST -> schema.oldestFirst();
        };
    }

    private QueryInterpreter interpreter(FacetedSearcher searcher) {
        return new QueryInterpreter(
                schema,
                names,
                synonyms,
                searcher.perReader(TopicKeys.class, s -> {
                            Map<String, String> topics = new HashMap<>();
                            s.allValues(schema::dimension)
                                    .get(Facet.TOPIC)
                                    .keySet()
                                    .forEach(t -> topics.put(Normalized.key(t), t));
                            return new TopicKeys(Map.copyOf(topics));
                        })
                        .byKey(),
                texts,
                new WordExpansion(
                        schema,
                        texts,
                        derivations,
                        searcher.getIndexReader(),
                        names,
                        synonyms,
                        searcher.perReader(WordDocs.class, s -> new WordDocs())));
    }

    /** The index's topics by their normalised key, computed once per reader. */
    private record TopicKeys(Map<String, String> byKey) {}
}
