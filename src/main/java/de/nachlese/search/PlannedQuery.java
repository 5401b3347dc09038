package de.nachlese.search;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;

/**
 * The Lucene side of one search request, as {@link ItemSearcher} runs it.
 *
 * @param text  the query built from the typed text; what the snippets highlight
 * @param query the text query with the date range and the facet filters, run with drill-sideways facet counts
 * @param sort  null for relevance
 * @param topN  how many hits are collected to serve the requested page
 */
public record PlannedQuery(Query text, DrillDownQuery query, Sort sort, int topN) {}
