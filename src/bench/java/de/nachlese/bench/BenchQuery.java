package de.nachlese.bench;

import de.nachlese.model.Facet;
import de.nachlese.search.SearchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One query of the benchmark set: what a reader types and ticks. Every engine runs the same set.
 *
 * @param kind what the query stands for ("term-high", "phrase", "browse", ...), for per-kind figures
 */
public record BenchQuery(
        String id, String kind, String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate until) {

    public BenchQuery {
        query = query == null ? "" : query;
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> copy.put(facet, List.copyOf(values)));
        }
        filters = Map.copyOf(copy);
    }

    /** The first page of ten hits, in the default order (relevance, or newest first without text). */
    public SearchRequest request() {
        return new SearchRequest(query, filters, from, until, null, 1, SearchRequest.DEFAULT_SIZE);
    }

    /** id, kind, query, filters ("company=Nvidia;topic=KI"), from, until; tab-separated, empty for none. */
    public String toTsv() {
        String facets = filters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey().id() + "=" + v))
                .collect(Collectors.joining(";"));
        return String.join(
                "\t",
                id,
                kind,
                query,
                facets,
                from == null ? "" : from.toString(),
                until == null ? "" : until.toString());
    }

    public static BenchQuery fromTsv(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != 6) {
            throw new IllegalArgumentException("expected 6 tab-separated columns: " + line);
        }
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        if (!c[3].isEmpty()) {
            for (String pair : c[3].split(";")) {
                int eq = pair.indexOf('=');
                Facet facet = Facet.valueOf(pair.substring(0, eq).toUpperCase(Locale.ROOT));
                filters.computeIfAbsent(facet, f -> new ArrayList<>()).add(pair.substring(eq + 1));
            }
        }
        return new BenchQuery(
                c[0],
                c[1],
                c[2],
                filters,
                c[4].isEmpty() ? null : LocalDate.parse(c[4]),
                c[5].isEmpty() ? null : LocalDate.parse(c[5]));
    }
}
