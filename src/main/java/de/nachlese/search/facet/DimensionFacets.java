package de.nachlese.search.facet;

import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/**
 * Facet counts as Nachlese reads them: a whole dimension at a time ({@link #getAllChildren}, {@link #getTopChildren}).
 * Lucene's reads of a single value and of every dimension at once are not offered.
 */
abstract class DimensionFacets extends Facets {

    /** Not needed by Nachlese, which reads whole dimensions; a value's count is in {@link #getAllChildren}. */
    @Override
    public Number getSpecificValue(String dim, String... path) {
        throw new UnsupportedOperationException("Nachlese reads whole dimensions, not single values");
    }

    /** Not needed by Nachlese, which asks for its dimensions one by one. */
    @Override
    public List<FacetResult> getAllDims(int topN) {
        throw new UnsupportedOperationException("Nachlese asks for its dimensions one by one");
    }
}
