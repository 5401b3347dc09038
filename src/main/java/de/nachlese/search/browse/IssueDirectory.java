package de.nachlese.search.browse;

import de.nachlese.index.IndexSchema;
import de.nachlese.search.ItemSearcher;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/** The issues of the archive: the list by date, and an issue's neighbours. Each issue is found by its first item. */
public final class IssueDirectory {

    /** More issues than a weekly newsletter writes in a century; the list page groups them by year. */
    static final int MAX_ISSUES = 5000;

    private final ItemSearcher searcher;

    public IssueDirectory(ItemSearcher searcher) {
        this.searcher = searcher;
    }

    /** All issues, newest first. */
    public List<IssueSummary> all() throws IOException {
        return searcher.read(
                (s, schema) -> summaries(s, schema, schema.firstItems(), schema.newestFirst(), MAX_ISSUES));
    }

    /** The issue published before this one, if any. */
    public Optional<IssueSummary> previous(IssueView issue) throws IOException {
        LocalDate date = issue.first().date();
        return searcher.read((s, schema) -> first(summaries(
                s, schema, within(schema, schema.dateRange(null, date.minusDays(1))), schema.newestFirst(), 1)));
    }

    /** The issue published after this one, if any. */
    public Optional<IssueSummary> next(IssueView issue) throws IOException {
        LocalDate date = issue.first().date();
        return searcher.read((s, schema) -> first(summaries(
                s, schema, within(schema, schema.dateRange(date.plusDays(1), null)), schema.oldestFirst(), 1)));
    }

    private static Query within(IndexSchema schema, Query range) {
        return new BooleanQuery.Builder()
                .add(schema.firstItems(), BooleanClause.Occur.FILTER)
                .add(range, BooleanClause.Occur.FILTER)
                .build();
    }

    private static List<IssueSummary> summaries(
            IndexSearcher searcher, IndexSchema schema, Query query, Sort sort, int limit) throws IOException {
        TopDocs top = searcher.search(query, limit, sort);
        StoredFields stored = searcher.storedFields();
        List<IssueSummary> issues = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc doc : top.scoreDocs) {
            issues.add(IssueSummary.of(schema.fromDocument(stored.document(doc.doc))));
        }
        return issues;
    }

    private static Optional<IssueSummary> first(List<IssueSummary> issues) {
        return issues.stream().findFirst();
    }
}
