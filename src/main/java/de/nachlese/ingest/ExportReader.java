package de.nachlese.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A newsletter platform's export, in the layout Substack uses: {@code posts.csv} (one row per post, with at least
 * the columns post_id, post_date, is_published and title) and {@code posts/<post_id>.html} holding each post's
 * body. Another platform's layout is another class like this one, chosen in {@link IssueReader}.
 */
final class ExportReader {

    static final String POSTS_CSV = "posts.csv";
    private static final String DATE_SOURCE = "export's post_date";

    private ExportReader() {}

    static boolean isExport(Map<String, byte[]> files) {
        return files.keySet().stream().anyMatch(ExportReader::isPostsCsv);
    }

    static void read(
            String origin,
            Map<String, byte[]> files,
            String publicationFallback,
            List<Body> bodies,
            List<IngestProblem> problems)
            throws IssueFormatException {
        String csvName = files.keySet().stream()
                .filter(ExportReader::isPostsCsv)
                .findFirst()
                .orElseThrow();
        String prefix = csvName.substring(0, csvName.length() - POSTS_CSV.length());
        CsvReader.Table table = CsvReader.read(TextDecoder.decode(files.get(csvName)));
        if (table.header().isEmpty()) {
            throw new IssueFormatException(csvName + " is empty");
        }
        for (String required : List.of("post_id", "title")) {
            if (table.column(required) < 0) {
                throw new IssueFormatException(
                        csvName + " has no column \"" + required + "\" (found " + table.header() + ")");
            }
        }
        for (String problem : table.problems()) {
            problems.add(new IngestProblem(origin + "!" + csvName, "unreadable row, skipped: " + problem));
        }
        for (CsvReader.Row row : table.rows()) {
            String postId = table.cell(row, "post_id");
            String postOrigin = origin + "!" + prefix + "posts/" + postId + ".html";
            if (postId == null) {
                problems.add(new IngestProblem(origin + "!" + csvName + ":" + row.line(), "row without a post_id"));
                continue;
            }
            if ("false".equalsIgnoreCase(table.cell(row, "is_published"))) {
                continue; // drafts were never sent; they are not part of the archive
            }
            byte[] html = files.get(prefix + "posts/" + postId + ".html");
            if (html == null) {
                problems.add(new IngestProblem(postOrigin, "listed in " + csvName + " but missing from the ZIP"));
                continue;
            }
            List<String> warnings = new ArrayList<>();
            String publication = table.cell(row, "publication");
            if (publication == null) {
                publication = publicationFallback;
            }
            LocalDate date = date(table.cell(row, "post_date"), warnings);
            IssueHints hints = new IssueHints(table.cell(row, "title"), publication, date, DATE_SOURCE);
            String text = TextDecoder.decode(html, TextDecoder.metaCharset(html).orElse(null));
            bodies.add(new Body(postOrigin, Format.EXPORT_ZIP, true, text, hints, warnings));
        }
    }

    private static boolean isPostsCsv(String name) {
        return name.equals(POSTS_CSV) || name.endsWith("/" + POSTS_CSV) && name.indexOf('/') == name.lastIndexOf('/');
    }

    static LocalDate date(String value, List<String> warnings) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
            } catch (DateTimeParseException again) {
                warnings.add("unreadable post_date \"" + value + "\"");
                return null;
            }
        }
    }
}
