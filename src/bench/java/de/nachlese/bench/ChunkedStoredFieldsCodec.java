package de.nachlese.bench;

import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.LZ4WithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * For {@link StoredFieldsLayout} only: Lucene's default codec with the stored fields of its fast mode (LZ4 with a
 * preset dictionary) but a chosen chunk size. Registered for reading (the chunk size is then read from the files).
 */
public final class ChunkedStoredFieldsCodec extends FilterCodec {

    static final String NAME = "NachleseBenchChunkedStoredFields";
    private final StoredFieldsFormat storedFields;

    /** For Lucene's codec lookup when a written index is read. */
    public ChunkedStoredFieldsCodec() {
        this(80 * 1024, 1024);
    }

    ChunkedStoredFieldsCodec(int chunkBytes, int maxDocsPerChunk) {
        super(NAME, new Lucene104Codec());
        storedFields = new Lucene90CompressingStoredFieldsFormat("NachleseBenchStoredFields",
                new LZ4WithPresetDictCompressionMode(), chunkBytes, maxDocsPerChunk, 10);
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
