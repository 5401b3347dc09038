package de.nachlese.search;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IngestReport;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Issue;
import de.nachlese.tagging.Tagger;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The bundled demo archive read, tagged and indexed in memory: the fixture of the end-to-end search tests. */
public final class DemoIndex implements Closeable {

    public final IndexSchema schema = new IndexSchema();
    public final ItemIndexer indexer;
    public final ItemSearcher searcher;
    public final IngestReport report;

    public DemoIndex() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), schema);
        report = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY), 20_000_000).read(BundledArchive.DEMO);
        Tagger tagger = Tagger.bundled();
        for (Issue issue : report.issues()) {
            indexer.upsert(tagger.tag(issue));
        }
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(schema, indexer);
    }

    @Override
    public void close() throws IOException {
        searcher.close();
        indexer.close();
    }
}
