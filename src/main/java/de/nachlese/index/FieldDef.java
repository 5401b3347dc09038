package de.nachlese.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How one field of {@link IndexSchema} is written, and the queries and sorts that follow from it. Once a field says
 * it has a point and numeric doc values, the Lucene fields that write them and the range query that reads them come
 * from here, so they cannot drift apart. Lucene's KeywordField, IntField and LongField are not used: they write
 * SORTED_SET or SORTED_NUMERIC doc values (and IntField a point), where this index has SORTED and NUMERIC ones, so
 * they would change the index and its sorts. The names live in IndexSchema; nothing here names a field.
 *
 * @param name        the Lucene field name
 * @param value       what kind of value the field holds
 * @param index       how the value is indexed, if at all
 * @param stored      whether and for whom the value is stored
 * @param docValues   the column kept for sorting and filtering, if any
 * @param multiValued whether a document may hold several values
 */
record FieldDef(String name, Value value, Index index, Stored stored, DocValues docValues, boolean multiValued) {

    enum Value {
        STRING,
        INT,
        LONG
    }

    enum Index {
        NOT_INDEXED,
        /** One untokenized term, like StringField: for exact lookups. */
        KEYWORD,
        /** German text with positions and offsets, so the highlighter needs no re-analysis. */
        TEXT,
        /** Analysed words, documents only and no norms: the spelling dictionary. */
        WORDS,
        /** A point, for fast ranges. */
        POINT
    }

    enum Stored {
        NOT_STORED,
        /** Part of the item a reader sees, rebuilt by {@link IndexSchema#storedItem}. */
        ITEM,
        /** Only for the indexer's bookkeeping (where an item came from); readers never decode it. */
        TRACKING
    }

    enum DocValues {
        NO_DOC_VALUES,
        SORTED,
        NUMERIC
    }

    private static final FieldType TEXT_WITH_OFFSETS =
            fieldType(true, false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    private static final FieldType WORDS_ONLY = fieldType(false, true, IndexOptions.DOCS);

    FieldDef {
        boolean terms = index == Index.KEYWORD || index == Index.TEXT || index == Index.WORDS;
        if (value == Value.STRING
                ? index == Index.POINT || docValues == DocValues.NUMERIC
                : terms || docValues == DocValues.SORTED) {
            throw new IllegalArgumentException(name + ": " + index + " and " + docValues + " do not fit " + value);
        }
        if (index == Index.TEXT && stored == Stored.NOT_STORED || index == Index.WORDS && stored != Stored.NOT_STORED) {
            throw new IllegalArgumentException(name + ": text is stored, the spelling words are not");
        }
        if (multiValued && docValues != DocValues.NO_DOC_VALUES) {
            throw new IllegalArgumentException(name + ": single-valued doc values cannot hold several values");
        }
    }

    boolean isStored() {
        return stored != Stored.NOT_STORED;
    }

    void add(Document doc, String text) {
        Field.Store store = isStored() ? Field.Store.YES : Field.Store.NO;
        switch (index) {
            case KEYWORD -> doc.add(new StringField(name, text, store));
            case TEXT -> doc.add(new Field(name, text, TEXT_WITH_OFFSETS));
            case WORDS -> doc.add(new Field(name, text, WORDS_ONLY));
            default -> {
                if (isStored()) {
                    doc.add(new StoredField(name, text));
                }
            }
        }
        if (docValues == DocValues.SORTED) {
            doc.add(new SortedDocValuesField(name, new BytesRef(text)));
        }
    }

    void add(Document doc, long number) {
        boolean isInt = value == Value.INT;
        if (index == Index.POINT) {
            doc.add(isInt ? new IntPoint(name, (int) number) : new LongPoint(name, number));
        }
        if (docValues == DocValues.NUMERIC) {
            doc.add(new NumericDocValuesField(name, number));
        }
        if (isStored()) {
            doc.add(isInt ? new StoredField(name, (int) number) : new StoredField(name, number));
        }
    }

    Term term(String text) {
        return new Term(name, text);
    }

    Query termQuery(String text) {
        return new TermQuery(term(text));
    }

    /** Values between the two bounds, both inclusive: the point decides where it is selective, else doc values. */
    Query rangeQuery(long lower, long upper) {
        Query slow = NumericDocValuesField.newSlowRangeQuery(name, lower, upper);
        if (index != Index.POINT) {
            return slow;
        }
        Query points = value == Value.INT
                ? IntPoint.newRangeQuery(name, Math.toIntExact(lower), Math.toIntExact(upper))
                : LongPoint.newRangeQuery(name, lower, upper);
        return new IndexOrDocValuesQuery(points, slow);
    }

    /** Documents with exactly this value, read from doc values. */
    Query docValuesExactQuery(long number) {
        return NumericDocValuesField.newSlowExactQuery(name, number);
    }

    SortField sortField(boolean reverse) {
        SortField.Type type = switch (docValues) {
            case SORTED -> SortField.Type.STRING;
            case NUMERIC -> value == Value.INT ? SortField.Type.INT : SortField.Type.LONG;
            case NO_DOC_VALUES -> throw new IllegalStateException(name + " has no doc values to sort by");
        };
        return new SortField(name, type, reverse);
    }

    private static FieldType fieldType(boolean stored, boolean omitNorms, IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setOmitNorms(omitNorms);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
