package de.nachlese.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 CSV (commas, double quotes around fields, "" for a quote, line breaks inside quotes), read strictly: a
 * row that cannot be read (a quote that never closes, text after a closing quote, more or fewer fields than the
 * header) is reported with its line number and skipped, and reading goes on at the next line. A lenient reader lets
 * one unterminated quote swallow every row after it.
 */
final class CsvReader {

    /** @param line the 1-based line of the file where the row starts */
    record Row(int line, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    /** @param problems "line 7: …" for each row that was skipped */
    record Table(List<String> header, List<Row> rows, List<String> problems) {
        Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /** The column's index by its lower-case name, or -1. */
        int column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /** The stripped cell, or null when the column is absent or the cell blank. */
        String cell(Row row, String column) {
            int i = column(column);
            if (i < 0 || i >= row.cells().size() || row.cells().get(i).isBlank()) {
                return null;
            }
            return row.cells().get(i).strip();
        }
    }

    private record Parsed(List<String> fields, int end, String error) {}

    private CsvReader() {}

    static Table read(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int[] lineStarts = lineStarts(text);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int pos = 0;
        int failedFrom = 0;
        int failedUpTo = -1;
        while (pos < text.length()) {
            int line = lineOf(lineStarts, pos);
            if (text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                pos = nextLine(text, pos);
                continue;
            }
            Parsed parsed = parseRecord(text, pos);
            String error = parsed.error();
            if (error == null && header != null && parsed.fields().size() != header.size()) {
                error = parsed.fields().size() + " fields where the header has " + header.size()
                        + (parsed.end() > nextLine(text, pos)
                                ? " (a quoted field runs over "
                                        + (lineOf(lineStarts, Math.max(pos, parsed.end() - 1)) - line + 1) + " lines)"
                                : "");
            }
            if (error != null
                    && parsed.error() != null
                    && lineOf(lineStarts, Math.min(parsed.end(), text.length() - 1)) > line) {
                error += "; the quoted field opened on this line runs on to line "
                        + lineOf(lineStarts, Math.min(parsed.end(), text.length() - 1));
            }
            if (error != null && failedUpTo == line - 1 && !problems.isEmpty()) {
                // the lines after a broken row are often the rest of its multi-line cells: one problem for all of them
                String last = problems.remove(problems.size() - 1);
                String reason = last.substring(last.indexOf(": ") + 2);
                problems.add("lines " + failedFrom + "–" + line + ": " + reason);
                failedUpTo = line;
                pos = nextLine(text, pos);
                continue;
            }
            if (error != null) {
                failedFrom = line;
                failedUpTo = line;
                problems.add("line " + line + ": " + error);
                pos = nextLine(text, pos); // resume at the next line, so one bad row costs only itself
                continue;
            }
            if (header == null) {
                header = parsed.fields();
            } else {
                rows.add(new Row(line, parsed.fields()));
            }
            pos = parsed.end();
        }
        return new Table(header == null ? List.of() : header, rows, problems);
    }

    private static Parsed parseRecord(String text, int pos) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = pos;
        while (true) {
            if (i < text.length() && text.charAt(i) == '"') {
                int quoteLine = i;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        return new Parsed(
                                fields,
                                i,
                                "a quote opened at column " + (quoteLine - lineStart(text, quoteLine) + 1)
                                        + " never closes");
                    }
                    char c = text.charAt(i);
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    return new Parsed(fields, i, "text after a closing quote: \"" + abbreviate(text, i) + "\"");
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    field.append(text.charAt(i)); // a quote inside an unquoted field is kept as it is
                    i++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
                continue;
            }
            return new Parsed(fields, i < text.length() ? nextLine(text, i) : i, null);
        }
    }

    private static int nextLine(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
            if (i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
        } else if (i < text.length()) {
            i++;
        }
        return i;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i = nextLine(text, i)) {
            int next = nextLine(text, i);
            if (next < text.length()) {
                starts.add(next);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int pos) {
        int found = Arrays.binarySearch(lineStarts, pos);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private static int lineStart(String text, int pos) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private static String abbreviate(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 30 && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(from, end);
    }
}
