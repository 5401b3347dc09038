package de.nachlese.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;

/**
 * An IndexSearcher that carries the facet ordinal state of its reader. Building that state walks all facet values,
 * so it is done once per reader (on refresh), never per query.
 */
final class FacetedSearcher extends IndexSearcher {

    /** Null while the index holds no facet values at all (an empty index). */
    final SortedSetDocValuesReaderState facetState;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                SortedSetDocValuesReaderState state;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(reader, config);
                } catch (IllegalArgumentException noFacetValuesYet) {
                    state = null;
                }
                return new FacetedSearcher(reader, state);
            }
        };
    }
}
