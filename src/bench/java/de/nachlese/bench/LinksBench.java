package de.nachlese.bench;

import de.nachlese.bench.corpus.CorpusGenerator;
import de.nachlese.bench.corpus.Options;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.links.DraftException;
import de.nachlese.links.DraftLinker;
import de.nachlese.links.DraftLinks;
import de.nachlese.model.Issue;
import de.nachlese.search.ItemSearcher;
import de.nachlese.tagging.Tagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How long the draft assistant takes to suggest links for a 10-item draft ({@code src/test/resources/links/
 * draft-kw30.txt}, before 2025-07-21): the first request on a fresh searcher (cold caches) and then the median
 * and the slowest of the following rounds. Targets: ≤ 300 ms on the demo archive, ≤ 1 s at 10^5 items.
 *
 * <pre>
 * mvn -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx512m --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     de.nachlese.bench.LinksBench --demo
 * java -Xmx512m --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     de.nachlese.bench.LinksBench --items 100000 --index target/links-index-100000
 * </pre>
 * Options: {@code --demo} (the bundled demo, indexed in memory), {@code --items N} with {@code --index DIR} (the
 * generated corpus of N items, seed 42, indexed there unless the folder holds an index), {@code --rounds N}
 * (default 20), {@code --draft FILE}, {@code --warm-up} (first {@link DraftLinker#warmUp()}, as the server does at
 * start, so "first" is the first request a reader sends).
 */
public final class LinksBench {

    private LinksBench() {}

    public static void main(String[] args) throws IOException, DraftException {
        Map<String, String> options =
                Options.parse(args, Set.of("demo", "items", "index", "rounds", "draft", "warm-up"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
        byte[] draft = options.containsKey("draft")
                ? Files.readAllBytes(Path.of(options.get("draft")))
                : Files.readAllBytes(Path.of("src/test/resources/links/draft-kw30.txt"));
        IndexSchema schema = new IndexSchema();
        Tagger tagger = Tagger.bundled();
        ItemIndexer indexer;
        String label;
        if (options.containsKey("items")) {
            int items = Integer.parseInt(options.get("items"));
            Path dir = Path.of(options.getOrDefault("index", "target/links-index-" + items));
            boolean fresh =
                    !Files.isDirectory(dir) || !Files.list(dir).findAny().isPresent();
            indexer = ItemIndexer.open(dir, schema);
            if (fresh) {
                long start = System.nanoTime();
                Iterator<Issue> issues = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED)
                        .issues(items)
                        .iterator();
                while (issues.hasNext()) {
                    indexer.upsert(tagger.tag(issues.next()));
                }
                indexer.commit(Map.of());
                System.out.printf(
                        Locale.ROOT,
                        "Indexed %d generated items in %.1f s%n",
                        items,
                        (System.nanoTime() - start) / 1e9);
            }
            label = items + " generated items";
        } else {
            indexer = ItemIndexer.open(new org.apache.lucene.store.ByteBuffersDirectory(), schema);
            for (Issue issue : new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY), 20_000_000)
                    .read(BundledArchive.DEMO)
                    .issues()) {
                indexer.upsert(tagger.tag(issue));
            }
            indexer.commit(Map.of());
            label = "the demo archive";
        }
        try (indexer;
                ItemSearcher searcher = ItemSearcher.open(schema, indexer)) {
            DraftLinker linker = new DraftLinker(
                    new IssueReader(FormatProfile.GERMAN_WEEKLY),
                    () -> tagger,
                    searcher,
                    schema,
                    "/items/",
                    Clock.systemUTC());
            DraftLinker.Draft request = new DraftLinker.Draft(
                    draft,
                    "text/plain",
                    LocalDate.of(2025, 7, 21),
                    DraftLinker.DEFAULT_LIMIT,
                    1,
                    "http://localhost:8080");
            String warmUp = "";
            if (options.containsKey("warm-up")) {
                long warmStart = System.nanoTime();
                linker.warmUp();
                warmUp = String.format(Locale.ROOT, " after a %.0f ms warm-up", (System.nanoTime() - warmStart) / 1e6);
            }
            long start = System.nanoTime();
            DraftLinks first = linker.link(request);
            double coldMs = (System.nanoTime() - start) / 1e6;
            double[] ms = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                linker.link(request);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(
                    Locale.ROOT,
                    "Links for a %d-item draft on %s (%d items indexed): first %.0f ms%s, "
                            + "then median %.0f ms, p95 %.0f ms, slowest %.0f ms over %d rounds; %d links%n",
                    first.items().size(),
                    label,
                    searcher.itemCount(),
                    coldMs,
                    warmUp,
                    ms[rounds / 2],
                    ms[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.95) - 1)],
                    ms[rounds - 1],
                    rounds,
                    first.allLinks().size());
        }
    }
}
