package de.nachlese.search.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Document frequencies of one reader, remembered: related items and story threads look up the same few thousand
 * words again and again, and each uncached lookup seeks the terms dictionary of every segment.
 */
final class DocFreqs {

    private final IndexReader reader;
    private final Map<Term, Integer> cache = new ConcurrentHashMap<>();

    DocFreqs(IndexReader reader) {
        this.reader = reader;
    }

    int of(Term term) {
        return cache.computeIfAbsent(term, t -> {
            try {
                return reader.docFreq(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    int numDocs() {
        return reader.numDocs();
    }
}
