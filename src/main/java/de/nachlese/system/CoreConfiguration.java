package de.nachlese.system;

import de.nachlese.index.ArchiveIndexer;
import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.index.LockOwner;
import de.nachlese.ingest.Archive;
import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FolderArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.links.DraftLinker;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.browse.EntityDirectory;
import de.nachlese.search.browse.IssueDirectory;
import de.nachlese.tagging.Gazetteer;
import de.nachlese.tagging.Tagger;
import de.nachlese.web.WebPaths;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Wires the plain-Java core (ingest, tagging, index, search) into the application. Nothing else creates core objects. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    /**
     * The bundled names plus the archive folder's nachlese-gazetteer.tsv. One instance serves tagging, the analyzer
     * (names are never split as compounds) and the query side (names recognised in queries), so a name a user adds
     * works everywhere; its fingerprint triggers re-indexing.
     */
    @Bean
    Gazetteer gazetteer(NachleseProperties properties) {
        return properties.archiveDir() == null ? Gazetteer.bundled() : Gazetteer.withOverrides(properties.archiveDir());
    }

    @Bean
    IndexSchema indexSchema(Gazetteer gazetteer) {
        return new IndexSchema(gazetteer);
    }

    /** Lazy, like {@link #archiveIndexer}: only indexing needs it, and building it is a noticeable part of start-up. */
    @Bean
    @Lazy
    Tagger tagger(Gazetteer gazetteer) {
        return new Tagger(gazetteer);
    }

    @Bean
    Archive archive(NachleseProperties properties) {
        return properties.archiveDir() == null ? BundledArchive.DEMO : new FolderArchive(properties.archiveDir());
    }

    @Bean(destroyMethod = "close")
    ItemIndexer itemIndexer(NachleseProperties properties, IndexSchema schema) throws IOException {
        return ItemIndexer.open(properties.indexDir(), schema, LockOwner.Kind.SERVER);
    }

    @Bean(destroyMethod = "close")
    ItemSearcher itemSearcher(
            NachleseProperties properties, IndexSchema schema, ItemIndexer indexer, Gazetteer gazetteer)
            throws IOException {
        return ItemSearcher.open(schema, indexer, gazetteer, properties.searchTimeout());
    }

    @Bean
    IssueDirectory issueDirectory(ItemSearcher searcher) {
        return new IssueDirectory(searcher);
    }

    @Bean
    EntityDirectory entityDirectory(ItemSearcher searcher) {
        return new EntityDirectory(searcher);
    }

    /** The draft assistant; it reads the index only, and builds the (lazy) tagger when the first draft comes. */
    @Bean
    DraftLinker draftLinker(
            NachleseProperties properties, ObjectProvider<Tagger> tagger, ItemSearcher searcher, IndexSchema schema) {
        return new DraftLinker(
                new IssueReader(FormatProfile.GERMAN_WEEKLY, properties.limits()),
                tagger::getObject,
                searcher,
                schema,
                WebPaths.ITEMS,
                Clock.systemDefaultZone());
    }

    /**
     * Lazy: on an existing index the server answers before it first syncs, so this (and the tagger) is made on the
     * background thread that syncs, not on the start-up path.
     */
    @Bean
    @Lazy
    ArchiveIndexer archiveIndexer(NachleseProperties properties, Tagger tagger, ItemIndexer indexer) {
        ArchiveReader reader = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY, properties.limits()));
        return new ArchiveIndexer(reader, tagger, indexer);
    }
}
