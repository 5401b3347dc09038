package de.nachlese.bench;

import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** Derives the query set from an index and writes it as queries.tsv ({@code --index DIR --out FILE [--seed S]}). */
public final class PrepareQueries {

    private PrepareQueries() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Set.of("index", "out", "seed"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(options.get("index"))))) {
            List<BenchQuery> queries = QuerySetGenerator.generate(reader, new IndexSchema(), seed);
            Measure.writeQueries(Path.of(options.get("out")), queries);
            System.out.println("Wrote " + queries.size() + " queries to " + options.get("out"));
        }
    }
}
