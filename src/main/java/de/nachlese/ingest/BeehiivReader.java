package de.nachlese.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * beehiiv's posts CSV (columns id, web_title, status, content_html, created_at, …): one row per post, its body as
 * HTML in a cell. Drafts and archived posts are not issues. Rows the strict {@link CsvReader} cannot read are
 * reported with their line; the others are read.
 */
final class BeehiivReader {

    private static final Set<String> UNSENT = Set.of("draft", "archived", "scheduled");

    private BeehiivReader() {}

    static boolean looksLikeBeehiiv(String head) {
        String firstLine = head.lines().findFirst().orElse("").toLowerCase(java.util.Locale.ROOT);
        return firstLine.contains("content_html") && firstLine.contains("web_title");
    }

    static void read(
            String origin, byte[] bytes, String publicationFallback, List<Body> bodies, List<IngestProblem> problems)
            throws IssueFormatException {
        CsvReader.Table table = CsvReader.read(TextDecoder.decode(bytes));
        for (String required : List.of("id", "web_title", "content_html")) {
            if (table.column(required) < 0) {
                throw new IssueFormatException("beehiiv CSV without a column \"" + required + "\"");
            }
        }
        for (String problem : table.problems()) {
            problems.add(new IngestProblem(origin, "unreadable row, skipped: " + problem));
        }
        for (CsvReader.Row row : table.rows()) {
            String id = table.cell(row, "id");
            String rowOrigin = origin + ":" + row.line() + (id == null ? "" : "#" + id);
            String status = table.cell(row, "status");
            if (status != null && UNSENT.contains(status.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            String html = table.cell(row, "content_html");
            if (html == null) {
                problems.add(new IngestProblem(rowOrigin, "post without content_html"));
                continue;
            }
            List<String> warnings = new ArrayList<>();
            String published = table.cell(row, "publish_date") != null
                    ? table.cell(row, "publish_date")
                    : table.cell(row, "created_at");
            LocalDate date = ExportReader.date(published, warnings);
            String publication =
                    table.cell(row, "publication") != null ? table.cell(row, "publication") : publicationFallback;
            IssueHints hints = new IssueHints(table.cell(row, "web_title"), publication, date, "row's created_at");
            bodies.add(new Body(rowOrigin, Format.BEEHIIV_CSV, true, html, hints, warnings));
        }
    }
}
