package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.model.Facet;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.LiveDocuments;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Item;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.PlannedQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hands the benchmark's items and queries to the Solr runner, which lives in a JVM of its own (Solr pins another
 * Lucene version). Items go out as Nachlese indexed them (text, tags, facet values), so both engines hold the same
 * items with the same tags. Queries go out as Solr query syntax translated from the very Lucene queries Nachlese
 * runs: the text fields' terms are already analysed, so Solr's query analyzer for them only splits on whitespace;
 * date ranges and facet selections become tagged filter queries, so Solr's facets exclude them like drill-sideways.
 */
public final class SolrExport {

    static final String SEP = "\u001F";

    private SolrExport() {
    }

    /** {@code --index DIR --queries FILE --out DIR} writes items.tsv and solr-queries.tsv into DIR. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Set.of("index", "queries", "out"));
        Path index = Path.of(options.get("index"));
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out);
        List<BenchQuery> queries = Measure.readQueries(Path.of(options.get("queries")));
        int translated = writeQueries(index, queries, out.resolve("solr-queries.tsv"));
        int items = writeItems(index, out.resolve("items.tsv"));
        System.out.println("Solr export: " + items + " items, " + translated + " of " + queries.size() + " queries translated");
    }

    static int writeQueries(Path index, List<BenchQuery> queries, Path file) throws IOException {
        int translated = 0;
        try (ItemSearcher app = ItemSearcher.openReadOnly(new IndexSchema(), FSDirectory.open(index));
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (BenchQuery query : queries) {
                PlannedQuery plan = app.plan(query.request());
                String q;
                try {
                    q = query.query().isEmpty() ? "*:*" : syntax(plan.text());
                    translated++;
                } catch (IllegalArgumentException untranslatable) {
                    q = "";
                }
                List<String> filters = new ArrayList<>();
                query.filters().forEach((facet, values) -> filters.add("{!tag=" + facet.id() + "}" + facet.id() + ":("
                        + values.stream().map(SolrExport::quoted).collect(Collectors.joining(" OR ")) + ")"));
                if (query.from() != null || query.until() != null) {
                    filters.add("date_epoch_day:[" + (query.from() == null ? "*" : query.from().toEpochDay()) + " TO "
                            + (query.until() == null ? "*" : query.until().toEpochDay()) + "]");
                }
                // relevance (its ties broken by date) is Solr's default order
                boolean byScore = plan.sort() == null
                        || plan.sort().getSort()[0].getType() == org.apache.lucene.search.SortField.Type.SCORE;
                String sort = byScore ? "" : "date_epoch_day desc,position asc";
                out.write(String.join("\t", query.id(), query.kind(), q, String.join(SEP, filters), sort,
                        query.query().isEmpty() ? "false" : "true"));
                out.write('\n');
            }
        }
        return translated;
    }

    /** Solr's standard query syntax for a Lucene query of the kinds Nachlese builds. */
    static String syntax(Query query) {
        return switch (query) {
            case TermQuery t -> term(t.getTerm());
            case BoostQuery b when b.getQuery() instanceof ConstantScoreQuery c ->
                    "(" + syntax(c.getQuery()) + ")^=" + number(b.getBoost());
            case BoostQuery b -> "(" + syntax(b.getQuery()) + ")^" + number(b.getBoost());
            case ConstantScoreQuery c -> "(" + syntax(c.getQuery()) + ")^=1";
            case MatchAllDocsQuery m -> "*:*";
            case MatchNoDocsQuery m -> "(-*:*)";
            case SynonymQuery s -> "(" + s.getTerms().stream().map(SolrExport::term).collect(Collectors.joining(" ")) + ")";
            case PhraseQuery p -> phrase(p);
            case SpanNearQuery n -> near(n);
            case BooleanQuery b -> bool(b);
            default -> throw new IllegalArgumentException("no Solr syntax for " + query.getClass().getSimpleName());
        };
    }

    private static String bool(BooleanQuery b) {
        if (b.getMinimumNumberShouldMatch() > 1) {
            throw new IllegalArgumentException("minimum-should-match " + b.getMinimumNumberShouldMatch());
        }
        StringBuilder out = new StringBuilder("(");
        for (BooleanClause clause : b.clauses()) {
            if (out.length() > 1) {
                out.append(' ');
            }
            String inner = syntax(clause.query());
            switch (clause.occur()) {
                case MUST -> out.append('+').append(inner);
                case FILTER -> out.append("+(").append(inner).append(")^=0");
                case MUST_NOT -> out.append('-').append(inner);
                case SHOULD -> out.append(inner);
            }
        }
        return out.append(')').toString();
    }

    private static String phrase(PhraseQuery p) {
        int[] positions = p.getPositions();
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                throw new IllegalArgumentException("phrase with gaps");
            }
        }
        String words = java.util.Arrays.stream(p.getTerms()).map(Term::text).map(SolrExport::escape)
                .collect(Collectors.joining(" "));
        return p.getField() + ":\"" + words + "\"" + (p.getSlop() > 0 ? "~" + p.getSlop() : "");
    }

    /**
     * A separable verb's ordered span ("bricht … ein") as a sloppy phrase: the standard syntax has no ordered
     * proximity, so Solr also matches the two words turned round, a few more hits for such clauses.
     */
    private static String near(SpanNearQuery n) {
        List<String> words = new ArrayList<>();
        for (SpanQuery clause : n.getClauses()) {
            if (!(clause instanceof SpanTermQuery t)) {
                throw new IllegalArgumentException("span of " + clause.getClass().getSimpleName());
            }
            words.add(escape(t.getTerm().text()));
        }
        return n.getField() + ":\"" + String.join(" ", words) + "\"" + (n.getSlop() > 0 ? "~" + n.getSlop() : "");
    }

    private static String term(Term term) {
        return term.field() + ":" + (term.text().contains(" ") ? quoted(term.text()) : escape(term.text()));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if ("\\+-!():^[]\"{}~*?|&;/ ".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String number(float value) {
        return value == Math.rint(value) ? Integer.toString((int) value) : Float.toString(value);
    }

    /** One line per item, tab-separated, multiple values joined by U+001F, tabs and newlines escaped. */
    static int writeItems(Path index, Path file) throws IOException {
        IndexSchema schema = new IndexSchema();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return Math.toIntExact(LiveDocuments.forEach(reader, doc -> {
                out.write(line(schema.fromDocument(doc)));
                out.write('\n');
            }));
        }
    }

    private static String line(StoredItem stored) {
        Item item = stored.item();
        List<String> outlets = item.sources().stream().map(s -> s.outlet()).distinct().toList();
        List<String> links = item.sources().stream().map(s -> s.outlet() + " " + (s.url() == null ? "" : s.url())).toList();
        return String.join("\t", esc(item.id()), esc(item.headline()), esc(item.body()), esc(stored.issueId()),
                esc(stored.issueTitle()), esc(stored.publication()), esc(item.emoji()), item.type().id(),
                stored.week().toString(), Long.toString(stored.date().toEpochDay()), Integer.toString(item.position()),
                multi(item.tags().companies()), multi(item.tags().people()), multi(item.tags().topics()), multi(outlets),
                multi(item.tags().products()), multi(item.tags().earnings().stream().map(e -> e.encode().replace('\t', ' ')).toList()),
                multi(links));
    }

    private static String multi(List<String> values) {
        return values.stream().map(SolrExport::esc).collect(Collectors.joining(SEP));
    }

    private static String esc(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The facet dimensions in the order the runner expects; kept here so both sides agree. */
    static List<String> dimensions() {
        return java.util.Arrays.stream(Facet.values()).map(f -> f.id().toLowerCase(Locale.ROOT)).toList();
    }
}
