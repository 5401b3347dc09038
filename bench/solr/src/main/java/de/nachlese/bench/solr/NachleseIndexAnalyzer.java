package de.nachlese.bench.solr;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Nachlese's index-time analysis inside Solr: the analyzer of de.nachlese.index.IndexSchema, loaded by name from
 * Nachlese's classes on this JVM's classpath (they are compiled against a newer Lucene, whose analysis API this
 * Lucene shares).
 */
public final class NachleseIndexAnalyzer extends DelegatingAnalyzerWrapper {

    private static final Analyzer NACHLESE = load();

    public NachleseIndexAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return NACHLESE;
    }

    private static Analyzer load() {
        try {
            Object schema = Class.forName("de.nachlese.index.IndexSchema").getConstructor().newInstance();
            return (Analyzer) schema.getClass().getMethod("analyzer").invoke(schema);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Nachlese's classes (target/classes) must be on the classpath", e);
        }
    }
}
