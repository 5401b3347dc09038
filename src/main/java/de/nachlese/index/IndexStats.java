package de.nachlese.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What an index holds, counted over every live item. Reads the last commit without taking the write lock, so it
 * works while a server is running on the same index.
 *
 * @param firstWeek, lastWeek null when the index is empty
 */
public record IndexStats(
        int issues,
        int items,
        int weeks,
        int companies,
        int people,
        int topics,
        int publications,
        int files,
        String firstWeek,
        String lastWeek) {

    public static IndexStats read(Path indexDir, IndexSchema schema) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new IOException("no index at " + indexDir.toAbsolutePath() + " (run `nachlese index` first)");
        }
        try (Directory directory = FSDirectory.open(indexDir)) {
            return read(directory, schema);
        }
    }

    public static IndexStats read(Directory directory, IndexSchema schema) throws IOException {
        Counter counter = new Counter();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            LiveDocuments.forEach(reader, schema.statsFields(), doc -> schema.count(doc, counter));
        } catch (IndexNotFoundException e) {
            throw new IOException("no index in " + directory + " (run `nachlese index` first)", e);
        }
        return counter.stats();
    }

    /** Distinct values seen so far. */
    static final class Counter {
        private final Set<String> issues = new HashSet<>();
        private final TreeSet<String> weeks = new TreeSet<>();
        private final Set<String> companies = new HashSet<>();
        private final Set<String> people = new HashSet<>();
        private final Set<String> topics = new HashSet<>();
        private final Set<String> publications = new HashSet<>();
        private final Set<String> files = new HashSet<>();
        private int items;

        void add(
                String issueId,
                String publication,
                String week,
                List<String> companies,
                List<String> people,
                List<String> topics,
                String file) {
            items++;
            issues.add(issueId);
            publications.add(publication);
            weeks.add(week);
            this.companies.addAll(companies);
            this.people.addAll(people);
            this.topics.addAll(topics);
            if (file != null) {
                files.add(file);
            }
        }

        IndexStats stats() {
            return new IndexStats(
                    issues.size(),
                    items,
                    weeks.size(),
                    companies.size(),
                    people.size(),
                    topics.size(),
                    publications.size(),
                    files.size(),
                    weeks.isEmpty() ? null : weeks.first(),
                    weeks.isEmpty() ? null : weeks.last());
        }
    }
}
