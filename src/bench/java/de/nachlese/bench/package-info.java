/**
 * Benchmark and load tools: a synthetic corpus generator, the query set, and harnesses that measure Nachlese against
 * raw Lucene and Solr. Compiled with the tests (so they cannot rot) but never part of the application jar; see
 * docs/benchmarks.md for the commands.
 */
package de.nachlese.bench;
