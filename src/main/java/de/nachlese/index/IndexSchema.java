package de.nachlese.index;

import static de.nachlese.index.FieldDef.DocValues.NO_DOC_VALUES;
import static de.nachlese.index.FieldDef.DocValues.NUMERIC;
import static de.nachlese.index.FieldDef.DocValues.SORTED;
import static de.nachlese.index.FieldDef.Index.KEYWORD;
import static de.nachlese.index.FieldDef.Index.NOT_INDEXED;
import static de.nachlese.index.FieldDef.Index.POINT;
import static de.nachlese.index.FieldDef.Index.TEXT;
import static de.nachlese.index.FieldDef.Index.WORDS;
import static de.nachlese.index.FieldDef.Stored.ITEM;
import static de.nachlese.index.FieldDef.Stored.NOT_STORED;
import static de.nachlese.index.FieldDef.Stored.TRACKING;
import static de.nachlese.index.FieldDef.Value.INT;
import static de.nachlese.index.FieldDef.Value.LONG;
import static de.nachlese.index.FieldDef.Value.STRING;
import static java.util.stream.Collectors.toSet;
import static java.util.stream.Collectors.toUnmodifiableMap;

import de.nachlese.analysis.GermanText;
import de.nachlese.analysis.LowerCaseWords;
import de.nachlese.model.EarningsEntry;
import de.nachlese.model.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.StoredItem;
import de.nachlese.model.Tags;
import de.nachlese.tagging.Gazetteer;
import de.nachlese.tagging.GazetteerEntry;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The one place that knows how an item is laid out in Lucene: field names, analyzers, the facet configuration, and
 * the mapping between {@link Item} and {@link Document} in both directions. Nothing else names a field.
 *
 * <p>Every field is defined once, as a {@link FieldDef} in the list below: what it holds, how it is indexed, whether
 * it is stored and for whom, its doc values. The Lucene fields a document gets, the stored fields each view decodes,
 * and the term, range and sort of a field all follow from that definition. Adding a stored field is one definition,
 * one line in {@link #toDocument(Issue, Item)} and, if readers see it, one in {@link #item}.
 *
 * <p>Longer than 300 lines on purpose: it is the only class that names fields, so every query, sort and stored-field
 * view built from a field name lives here (the search side asks for them by meaning, never by name).
 */
public final class IndexSchema {

    /** Bump when the document layout or the analysis changes, so existing indexes are rebuilt. */
    public static final int VERSION = 4;

    // BM25 of the headline and of every other field; see similarity()
    static final float HEADLINE_K1 = 1.2f;
    static final float HEADLINE_B = 0f;
    static final float BODY_K1 = 2.0f;
    static final float BODY_B = 0.3f;
    static final float BODY_LENGTH_CAP = 4f;

    // The one list of fields: what each holds, how it is indexed, whether and for whom it is stored, its doc values.
    private static final FieldDef ID = field("id", STRING, KEYWORD, ITEM, NO_DOC_VALUES);
    private static final FieldDef ISSUE_ID = field("issue_id", STRING, KEYWORD, ITEM, SORTED);
    private static final FieldDef ISSUE_TITLE = field("issue_title", STRING, NOT_INDEXED, ITEM, NO_DOC_VALUES);
    private static final FieldDef PUBLICATION = field("publication", STRING, NOT_INDEXED, ITEM, NO_DOC_VALUES);
    private static final FieldDef ORIGIN = field("origin", STRING, NOT_INDEXED, TRACKING, NO_DOC_VALUES);
    private static final FieldDef POSITION = field("position", INT, NOT_INDEXED, ITEM, NUMERIC);
    private static final FieldDef TYPE = field("type", STRING, NOT_INDEXED, ITEM, NO_DOC_VALUES);
    private static final FieldDef EMOJI = field("emoji", STRING, NOT_INDEXED, ITEM, NO_DOC_VALUES);
    private static final FieldDef HEADLINE = field("headline", STRING, TEXT, ITEM, NO_DOC_VALUES);
    private static final FieldDef BODY = field("body", STRING, TEXT, ITEM, NO_DOC_VALUES);
    /** Lower-case words of headline and body, neither stemmed nor split: the dictionary of "Meinten Sie". */
    private static final FieldDef SPELL = field("spell", STRING, WORDS, NOT_STORED, NO_DOC_VALUES);

    private static final FieldDef WEEK = field("week", STRING, NOT_INDEXED, ITEM, NO_DOC_VALUES);
    private static final FieldDef DATE = field("date_epoch_day", LONG, POINT, ITEM, NUMERIC);
    private static final FieldDef COMPANY = values("company", ITEM);
    private static final FieldDef PERSON = values("person", ITEM);
    private static final FieldDef TOPIC = values("topic", ITEM);
    private static final FieldDef PRODUCT = values("product", ITEM);
    private static final FieldDef EARNINGS = values("earnings", ITEM);
    private static final FieldDef SOURCE_LINK = values("source_link", ITEM);
    /** The file an item was read from (a path, or a classpath location), for incremental indexing. */
    private static final FieldDef SOURCE_FILE = field("source_file", STRING, KEYWORD, TRACKING, NO_DOC_VALUES);
    /** SHA-256 of that file's content: what decides whether the file changed. */
    private static final FieldDef SOURCE_HASH = field("source_hash", STRING, NOT_INDEXED, TRACKING, NO_DOC_VALUES);
    /** Size and modification time of that file: when unchanged, the file is not even read. */
    private static final FieldDef SOURCE_VERSION =
            field("source_version", STRING, NOT_INDEXED, TRACKING, NO_DOC_VALUES);
    /** Ids the item had before a headline edit changed its id; their permalinks redirect here. */
    private static final FieldDef FORMER_ID = new FieldDef("former_id", STRING, KEYWORD, TRACKING, NO_DOC_VALUES, true);
    /** Exact, case-insensitive keys of the facet values, for query filters and tag matches. */
    private static final Map<Facet, FieldDef> KEY_FIELDS = Map.of(
            Facet.COMPANY,
            keyField("company_key"),
            Facet.PERSON,
            keyField("person_key"),
            Facet.TOPIC,
            keyField("topic_key"),
            Facet.TYPE,
            keyField("type_key"),
            Facet.SOURCE,
            keyField("source_key"),
            Facet.WEEK,
            keyField("week_key"));

    private static final List<FieldDef> FIELDS = List.of(
            ID,
            ISSUE_ID,
            ISSUE_TITLE,
            PUBLICATION,
            ORIGIN,
            POSITION,
            TYPE,
            EMOJI,
            HEADLINE,
            BODY,
            SPELL,
            WEEK,
            DATE,
            COMPANY,
            PERSON,
            TOPIC,
            PRODUCT,
            EARNINGS,
            SOURCE_LINK,
            SOURCE_FILE,
            SOURCE_HASH,
            SOURCE_VERSION,
            FORMER_ID);

    /** What {@link #storedItem} decodes: the fields stored for readers, not those that track where items came from. */
    private static final Map<String, FieldDef> ITEM_FIELDS =
            byName(FIELDS.stream().filter(f -> f.stored() == ITEM));

    private static final Map<String, FieldDef> TRACKING_FIELDS =
            byName(Stream.of(ISSUE_ID, ISSUE_TITLE, ORIGIN, SOURCE_FILE, SOURCE_HASH, SOURCE_VERSION));
    private static final Map<String, FieldDef> HEADLINE_FIELDS = byName(Stream.of(ID, HEADLINE));
    private static final Map<String, FieldDef> RETIRE_FIELDS = byName(Stream.of(ID, ISSUE_ID, POSITION, FORMER_ID));
    private static final Map<String, FieldDef> STATS_FIELDS =
            byName(Stream.of(ISSUE_ID, PUBLICATION, WEEK, COMPANY, PERSON, TOPIC, SOURCE_FILE));

    private final CharArraySet unsplittable;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzerKeeping = new GermanText(false, CharArraySet.EMPTY_SET, CharArraySet.EMPTY_SET);
    private final Analyzer queryAnalyzerDropping =
            new GermanText(false, CharArraySet.EMPTY_SET, GermanText.QUERY_STOP_WORDS);
    private final Analyzer comparingAnalyzer =
            new GermanText(false, CharArraySet.EMPTY_SET, GermanAnalyzer.getDefaultStopSet());
    private final FacetsConfig facetsConfig = newFacetsConfig();
    private final Similarity similarity = new TextSimilarity(
            HEADLINE.name(),
            new BM25Similarity(HEADLINE_K1, HEADLINE_B),
            new LengthCappedSimilarity(new BM25Similarity(BODY_K1, BODY_B), BODY_LENGTH_CAP));

    /** A schema whose decompounder leaves the names of the bundled gazetteer whole ("Zuckerberg" is no "Zucker"). */
    public IndexSchema() {
        this(Gazetteer.bundled());
    }

    public IndexSchema(Gazetteer names) {
        unsplittable = new CharArraySet(1024, true);
        for (GazetteerEntry entry : names.entries()) {
            entry.allNames()
                    .forEach(form -> unsplittable.addAll(
                            List.of(form.toLowerCase(Locale.ROOT).split("[\\s-]+"))));
        }
        Set<String> words = FIELDS.stream()
                .filter(f -> f.index() == WORDS)
                .map(FieldDef::name)
                .collect(toSet());
        indexAnalyzer = new IndexAnalyzer(
                new GermanText(true, unsplittable, CharArraySet.EMPTY_SET), new LowerCaseWords(), words);
    }

    /** The index-time analysis: German text with compounds split; the spelling field only lower-cased. */
    public Analyzer analyzer() {
        return indexAnalyzer;
    }

    /**
     * The query-time analysis of the text fields: the same folding and stemming, but compounds stay whole, so
     * "Sicherheitslücke" does not match a lone "Lücke". German stop words are dropped (a phrase keeps their gap).
     */
    public Analyzer queryAnalyzer() {
        return queryAnalyzerDropping;
    }

    /**
     * The analysis that compares texts (related items, story threads, draft links): as a query's, but with Lucene's
     * German stop list as it is. Those rules and thresholds were measured with it; a query's extra stop words ("dass",
     * the question words) are for what a reader types.
     */
    public Analyzer comparingAnalyzer() {
        return comparingAnalyzer;
    }

    /** Query analysis that keeps stop words, for single words a reader typed on purpose. */
    public Analyzer queryAnalyzerKeepingStopWords() {
        return queryAnalyzerKeeping;
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /**
     * BM25 per text field, chosen on the tune half of the reader queries (see docs/search-syntax.md). Items are short
     * (a headline, a paragraph or three), so BM25's usual length normalisation (b = 0.75) mostly rewards a short item
     * for mentioning a word once. A headline match counts the same in any headline (b = 0); in the body a longer item
     * that names the word again and again is about it, so length counts little (b = 0.3) and repetition more
     * (k1 = 2.0). A body longer than four times the average counts as four times (a long lead is about its story
     * however long it runs: {@link LengthCappedSimilarity}). All three are query-time parameters: BM25 writes the same
     * norms whatever they are, so no re-index.
     */
    public Similarity similarity() {
        return similarity;
    }

    /** Searchable text fields and their boosts: a word in the headline counts twice. */
    public Map<String, Float> textFieldBoosts() {
        return Map.of(HEADLINE.name(), 2.0f, BODY.name(), 1.0f);
    }

    public String headlineField() {
        return HEADLINE.name();
    }

    /** The stored fields {@link #id} and {@link #headline} read: far less to decode than a whole item. */
    public Set<String> headlineFields() {
        return HEADLINE_FIELDS.keySet();
    }

    /** The headline of a document loaded with at least {@link #headlineFields}. */
    public String headline(Document doc) {
        return doc.get(HEADLINE.name());
    }

    public String bodyField() {
        return BODY.name();
    }

    public String spellField() {
        return SPELL.name();
    }

    /** Items with the given facet value, matched case-insensitively, e.g. company "meta" or week "2025-W05". */
    public Query tagQuery(Facet facet, String value) {
        return new TermQuery(tagTerm(facet, value));
    }

    public Term tagTerm(Facet facet, String value) {
        return KEY_FIELDS.get(facet).term(key(value));
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    public String dimension(Facet facet) {
        return facet.id();
    }

    public Term idTerm(String itemId) {
        return ID.term(itemId);
    }

    public Query issueQuery(String issueId) {
        return ISSUE_ID.termQuery(issueId);
    }

    /** Items published on or between the two dates, both inclusive. */
    public Query dateRange(LocalDate from, LocalDate until) {
        return DATE.rangeQuery(
                from == null ? Long.MIN_VALUE : from.toEpochDay(), until == null ? Long.MAX_VALUE : until.toEpochDay());
    }

    /**
     * Newest issue first, reading order within an issue. Issues of the same day are ordered by id, never by where
     * their documents happen to lie: several threads write an index, so the document order differs between runs.
     */
    public Sort newestFirst() {
        return new Sort(DATE.sortField(true), POSITION.sortField(false), ISSUE_ID.sortField(false));
    }

    /**
     * Best score first; equal scores newest issue first, then by issue id and reading order. Without this, equal
     * scores would come back in document order, which differs between two builds of the same index (several
     * threads write it, and an update moves an item to the end).
     */
    public Sort relevanceFirst() {
        return new Sort(
                SortField.FIELD_SCORE, DATE.sortField(true), ISSUE_ID.sortField(false), POSITION.sortField(false));
    }

    /** Oldest issue first, reading order within an issue, issues of the same day by id. */
    public Sort oldestFirst() {
        return new Sort(DATE.sortField(false), POSITION.sortField(false), ISSUE_ID.sortField(false));
    }

    /** The first item of every issue: one document per issue, for listing issues without a separate index. */
    public Query firstItems() {
        return POSITION.docValuesExactQuery(1);
    }

    /** Reading order within an issue. */
    public Sort byPosition() {
        return new Sort(POSITION.sortField(false));
    }

    /** Items of the given source file. */
    Term sourceFileTerm(String sourceFile) {
        return SOURCE_FILE.term(sourceFile);
    }

    /** The indexed field whose terms are the source files of the items. */
    String sourceFileField() {
        return SOURCE_FILE.name();
    }

    /** The indexed field whose terms are the issue ids of the items. */
    String issueIdField() {
        return ISSUE_ID.name();
    }

    /** Items that once had the given id. */
    public Query formerIdQuery(String itemId) {
        return FORMER_ID.termQuery(itemId);
    }

    /** The fields {@link #retired} reads. */
    Set<String> retireFields() {
        return RETIRE_FIELDS.keySet();
    }

    /** An item about to be replaced: its place in its issue and every id it has had, newest first. */
    RetiredItem retired(Document doc) {
        StoredValues values = StoredValues.of(doc, RETIRE_FIELDS);
        List<String> ids = new ArrayList<>();
        ids.add(values.text(ID));
        ids.addAll(values.texts(FORMER_ID));
        return new RetiredItem(values.text(ISSUE_ID), values.number(POSITION).intValue(), ids);
    }

    void addFormerIds(Document doc, List<String> formerIds) {
        formerIds.forEach(id -> FORMER_ID.add(doc, id));
    }

    /** The id of the document: for looking up where a former id lives now. */
    public String id(Document doc) {
        return doc.get(ID.name());
    }

    /** The stored fields {@link IndexStats} counts over. */
    Set<String> statsFields() {
        return STATS_FIELDS.keySet();
    }

    /** Adds one item's values to the running counts. */
    void count(Document doc, IndexStats.Counter counter) {
        StoredValues values = StoredValues.of(doc, STATS_FIELDS);
        counter.add(
                values.text(ISSUE_ID),
                values.text(PUBLICATION),
                values.text(WEEK),
                values.texts(COMPANY),
                values.texts(PERSON),
                values.texts(TOPIC),
                values.text(SOURCE_FILE));
    }

    /** The fields {@link #tracked} reads; loading only these keeps the scan of a large index cheap. */
    Set<String> trackingFields() {
        return TRACKING_FIELDS.keySet();
    }

    /** Where the item of a document (loaded with {@link #trackingFields}) came from; null parts for old documents. */
    TrackedItem tracked(Document doc) {
        StoredValues values = StoredValues.of(doc, TRACKING_FIELDS);
        return new TrackedItem(
                values.text(ISSUE_ID),
                values.text(ISSUE_TITLE),
                values.text(ORIGIN),
                new SourceFile(values.text(SOURCE_FILE), values.text(SOURCE_HASH), values.text(SOURCE_VERSION)));
    }

    /** An item's document together with the file it came from. */
    Document toDocument(Issue issue, Item item, SourceFile source) {
        Document doc = toDocument(issue, item);
        SOURCE_FILE.add(doc, source.path());
        SOURCE_HASH.add(doc, source.contentHash());
        SOURCE_VERSION.add(doc, source.version());
        return doc;
    }

    Document toDocument(Issue issue, Item item) {
        Document doc = new Document();
        ID.add(doc, item.id());
        ISSUE_ID.add(doc, issue.id());
        ISSUE_TITLE.add(doc, issue.title());
        PUBLICATION.add(doc, issue.publication());
        ORIGIN.add(doc, issue.origin());
        POSITION.add(doc, item.position());
        TYPE.add(doc, item.type().id());
        EMOJI.add(doc, item.emoji());
        HEADLINE.add(doc, item.headline());
        BODY.add(doc, item.body());
        SPELL.add(doc, item.headline() + "\n" + item.body());
        WEEK.add(doc, issue.week().toString());
        DATE.add(doc, issue.date().toEpochDay());

        addFacet(doc, Facet.TYPE, item.type().id());
        addFacet(doc, Facet.WEEK, issue.week().toString());
        Tags tags = item.tags();
        addTags(doc, COMPANY, Facet.COMPANY, tags.companies());
        addTags(doc, PERSON, Facet.PERSON, tags.people());
        addTags(doc, TOPIC, Facet.TOPIC, tags.topics());
        // Products and earnings entries are stored for display only; they are not facets (yet).
        tags.products().forEach(product -> PRODUCT.add(doc, product));
        tags.earnings().forEach(entry -> EARNINGS.add(doc, entry.encode()));
        List<String> outlets = new ArrayList<>();
        for (Source source : item.sources()) {
            SOURCE_LINK.add(doc, source.outlet() + "\t" + (source.url() == null ? "" : source.url()));
            if (!outlets.contains(source.outlet())) {
                outlets.add(source.outlet());
                addFacet(doc, Facet.SOURCE, source.outlet());
            }
        }
        return doc;
    }

    private void addTags(Document doc, FieldDef field, Facet facet, List<String> values) {
        for (String value : values) {
            field.add(doc, value);
            addFacet(doc, facet, value);
        }
    }

    private void addFacet(Document doc, Facet facet, String value) {
        doc.add(new SortedSetDocValuesFacetField(dimension(facet), value));
        KEY_FIELDS.get(facet).add(doc, key(value));
    }

    /** Rebuilds the item from the stored fields of a document written by {@link #toDocument}. */
    public StoredItem fromDocument(Document doc) {
        return item(StoredValues.of(doc, ITEM_FIELDS));
    }

    /**
     * The item of one document, read straight from the stored fields: as {@link #fromDocument} on the loaded
     * document, without building that document, and without decoding the fields no reader view shows (the file
     * an item came from, its hash, its former ids).
     */
    public StoredItem storedItem(StoredFields stored, int doc) throws IOException {
        StoredValues values = new StoredValues(ITEM_FIELDS);
        stored.document(doc, values);
        return item(values);
    }

    /** The reverse of {@link #toDocument}, over the fields stored for readers. */
    private static StoredItem item(StoredValues values) {
        List<Source> sources = new ArrayList<>();
        for (String link : values.texts(SOURCE_LINK)) {
            int tab = link.indexOf('\t');
            sources.add(new Source(link.substring(0, tab), link.substring(tab + 1)));
        }
        Tags tags = new Tags(
                values.texts(COMPANY),
                values.texts(PERSON),
                values.texts(TOPIC),
                values.texts(PRODUCT),
                values.texts(EARNINGS).stream().map(EarningsEntry::decode).toList());
        Item item = new Item(
                values.text(ID),
                values.number(POSITION).intValue(),
                ItemType.fromId(values.text(TYPE)),
                values.text(EMOJI),
                values.text(HEADLINE),
                values.text(BODY),
                sources,
                tags);
        return new StoredItem(
                item,
                values.text(ISSUE_ID),
                values.text(ISSUE_TITLE),
                values.text(PUBLICATION),
                IsoWeek.parse(values.text(WEEK)),
                LocalDate.ofEpochDay(values.number(DATE).longValue()));
    }

    private static FieldDef field(
            String name,
            FieldDef.Value value,
            FieldDef.Index index,
            FieldDef.Stored stored,
            FieldDef.DocValues docValues) {
        return new FieldDef(name, value, index, stored, docValues, false);
    }

    /** A stored, multi-valued text field: one value per tag or source link. */
    private static FieldDef values(String name, FieldDef.Stored stored) {
        return new FieldDef(name, STRING, NOT_INDEXED, stored, NO_DOC_VALUES, true);
    }

    /** The lower-cased facet values of one facet, indexed and not stored. */
    private static FieldDef keyField(String name) {
        return new FieldDef(name, STRING, KEYWORD, NOT_STORED, NO_DOC_VALUES, true);
    }

    private static Map<String, FieldDef> byName(Stream<FieldDef> fields) {
        return fields.collect(toUnmodifiableMap(FieldDef::name, f -> f));
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.id(), facet.multiValued());
        }
        return config;
    }

    /** One BM25 for the headline, another for the body (and the fields that are never scored by their terms). */
    private static final class TextSimilarity extends PerFieldSimilarityWrapper {
        private final String headline;
        private final Similarity headlineSimilarity;
        private final Similarity otherSimilarity;

        TextSimilarity(String headline, Similarity headlineSimilarity, Similarity otherSimilarity) {
            this.headline = headline;
            this.headlineSimilarity = headlineSimilarity;
            this.otherSimilarity = otherSimilarity;
        }

        @Override
        public Similarity get(String field) {
            return field.equals(headline) ? headlineSimilarity : otherSimilarity;
        }
    }

    /** German text for the text fields, plain lower-case words for the spelling field. */
    private static final class IndexAnalyzer extends DelegatingAnalyzerWrapper {
        private final Analyzer text;
        private final Analyzer words;
        private final Set<String> wordFields;

        IndexAnalyzer(Analyzer text, Analyzer words, Set<String> wordFields) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.text = text;
            this.words = words;
            this.wordFields = wordFields;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return wordFields.contains(fieldName) ? words : text;
        }
    }
}
