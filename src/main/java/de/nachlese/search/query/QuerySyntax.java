package de.nachlese.search.query;

import de.nachlese.model.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.ItemType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query language of the search box, in German and English:
 * <pre>
 *   Stargate Abilene            both words (AND is the default)
 *   "Stargate UAE"              a phrase
 *   Musk OR Altman, Musk ODER Altman, (A OR B) AND C, NOT/NICHT x, -x
 *   firma:/company:  person:  thema:/topic:  typ:/type:  quelle:/source:  woche:/week:2025-W05
 *   von:/since:2025-03-01  bis:/until:2025-03-31   (also 1.3.2025)
 * </pre>
 * A malformed query throws {@link QuerySyntaxException}; {@link #plainWords} is the fallback that always works.
 *
 * <p>Just over 300 lines: a hand-written recursive-descent parser with its budgets and error messages, which reads
 * best as one file.
 */
final class QuerySyntax {

    private static final Map<String, Facet> FACET_FIELDS = Map.ofEntries(
            Map.entry("firma", Facet.COMPANY),
            Map.entry("company", Facet.COMPANY),
            Map.entry("person", Facet.PERSON),
            Map.entry("thema", Facet.TOPIC),
            Map.entry("topic", Facet.TOPIC),
            Map.entry("typ", Facet.TYPE),
            Map.entry("type", Facet.TYPE),
            Map.entry("quelle", Facet.SOURCE),
            Map.entry("source", Facet.SOURCE),
            Map.entry("woche", Facet.WEEK),
            Map.entry("week", Facet.WEEK),
            Map.entry("kw", Facet.WEEK));
    private static final Map<String, Boolean> DATE_FIELDS =
            Map.of("von", true, "since", true, "ab", true, "bis", false, "until", false);
    /** German reader-facing names of the item types, besides their ids. */
    private static final Map<String, ItemType> TYPE_NAMES = Map.ofEntries(
            Map.entry("aufmacher", ItemType.LEAD),
            Map.entry("meldung", ItemType.NEWS),
            Map.entry("news", ItemType.NEWS),
            Map.entry("grafik", ItemType.CHART),
            Map.entry("podcast", ItemType.LISTEN),
            Map.entry("hörenswert", ItemType.LISTEN),
            Map.entry("quartalszahlen", ItemType.EARNINGS));

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final Pattern OPERATOR_CHARS = Pattern.compile("[\"()]");

    private enum Kind {
        WORD,
        PHRASE,
        FIELD,
        OPEN,
        CLOSE,
        AND,
        OR,
        NOT,
        MINUS
    }

    private record Token(Kind kind, String text, String field) {}

    private final List<Token> tokens;
    private int next;

    private QuerySyntax(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** A blank query is no mistake but the empty conjunction: the reader has not typed yet, so nothing is wrong. */
    static QueryNode parse(String query) throws QuerySyntaxException {
        QuerySyntax parser = new QuerySyntax(lex(query));
        if (parser.tokens.isEmpty()) {
            return new QueryNode.All(List.of());
        }
        QueryNode node = parser.or();
        if (parser.next < parser.tokens.size()) {
            throw new QuerySyntaxException("closeWithoutOpen");
        }
        return node;
    }

    /** The words of a query with every operator, quote, bracket and field prefix taken out. */
    static QueryNode plainWords(String query) {
        List<QueryNode> words = new ArrayList<>();
        for (String part : OPERATOR_CHARS.matcher(query).replaceAll(" ").split("\\s+")) {
            String word = part.replaceFirst("^[-+!]+", "");
            int colon = word.indexOf(':');
            if (colon >= 0 && isField(word.substring(0, colon))) {
                word = word.substring(colon + 1);
            }
            if (!word.isBlank() && !isOperator(word)) {
                words.add(new QueryNode.Word(word));
            }
        }
        return new QueryNode.All(words);
    }

    /** Whether the query uses an operator (AND, OR, NOT, minus), brackets or quotes: then every word counts. */
    static boolean hasOperators(String query) {
        try {
            return lex(query).stream().anyMatch(t -> t.kind() != Kind.WORD && t.kind() != Kind.FIELD);
        } catch (QuerySyntaxException e) {
            return true;
        }
    }

    /** The first {@code limit} plain words, for a query too long to search in full. */
    static QueryNode firstPlainWords(String query, int limit) {
        List<QueryNode> words = ((QueryNode.All) plainWords(query)).nodes();
        return new QueryNode.All(words.subList(0, Math.min(limit, words.size())));
    }

    private QueryNode or() throws QuerySyntaxException {
        List<QueryNode> alternatives = new ArrayList<>(List.of(and()));
        while (peek(Kind.OR)) {
            next++;
            alternatives.add(and());
        }
        return alternatives.size() == 1 ? alternatives.getFirst() : new QueryNode.Any(alternatives);
    }

    private QueryNode and() throws QuerySyntaxException {
        List<QueryNode> all = new ArrayList<>();
        while (next < tokens.size() && !peek(Kind.OR) && !peek(Kind.CLOSE)) {
            if (peek(Kind.AND)) {
                if (all.isEmpty()) {
                    throw new QuerySyntaxException(
                            "withoutTermBefore", tokens.get(next).text());
                }
                next++;
            }
            all.add(unary());
        }
        if (all.isEmpty()) {
            throw next < tokens.size()
                    ? new QuerySyntaxException(
                            "termMissingBefore", tokens.get(next).text())
                    : new QuerySyntaxException("termMissingAtEnd");
        }
        return all.size() == 1 ? all.getFirst() : new QueryNode.All(all);
    }

    private QueryNode unary() throws QuerySyntaxException {
        if (next >= tokens.size()) {
            throw new QuerySyntaxException("termMissingAtEnd");
        }
        Token token = tokens.get(next++);
        return switch (token.kind()) {
            case NOT, MINUS -> negate(unary());
            case WORD -> new QueryNode.Word(token.text());
            case PHRASE -> new QueryNode.Phrase(token.text());
            case FIELD -> field(token.field(), token.text());
            case OPEN -> {
                QueryNode inner = or();
                if (!peek(Kind.CLOSE)) {
                    throw new QuerySyntaxException("bracketNotClosed");
                }
                next++;
                yield inner;
            }
            case CLOSE -> throw new QuerySyntaxException("closeWithoutOpen");
            case AND, OR -> throw new QuerySyntaxException("withoutTermBefore", token.text());
        };
    }

    /**
     * NOT of a NOT is the term itself. Folding here keeps the tree as shallow as the query means: a run of 499
     * dashes once became a chain of 498 nested Lucene BooleanQueries, and rewriting that chain cost time and
     * garbage growing with the cube of its length (2.7 GB for one request).
     */
    private static QueryNode negate(QueryNode node) {
        return node instanceof QueryNode.Not not ? not.node() : new QueryNode.Not(node);
    }

    private static QueryNode field(String field, String value) throws QuerySyntaxException {
        if (value.isBlank()) {
            throw new QuerySyntaxException("fieldWithoutValue", field);
        }
        Boolean lower = DATE_FIELDS.get(field);
        if (lower != null) {
            return new QueryNode.DateBound(lower, date(field, value));
        }
        Facet facet = FACET_FIELDS.get(field);
        return switch (facet) {
            case WEEK -> new QueryNode.Filter(facet, week(value));
            case TYPE -> new QueryNode.Filter(facet, type(value).id());
            default -> new QueryNode.Filter(facet, value);
        };
    }

    private static LocalDate date(String field, String value) throws QuerySyntaxException {
        try {
            return value.contains(".") ? LocalDate.parse(value, GERMAN_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new QuerySyntaxException("notADate", field, value);
        }
    }

    private static String week(String value) throws QuerySyntaxException {
        try {
            return IsoWeek.parse(value.toUpperCase(Locale.ROOT)).toString();
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("notAWeek", value);
        }
    }

    private static ItemType type(String value) throws QuerySyntaxException {
        String key = value.toLowerCase(Locale.ROOT);
        ItemType named = TYPE_NAMES.get(key);
        if (named != null) {
            return named;
        }
        try {
            return ItemType.fromId(key);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("notAType", value);
        }
    }

    private boolean peek(Kind kind) {
        return next < tokens.size() && tokens.get(next).kind() == kind;
    }

    private static List<Token> lex(String query) throws QuerySyntaxException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), null));
                i++;
            } else if (c == '"') {
                int end = query.indexOf('"', i + 1);
                if (end < 0) {
                    throw new QuerySyntaxException("quoteNotClosed");
                }
                String phrase = query.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    out.add(new Token(Kind.PHRASE, phrase, null));
                }
                i = end + 1;
            } else if ((c == '-' || c == '!') && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
                out.add(new Token(Kind.MINUS, String.valueOf(c), null));
                i++;
            } else if (c == '+') {
                i++;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(query.charAt(end)) && "()\"".indexOf(query.charAt(end)) < 0) {
                    end++;
                }
                String word = query.substring(i, end);
                i = end;
                int colon = word.indexOf(':');
                String field = colon > 0 ? word.substring(0, colon).toLowerCase(Locale.ROOT) : null;
                if (field != null && isField(field)) {
                    String value = word.substring(colon + 1);
                    if (value.isEmpty() && i < n && query.charAt(i) == '"') {
                        int close = query.indexOf('"', i + 1);
                        if (close < 0) {
                            throw new QuerySyntaxException("quoteNotClosed");
                        }
                        value = query.substring(i + 1, close).strip();
                        i = close + 1;
                    }
                    out.add(new Token(Kind.FIELD, value, field));
                } else {
                    out.add(operator(word));
                }
            }
        }
        return out;
    }

    private static Token operator(String word) {
        return switch (word) {
            case "AND", "UND", "&&" -> new Token(Kind.AND, word, null);
            case "OR", "ODER", "||" -> new Token(Kind.OR, word, null);
            case "NOT", "NICHT" -> new Token(Kind.NOT, word, null);
            default -> new Token(Kind.WORD, word, null);
        };
    }

    private static boolean isOperator(String word) {
        return operator(word).kind() != Kind.WORD;
    }

    private static boolean isField(String field) {
        String key = field.toLowerCase(Locale.ROOT);
        return FACET_FIELDS.containsKey(key) || DATE_FIELDS.containsKey(key);
    }
}
