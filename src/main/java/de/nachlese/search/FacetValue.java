package de.nachlese.search;

/** One value of a facet with the number of hits it would give, and whether the request selects it. */
public record FacetValue(String value, long count, boolean selected) {}
