package de.nachlese.index;

import de.nachlese.model.StoredItem;
import de.nachlese.model.Facet;
import de.nachlese.analysis.GermanText;
import de.nachlese.analysis.LowerCaseWords;
import de.nachlese.model.EarningsEntry;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import de.nachlese.tagging.Gazetteer;
import de.nachlese.tagging.GazetteerEntry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows how an item is laid out in Lucene: field names, analyzers, the facet configuration, and
 * the mapping between {@link Item} and {@link Document} in both directions. Nothing else names a field.
 */
public final class IndexSchema {

    /** Bump when the document layout or the analysis changes, so existing indexes are rebuilt. */
    public static final int VERSION = 4;

    static final String ID = "id";
    static final String ISSUE_ID = "issue_id";
    static final String ISSUE_TITLE = "issue_title";
    static final String PUBLICATION = "publication";
    static final String ORIGIN = "origin";
    static final String POSITION = "position";
    static final String TYPE = "type";
    static final String EMOJI = "emoji";
    static final String HEADLINE = "headline";
    static final String BODY = "body";
    static final String WEEK = "week";
    static final String DATE = "date_epoch_day";
    static final String COMPANY = "company";
    static final String PERSON = "person";
    static final String TOPIC = "topic";
    static final String SOURCE = "source";
    static final String SOURCE_LINK = "source_link";
    /** Lower-case words of headline and body, neither stemmed nor split: the dictionary of "Meinten Sie". */
    static final String SPELL = "spell";
    /** Exact, case-insensitive keys of the facet values, for query filters and tag matches. */
    private static final Map<Facet, String> KEY_FIELDS = Map.of(Facet.COMPANY, "company_key", Facet.PERSON, "person_key",
            Facet.TOPIC, "topic_key", Facet.TYPE, "type_key", Facet.SOURCE, "source_key", Facet.WEEK, "week_key");
    /** The file an item was read from (a path, or a classpath location), for incremental indexing. */
    static final String SOURCE_FILE = "source_file";
    /** SHA-256 of that file's content: what decides whether the file changed. */
    static final String SOURCE_HASH = "source_hash";
    /** Size and modification time of that file: when unchanged, the file is not even read. */
    static final String SOURCE_VERSION = "source_version";
    private static final Set<String> TRACKING_FIELDS = Set.of(ISSUE_ID, ISSUE_TITLE, ORIGIN, SOURCE_FILE, SOURCE_HASH,
            SOURCE_VERSION);
    /** Ids the item had before a headline edit changed its id; their permalinks redirect here. */
    static final String FORMER_ID = "former_id";
    private static final Set<String> HEADLINE_FIELDS = Set.of(ID, HEADLINE);
    private static final Set<String> RETIRE_FIELDS = Set.of(ID, ISSUE_ID, POSITION, FORMER_ID);
    static final String PRODUCT = "product";
    static final String EARNINGS = "earnings";

    /** Text fields store offsets so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final FieldType SPELL_WORDS = spellWords();

    private final CharArraySet unsplittable;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzerKeeping = new GermanText(false, CharArraySet.EMPTY_SET, false);
    private final Analyzer queryAnalyzerDropping = new GermanText(false, CharArraySet.EMPTY_SET, true);
    private final FacetsConfig facetsConfig = newFacetsConfig();

    /** A schema whose decompounder leaves the names of the bundled gazetteer whole ("Zuckerberg" is no "Zucker"). */
    public IndexSchema() {
        this(Gazetteer.bundled());
    }

    public IndexSchema(Gazetteer names) {
        unsplittable = new CharArraySet(1024, true);
        for (GazetteerEntry entry : names.entries()) {
            entry.allNames().forEach(form -> unsplittable.addAll(List.of(form.toLowerCase(Locale.ROOT).split("[\\s-]+"))));
        }
        indexAnalyzer = new IndexAnalyzer(new GermanText(true, unsplittable, false), new LowerCaseWords());
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

    /** Query analysis that keeps stop words, for single words a reader typed on purpose. */
    public Analyzer queryAnalyzerKeepingStopWords() {
        return queryAnalyzerKeeping;
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** Searchable text fields and their boosts: a word in the headline counts twice. */
    public Map<String, Float> textFieldBoosts() {
        return Map.of(HEADLINE, 2.0f, BODY, 1.0f);
    }

    public String headlineField() {
        return HEADLINE;
    }

    /** The stored fields {@link #id} and {@link #headline} read: far less to decode than a whole item. */
    public Set<String> headlineFields() {
        return HEADLINE_FIELDS;
    }

    /** The headline of a document loaded with at least {@link #headlineFields}. */
    public String headline(Document doc) {
        return doc.get(HEADLINE);
    }

    public String bodyField() {
        return BODY;
    }

    public String spellField() {
        return SPELL;
    }

    /** Items with the given facet value, matched case-insensitively, e.g. company "meta" or week "2025-W05". */
    public Query tagQuery(Facet facet, String value) {
        return new TermQuery(tagTerm(facet, value));
    }

    public Term tagTerm(Facet facet, String value) {
        return new Term(KEY_FIELDS.get(facet), key(value));
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    public String dimension(Facet facet) {
        return facet.id();
    }

    public Term idTerm(String itemId) {
        return new Term(ID, itemId);
    }

    public Query issueQuery(String issueId) {
        return new TermQuery(new Term(ISSUE_ID, issueId));
    }

    /** Items published on or between the two dates, both inclusive. */
    public Query dateRange(LocalDate from, LocalDate until) {
        long lower = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long upper = until == null ? Long.MAX_VALUE : until.toEpochDay();
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(DATE, lower, upper),
                NumericDocValuesField.newSlowRangeQuery(DATE, lower, upper));
    }

    /**
     * Newest issue first, reading order within an issue. Issues of the same day are ordered by id, never by where
     * their documents happen to lie: several threads write an index, so the document order differs between runs.
     */
    public Sort newestFirst() {
        return new Sort(new SortField(DATE, SortField.Type.LONG, true), new SortField(POSITION, SortField.Type.INT),
                new SortField(ISSUE_ID, SortField.Type.STRING));
    }

    /** Oldest issue first, reading order within an issue, issues of the same day by id. */
    public Sort oldestFirst() {
        return new Sort(new SortField(DATE, SortField.Type.LONG), new SortField(POSITION, SortField.Type.INT),
                new SortField(ISSUE_ID, SortField.Type.STRING));
    }

    /** The first item of every issue: one document per issue, for listing issues without a separate index. */
    public Query firstItems() {
        return NumericDocValuesField.newSlowExactQuery(POSITION, 1);
    }

    /** Reading order within an issue. */
    public Sort byPosition() {
        return new Sort(new SortField(POSITION, SortField.Type.INT));
    }

    /** Items of the given source file. */
    Term sourceFileTerm(String sourceFile) {
        return new Term(SOURCE_FILE, sourceFile);
    }

    /** The indexed field whose terms are the source files of the items. */
    String sourceFileField() {
        return SOURCE_FILE;
    }

    /** The indexed field whose terms are the issue ids of the items. */
    String issueIdField() {
        return ISSUE_ID;
    }

    /** Items that once had the given id. */
    public Query formerIdQuery(String itemId) {
        return new TermQuery(new Term(FORMER_ID, itemId));
    }

    /** The fields {@link #retired} reads. */
    Set<String> retireFields() {
        return RETIRE_FIELDS;
    }

    /** An item about to be replaced: its place in its issue and every id it has had, newest first. */
    RetiredItem retired(Document doc) {
        List<String> ids = new ArrayList<>();
        ids.add(doc.get(ID));
        ids.addAll(List.of(doc.getValues(FORMER_ID)));
        return new RetiredItem(doc.get(ISSUE_ID), doc.getField(POSITION).numericValue().intValue(), ids);
    }

    void addFormerIds(Document doc, List<String> formerIds) {
        formerIds.forEach(id -> doc.add(new StringField(FORMER_ID, id, Field.Store.YES)));
    }

    /** The id of the document: for looking up where a former id lives now. */
    public String id(Document doc) {
        return doc.get(ID);
    }

    /** The stored fields {@link IndexStats} counts over. */
    Set<String> statsFields() {
        return Set.of(ISSUE_ID, PUBLICATION, WEEK, COMPANY, PERSON, TOPIC, SOURCE_FILE);
    }

    /** Adds one item's values to the running counts. */
    void count(Document doc, IndexStats.Counter counter) {
        counter.add(doc.get(ISSUE_ID), doc.get(PUBLICATION), doc.get(WEEK), List.of(doc.getValues(COMPANY)),
                List.of(doc.getValues(PERSON)), List.of(doc.getValues(TOPIC)), doc.get(SOURCE_FILE));
    }

    /** An item's document together with the file it came from. */
    Document toDocument(Issue issue, Item item, SourceFile source) {
        Document doc = toDocument(issue, item);
        doc.add(new StringField(SOURCE_FILE, source.path(), Field.Store.YES));
        doc.add(new StoredField(SOURCE_HASH, source.contentHash()));
        doc.add(new StoredField(SOURCE_VERSION, source.version()));
        return doc;
    }

    /** The fields {@link #tracked} reads; loading only these keeps the scan of a large index cheap. */
    Set<String> trackingFields() {
        return TRACKING_FIELDS;
    }

    /** Where the item of a document (loaded with {@link #trackingFields}) came from; null parts for old documents. */
    TrackedItem tracked(Document doc) {
        return new TrackedItem(doc.get(ISSUE_ID), doc.get(ISSUE_TITLE), doc.get(ORIGIN),
                new SourceFile(doc.get(SOURCE_FILE), doc.get(SOURCE_HASH), doc.get(SOURCE_VERSION)));
    }

    Document toDocument(Issue issue, Item item) {
        Document doc = new Document();
        doc.add(new StringField(ID, item.id(), Field.Store.YES));
        doc.add(new StringField(ISSUE_ID, issue.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ISSUE_ID, new BytesRef(issue.id())));
        doc.add(new StoredField(ISSUE_TITLE, issue.title()));
        doc.add(new StoredField(PUBLICATION, issue.publication()));
        doc.add(new StoredField(ORIGIN, issue.origin()));
        doc.add(new StoredField(POSITION, item.position()));
        doc.add(new NumericDocValuesField(POSITION, item.position()));
        doc.add(new StoredField(TYPE, item.type().id()));
        doc.add(new StoredField(EMOJI, item.emoji()));
        doc.add(new Field(HEADLINE, item.headline(), TEXT_WITH_OFFSETS));
        doc.add(new Field(BODY, item.body(), TEXT_WITH_OFFSETS));
        doc.add(new Field(SPELL, item.headline() + "\n" + item.body(), SPELL_WORDS));
        doc.add(new StoredField(WEEK, issue.week().toString()));
        long epochDay = issue.date().toEpochDay();
        doc.add(new LongPoint(DATE, epochDay));
        doc.add(new NumericDocValuesField(DATE, epochDay));
        doc.add(new StoredField(DATE, epochDay));

        addFacet(doc, Facet.TYPE, item.type().id());
        addFacet(doc, Facet.WEEK, issue.week().toString());
        Tags tags = item.tags();
        for (String company : tags.companies()) {
            doc.add(new StoredField(COMPANY, company));
            addFacet(doc, Facet.COMPANY, company);
        }
        for (String person : tags.people()) {
            doc.add(new StoredField(PERSON, person));
            addFacet(doc, Facet.PERSON, person);
        }
        for (String topic : tags.topics()) {
            doc.add(new StoredField(TOPIC, topic));
            addFacet(doc, Facet.TOPIC, topic);
        }
        // Products and earnings entries are stored for display only; they are not facets (yet).
        tags.products().forEach(product -> doc.add(new StoredField(PRODUCT, product)));
        tags.earnings().forEach(entry -> doc.add(new StoredField(EARNINGS, entry.encode())));
        List<String> outlets = new ArrayList<>();
        for (Source source : item.sources()) {
            doc.add(new StoredField(SOURCE_LINK, source.outlet() + "\t" + (source.url() == null ? "" : source.url())));
            if (!outlets.contains(source.outlet())) {
                outlets.add(source.outlet());
                addFacet(doc, Facet.SOURCE, source.outlet());
            }
        }
        return doc;
    }

    private void addFacet(Document doc, Facet facet, String value) {
        doc.add(new SortedSetDocValuesFacetField(dimension(facet), value));
        doc.add(new StringField(KEY_FIELDS.get(facet), key(value), Field.Store.NO));
    }

    /** Rebuilds the item from the stored fields of a document written by {@link #toDocument}. */
    public StoredItem fromDocument(Document doc) {
        ItemFields fields = new ItemFields();
        for (IndexableField field : doc) {
            Number number = field.numericValue();
            if (number != null) {
                fields.number(field.name(), number);
            } else if (field.stringValue() != null) {
                fields.text(field.name(), field.stringValue());
            }
        }
        return fields.item();
    }

    /**
     * The item of one document, read straight from the stored fields: as {@link #fromDocument} on the loaded
     * document, without building that document, and without decoding the fields no reader view shows (the file
     * an item came from, its hash, its former ids).
     */
    public StoredItem storedItem(StoredFields stored, int doc) throws IOException {
        ItemFields fields = new ItemFields();
        stored.document(doc, fields);
        return fields.item();
    }

    /** Collects the stored fields an item is made of, from a loaded document or from a visit of the stored fields. */
    private static final class ItemFields extends StoredFieldVisitor {
        private static final Set<String> NAMES = Set.of(ID, ISSUE_ID, ISSUE_TITLE, PUBLICATION, POSITION, TYPE, EMOJI,
                HEADLINE, BODY, WEEK, DATE, COMPANY, PERSON, TOPIC, PRODUCT, EARNINGS, SOURCE_LINK);
        private final Map<String, String> single = new HashMap<>();
        private final Map<String, List<String>> multi = new HashMap<>();
        private Number position;
        private Number date;

        @Override
        public Status needsField(FieldInfo fieldInfo) {
            return NAMES.contains(fieldInfo.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo fieldInfo, String value) {
            text(fieldInfo.name, value);
        }

        @Override
        public void intField(FieldInfo fieldInfo, int value) {
            number(fieldInfo.name, value);
        }

        @Override
        public void longField(FieldInfo fieldInfo, long value) {
            number(fieldInfo.name, value);
        }

        void number(String name, Number value) {
            if (POSITION.equals(name) && position == null) {
                position = value;
            } else if (DATE.equals(name) && date == null) {
                date = value;
            }
        }

        void text(String name, String value) {
            switch (name) {
                case COMPANY, PERSON, TOPIC, PRODUCT, EARNINGS, SOURCE_LINK ->
                        multi.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                default -> single.putIfAbsent(name, value);
            }
        }

        private List<String> values(String name) {
            return multi.getOrDefault(name, List.of());
        }

        StoredItem item() {
            List<Source> sources = new ArrayList<>();
            for (String link : values(SOURCE_LINK)) {
                int tab = link.indexOf('\t');
                sources.add(new Source(link.substring(0, tab), link.substring(tab + 1)));
            }
            Tags tags = new Tags(List.copyOf(values(COMPANY)), List.copyOf(values(PERSON)), List.copyOf(values(TOPIC)),
                    List.copyOf(values(PRODUCT)), values(EARNINGS).stream().map(EarningsEntry::decode).toList());
            Item item = new Item(single.get(ID), position.intValue(), ItemType.fromId(single.get(TYPE)),
                    single.get(EMOJI), single.get(HEADLINE), single.get(BODY), sources, tags);
            LocalDate day = LocalDate.ofEpochDay(date.longValue());
            return new StoredItem(item, single.get(ISSUE_ID), single.get(ISSUE_TITLE), single.get(PUBLICATION),
                    IsoWeek.parse(single.get(WEEK)), day);
        }
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.id(), facet.multiValued());
        }
        return config;
    }

    private static FieldType spellWords() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    /** German text for the text fields, plain lower-case words for the spelling field. */
    private static final class IndexAnalyzer extends DelegatingAnalyzerWrapper {
        private final Analyzer text;
        private final Analyzer words;

        IndexAnalyzer(Analyzer text, Analyzer words) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.text = text;
            this.words = words;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return SPELL.equals(fieldName) ? words : text;
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
