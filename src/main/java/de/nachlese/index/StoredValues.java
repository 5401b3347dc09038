package de.nachlese.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFieldVisitor;

/**
 * The stored values of one document, collected by field definition, either from a loaded document or straight from
 * a visit of the stored fields (which skips decoding every field the definitions do not ask for). A single-valued
 * field keeps its first value, a multi-valued one all of them in order; which is which comes from the definitions,
 * so {@link IndexSchema} reads values back as it wrote them without listing its fields again.
 */
final class StoredValues extends StoredFieldVisitor {

    private final Map<String, FieldDef> wanted;
    private final Map<String, Object> single = new HashMap<>();
    private final Map<String, List<String>> multi = new HashMap<>();

    /** @param wanted the fields to collect, by name; others are skipped */
    StoredValues(Map<String, FieldDef> wanted) {
        this.wanted = wanted;
    }

    /** The values of a document loaded from the stored fields. */
    static StoredValues of(Iterable<IndexableField> doc, Map<String, FieldDef> wanted) {
        StoredValues values = new StoredValues(wanted);
        for (IndexableField field : doc) {
            Object value = field.numericValue() != null ? field.numericValue() : field.stringValue();
            if (value != null) {
                values.add(field.name(), value);
            }
        }
        return values;
    }

    @Override
    public Status needsField(FieldInfo fieldInfo) {
        return wanted.containsKey(fieldInfo.name) ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) {
        add(fieldInfo.name, value);
    }

    @Override
    public void intField(FieldInfo fieldInfo, int value) {
        add(fieldInfo.name, value);
    }

    @Override
    public void longField(FieldInfo fieldInfo, long value) {
        add(fieldInfo.name, value);
    }

    private void add(String name, Object value) {
        FieldDef def = wanted.get(name);
        if (def == null) {
            return;
        }
        if (def.multiValued()) {
            multi.computeIfAbsent(name, n -> new ArrayList<>()).add((String) value);
        } else {
            single.putIfAbsent(name, value);
        }
    }

    /** The value of a single-valued text field, or null. */
    String text(FieldDef field) {
        return (String) single.get(field.name());
    }

    /** The value of a single-valued numeric field, or null. */
    Number number(FieldDef field) {
        return (Number) single.get(field.name());
    }

    /** The values of a multi-valued text field, in the order they were written. */
    List<String> texts(FieldDef field) {
        return List.copyOf(multi.getOrDefault(field.name(), List.of()));
    }
}
