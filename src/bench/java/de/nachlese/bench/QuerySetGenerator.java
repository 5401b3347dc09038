package de.nachlese.bench;

import de.nachlese.index.IndexSchema;
import de.nachlese.model.Facet;
import de.nachlese.model.StoredItem;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Derives the benchmark's query set from an index, deterministically from a seed: single words of high, medium and
 * low document frequency, two- and three-word queries and phrases taken from real item texts, entity filters,
 * facet selections, date ranges and the match-all browse with facets. 220 queries in all.
 */
public final class QuerySetGenerator {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final CharArraySet STOP = GermanAnalyzer.getDefaultStopSet();
    private static final int PER_TERM_BUCKET = 25;

    private final DirectoryReader reader;
    private final IndexSchema schema;
    private final SplittableRandom random;
    private final List<BenchQuery> queries = new ArrayList<>();
    private final StoredFields stored;
    private final Bits live;

    private QuerySetGenerator(DirectoryReader reader, IndexSchema schema, long seed) throws IOException {
        this.reader = reader;
        this.schema = schema;
        this.random = new SplittableRandom(seed);
        this.stored = reader.storedFields();
        this.live = MultiBits.getLiveDocs(reader);
    }

    public static List<BenchQuery> generate(DirectoryReader reader, IndexSchema schema, long seed) throws IOException {
        QuerySetGenerator generator = new QuerySetGenerator(reader, schema, seed);
        generator.all();
        return List.copyOf(generator.queries);
    }

    private void all() throws IOException {
        singleTerms();
        for (int i = 0; i < 25; i++) {
            add("words-2", String.join(" ", nearbyWords(2)), Map.of(), null, null);
        }
        for (int i = 0; i < 25; i++) {
            add("words-3", String.join(" ", nearbyWords(3)), Map.of(), null, null);
        }
        for (int i = 0; i < 20; i++) {
            add("phrase", "\"" + String.join(" ", adjacentWords()) + "\"", Map.of(), null, null);
        }
        entities();
        facetSelections();
        dateRanges();
        browse();
    }

    private void singleTerms() throws IOException {
        Terms terms = MultiTerms.getTerms(reader, schema.spellField());
        int docs = reader.numDocs();
        List<String> high = new ArrayList<>();
        List<String> medium = new ArrayList<>();
        List<String> low = new ArrayList<>();
        int lowMax = Math.max(3, docs / 50_000);
        TermsEnum terms1 = terms.iterator();
        for (BytesRef term = terms1.next(); term != null; term = terms1.next()) {
            String word = term.utf8ToString();
            if (!WORD.matcher(word).matches() || STOP.contains(word)) {
                continue;
            }
            int df = terms1.docFreq();
            if (df >= docs / 50) {
                high.add(word);
            } else if (df > Math.max(lowMax, docs / 2000) && df <= Math.max(lowMax + 10, docs / 200)) {
                medium.add(word);
            } else if (df >= 2 && df <= lowMax) {
                low.add(word);
            }
        }
        for (String word : sample(high, PER_TERM_BUCKET)) {
            add("term-high", word, Map.of(), null, null);
        }
        for (String word : sample(medium, PER_TERM_BUCKET)) {
            add("term-medium", word, Map.of(), null, null);
        }
        for (String word : sample(low, PER_TERM_BUCKET)) {
            add("term-low", word, Map.of(), null, null);
        }
    }

    private void entities() throws IOException {
        for (int i = 0; i < 7; i++) {
            add("entity", "", Map.of(Facet.COMPANY, List.of(randomValue(Facet.COMPANY))), null, null);
        }
        for (int i = 0; i < 6; i++) {
            StoredItem item = itemWith(Facet.PERSON);
            add(
                    "entity",
                    contentWords(item).get(0),
                    Map.of(Facet.PERSON, List.of(first(item, Facet.PERSON))),
                    null,
                    null);
        }
        for (int i = 0; i < 7; i++) {
            StoredItem item = itemWith(Facet.COMPANY);
            String company = first(item, Facet.COMPANY);
            String word = contentWords(item).stream()
                    .filter(w -> !company.contains(w))
                    .findFirst()
                    .orElse("");
            add("entity", ("firma:\"" + company + "\" " + word).strip(), Map.of(), null, null);
        }
    }

    private void facetSelections() throws IOException {
        for (int i = 0; i < 5; i++) {
            StoredItem item = itemWith(Facet.TOPIC);
            add(
                    "facets",
                    contentWords(item).get(0),
                    Map.of(Facet.TOPIC, List.of(first(item, Facet.TOPIC))),
                    null,
                    null);
        }
        for (int i = 0; i < 5; i++) {
            StoredItem item = randomItem();
            add(
                    "facets",
                    contentWords(item).get(0),
                    Map.of(Facet.TYPE, List.of(item.item().type().id())),
                    null,
                    null);
        }
        for (int i = 0; i < 5; i++) {
            StoredItem item = itemWith(Facet.SOURCE);
            add(
                    "facets",
                    contentWords(item).get(0),
                    Map.of(Facet.SOURCE, List.of(first(item, Facet.SOURCE), randomValue(Facet.SOURCE))),
                    null,
                    null);
        }
        for (int i = 0; i < 5; i++) {
            StoredItem item = itemWith(Facet.TOPIC);
            add(
                    "facets",
                    contentWords(item).get(0),
                    Map.of(
                            Facet.TOPIC,
                            List.of(first(item, Facet.TOPIC)),
                            Facet.TYPE,
                            List.of(item.item().type().id())),
                    null,
                    null);
        }
    }

    private void dateRanges() throws IOException {
        for (int i = 0; i < 15; i++) {
            StoredItem item = randomItem();
            LocalDate from = item.date().minusWeeks(random.nextInt(4));
            LocalDate until = from.plusWeeks(1 + random.nextInt(26));
            add("dates", contentWords(item).get(0), Map.of(), from, until);
        }
    }

    private void browse() throws IOException {
        for (int i = 0; i < 5; i++) {
            add("browse", "", Map.of(), null, null);
        }
        for (int i = 0; i < 5; i++) {
            add("browse", "", Map.of(Facet.TOPIC, List.of(randomValue(Facet.TOPIC))), null, null);
        }
        for (int i = 0; i < 5; i++) {
            add("browse", "", Map.of(Facet.COMPANY, List.of(randomValue(Facet.COMPANY))), null, null);
        }
        for (int i = 0; i < 5; i++) {
            LocalDate from = randomItem().date();
            add("browse", "", Map.of(), from, from.plusWeeks(4 + random.nextInt(40)));
        }
    }

    private void add(String kind, String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate until) {
        queries.add(new BenchQuery(String.format("q%03d", queries.size() + 1), kind, query, filters, from, until));
    }

    private List<String> sample(List<String> words, int n) {
        List<String> copy = new ArrayList<>(words);
        Collections.sort(copy);
        List<String> out = new ArrayList<>();
        while (out.size() < n && !copy.isEmpty()) {
            out.add(copy.remove(random.nextInt(copy.size())));
        }
        return out;
    }

    private StoredItem randomItem() throws IOException {
        while (true) {
            int doc = random.nextInt(reader.maxDoc());
            if (live != null && !live.get(doc)) {
                continue;
            }
            StoredItem item = schema.fromDocument(stored.document(doc));
            if (contentWords(item).size() >= 6) {
                return item;
            }
        }
    }

    private StoredItem itemWith(Facet facet) throws IOException {
        for (int tries = 0; ; tries++) {
            StoredItem item = randomItem();
            if (!values(item, facet).isEmpty() || tries > 1000) {
                return item;
            }
        }
    }

    private String randomValue(Facet facet) throws IOException {
        List<String> values = values(itemWith(facet), facet);
        return values.get(random.nextInt(values.size()));
    }

    private static String first(StoredItem item, Facet facet) {
        return values(item, facet).get(0);
    }

    private static List<String> values(StoredItem item, Facet facet) {
        return switch (facet) {
            case COMPANY -> item.item().tags().companies();
            case PERSON -> item.item().tags().people();
            case TOPIC -> item.item().tags().topics();
            case SOURCE ->
                item.item().sources().stream().map(s -> s.outlet()).distinct().toList();
            case TYPE -> List.of(item.item().type().id());
            case WEEK -> List.of(item.week().toString());
        };
    }

    /** Words of four letters or more that are no stop words, in text order, from headline and body. */
    private static List<String> contentWords(StoredItem item) {
        List<String> words = new ArrayList<>();
        for (String token : (item.item().headline() + " " + item.item().body()).split("[^\\p{L}]+")) {
            if (WORD.matcher(token).matches() && !STOP.contains(token.toLowerCase(java.util.Locale.GERMAN))) {
                words.add(token);
            }
        }
        return words;
    }

    /** Words that occur near each other in one item, as a reader remembers them. */
    private List<String> nearbyWords(int n) throws IOException {
        List<String> words = contentWords(randomItem());
        int start = random.nextInt(words.size() - 5);
        List<String> window = new ArrayList<>(words.subList(start, start + 6));
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String word = window.remove(random.nextInt(window.size()));
            if (!out.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /** Two words that stand next to each other in a body, with nothing but a space between. */
    private List<String> adjacentWords() throws IOException {
        while (true) {
            String[] tokens = randomItem().item().body().split(" ");
            for (int tries = 0; tries < 20; tries++) {
                int i = random.nextInt(tokens.length - 1);
                if (WORD.matcher(tokens[i]).matches()
                        && WORD.matcher(tokens[i + 1]).matches()
                        && !STOP.contains(tokens[i].toLowerCase(java.util.Locale.GERMAN))
                        && !STOP.contains(tokens[i + 1].toLowerCase(java.util.Locale.GERMAN))) {
                    return List.of(tokens[i], tokens[i + 1]);
                }
            }
        }
    }
}
