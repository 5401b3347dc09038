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

    /** One page of the issue list, newest first, and how many issues the archive holds. */
    public record Page(List<IssueSummary> issues, int total) {
        public Page {
            issues = List.copyOf(issues);
        }
    }

    /** How deep the pages of the list go: a hundred thousand issues, far beyond any newsletter's archive. */
    public static final int MAX_PAGED_ISSUES = 100_000;

    /**
     * Issues {@code (page - 1) * size + 1} to {@code page * size}, newest first; only those are loaded.
     *
     * @throws IllegalArgumentException for a page or size below 1, or a page beyond {@link #MAX_PAGED_ISSUES}
     */
    public Page page(int page, int size) throws IOException {
        if (page < 1 || size < 1 || (long) page * size > MAX_PAGED_ISSUES) {
            throw new IllegalArgumentException(
                    "page " + page + " of " + size + " issues is beyond the " + MAX_PAGED_ISSUES + " newest");
        }
        return searcher.read((s, schema) -> {
            TopDocs top = s.search(schema.firstItems(), page * size, schema.newestFirst());
            StoredFields stored = s.storedFields();
            List<IssueSummary> issues = new ArrayList<>();
            for (int i = (page - 1) * size; i < top.scoreDocs.length; i++) {
                issues.add(IssueSummary.of(schema.fromDocument(stored.document(top.scoreDocs[i].doc))));
            }
            return new Page(issues, s.count(schema.firstItems()));
        });
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
