package de.nachlese.index;

import de.nachlese.model.EarningsEntry;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows how an item is laid out in Lucene: field names, analyzers, the facet configuration, and
 * the mapping between {@link Item} and {@link Document} in both directions. Nothing else names a field.
 */
public final class IndexSchema {

    /** Bump when the document layout or the analysis changes, so existing indexes are rebuilt. */
    public static final int VERSION = 2;

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
    static final String PRODUCT = "product";
    static final String EARNINGS = "earnings";

    /** Text fields store offsets so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Analyzer analyzer = new GermanAnalyzer(CharArraySet.EMPTY_SET);
    private final FacetsConfig facetsConfig = newFacetsConfig();

    public Analyzer analyzer() {
        return analyzer;
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

    public String bodyField() {
        return BODY;
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

    public Sort newestFirst() {
        return new Sort(new SortField(DATE, SortField.Type.LONG, true), new SortField(POSITION, SortField.Type.INT));
    }

    public Sort oldestFirst() {
        return new Sort(new SortField(DATE, SortField.Type.LONG), new SortField(POSITION, SortField.Type.INT));
    }

    /** Reading order within an issue. */
    public Sort byPosition() {
        return new Sort(new SortField(POSITION, SortField.Type.INT));
    }

    Document toDocument(Issue issue, Item item) {
        Document doc = new Document();
        doc.add(new StringField(ID, item.id(), Field.Store.YES));
        doc.add(new StringField(ISSUE_ID, issue.id(), Field.Store.YES));
        doc.add(new StoredField(ISSUE_TITLE, issue.title()));
        doc.add(new StoredField(PUBLICATION, issue.publication()));
        doc.add(new StoredField(ORIGIN, issue.origin()));
        doc.add(new StoredField(POSITION, item.position()));
        doc.add(new NumericDocValuesField(POSITION, item.position()));
        doc.add(new StoredField(TYPE, item.type().id()));
        doc.add(new StoredField(EMOJI, item.emoji()));
        doc.add(new Field(HEADLINE, item.headline(), TEXT_WITH_OFFSETS));
        doc.add(new Field(BODY, item.body(), TEXT_WITH_OFFSETS));
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
    }

    /** Rebuilds the item from the stored fields of a document written by {@link #toDocument}. */
    public StoredItem fromDocument(Document doc) {
        List<Source> sources = new ArrayList<>();
        for (String link : doc.getValues(SOURCE_LINK)) {
            int tab = link.indexOf('\t');
            sources.add(new Source(link.substring(0, tab), link.substring(tab + 1)));
        }
        Tags tags = new Tags(List.of(doc.getValues(COMPANY)), List.of(doc.getValues(PERSON)), List.of(doc.getValues(TOPIC)),
                List.of(doc.getValues(PRODUCT)), Arrays.stream(doc.getValues(EARNINGS)).map(EarningsEntry::decode).toList());
        IndexableField position = doc.getField(POSITION);
        Item item = new Item(doc.get(ID), position.numericValue().intValue(), ItemType.fromId(doc.get(TYPE)),
                doc.get(EMOJI), doc.get(HEADLINE), doc.get(BODY), sources, tags);
        LocalDate date = LocalDate.ofEpochDay(doc.getField(DATE).numericValue().longValue());
        return new StoredItem(item, doc.get(ISSUE_ID), doc.get(ISSUE_TITLE), doc.get(PUBLICATION),
                IsoWeek.parse(doc.get(WEEK)), date);
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.id(), facet.multiValued());
        }
        return config;
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
