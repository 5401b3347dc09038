/**
 * German text analysis: lower-casing, umlaut folding, light stemming, two extra plural rules and compound splitting
 * (jWordSplitter). The index schema chooses which analyzer each field gets; the filters live here so that the query
 * side and the tools can use the same pieces without reaching into the index package.
 */
package de.nachlese.analysis;
