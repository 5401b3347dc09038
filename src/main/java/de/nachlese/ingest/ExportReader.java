package de.nachlese.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A newsletter platform's export, in the layout Substack uses: {@code posts.csv} (one row per post, with at least
 * the columns post_id, post_date, is_published and title) and {@code posts/<post_id>.html} holding each post's
 * body. Another platform's layout is another class like this one, chosen in {@link IssueReader}.
 */
final class ExportReader {

    static final String POSTS_CSV = "posts.csv";
    private static final String DATE_SOURCE = "export's post_date";

    private ExportReader() {
    }

    static boolean isExport(Map<String, byte[]> files) {
        return files.keySet().stream().anyMatch(ExportReader::isPostsCsv);
    }

    static void read(String origin, Map<String, byte[]> files, String publicationFallback, List<Body> bodies,
                     List<IngestProblem> problems) throws IssueFormatException {
        String csvName = files.keySet().stream().filter(ExportReader::isPostsCsv).findFirst().orElseThrow();
        String prefix = csvName.substring(0, csvName.length() - POSTS_CSV.length());
        List<List<String>> rows = Csv.parse(TextDecoder.decode(files.get(csvName)));
        if (rows.isEmpty()) {
            throw new IssueFormatException(csvName + " is empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            columns.put(rows.get(0).get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("post_id", "title")) {
            if (!columns.containsKey(required)) {
                throw new IssueFormatException(csvName + " has no column \"" + required + "\" (found " + rows.get(0) + ")");
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String postId = cell(row, columns, "post_id");
            String postOrigin = origin + "!" + prefix + "posts/" + postId + ".html";
            if (postId == null) {
                problems.add(new IngestProblem(origin + "!" + csvName + ":" + (r + 1), "row without a post_id"));
                continue;
            }
            if ("false".equalsIgnoreCase(cell(row, columns, "is_published"))) {
                continue; // drafts were never sent; they are not part of the archive
            }
            byte[] html = files.get(prefix + "posts/" + postId + ".html");
            if (html == null) {
                problems.add(new IngestProblem(postOrigin, "listed in " + csvName + " but missing from the ZIP"));
                continue;
            }
            List<String> warnings = new ArrayList<>();
            String publication = cell(row, columns, "publication");
            if (publication == null) {
                publication = publicationFallback;
            }
            LocalDate date = date(cell(row, columns, "post_date"), warnings);
            IssueHints hints = new IssueHints(cell(row, columns, "title"), publication, date, DATE_SOURCE);
            String text = TextDecoder.decode(html, TextDecoder.metaCharset(html).orElse(null));
            bodies.add(new Body(postOrigin, Format.EXPORT_ZIP, true, text, hints, warnings));
        }
    }

    private static boolean isPostsCsv(String name) {
        return name.equals(POSTS_CSV) || name.endsWith("/" + POSTS_CSV) && name.indexOf('/') == name.lastIndexOf('/');
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= row.size() || row.get(i).isBlank()) {
            return null;
        }
        return row.get(i).strip();
    }

    private static LocalDate date(String value, List<String> warnings) {
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

    /** RFC 4180: commas, double quotes around fields, "" for a quote, line breaks inside quotes. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    if (!(row.size() == 1 && row.get(0).isEmpty())) {
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }

}
