package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotesEscapedQuotesAndLineBreaksInsideQuotes() {
        CsvReader.Table table =
                CsvReader.read("id,title,body\r\n1,\"Say \"\"hi\"\"\",\"two\nlines\"\r\n\r\n2,plain,\"a, b\"\n");
        assertThat(table.header()).containsExactly("id", "title", "body");
        assertThat(table.rows())
                .containsExactly(
                        new CsvReader.Row(2, List.of("1", "Say \"hi\"", "two\nlines")),
                        new CsvReader.Row(5, List.of("2", "plain", "a, b")));
        assertThat(table.problems()).isEmpty();
    }

    @Test
    void anUnterminatedQuoteCostsOnlyItsOwnRow() {
        CsvReader.Table table = CsvReader.read("""
                post_id,post_date,is_published,title
                1,2025-07-14,true,"First post without its closing quote
                2,2025-07-21,true,Second post
                3,2025-07-28,true,"Third post"
                """);
        assertThat(table.rows()).extracting(CsvReader.Row::line).containsExactly(3, 4);
        assertThat(table.rows()).extracting(r -> r.cells().get(3)).containsExactly("Second post", "Third post");
        assertThat(table.problems())
                .containsExactly("line 2: text after a closing quote: \"Third post\"\"; "
                        + "the quoted field opened on this line runs on to line 4");
    }

    @Test
    void aQuoteThatNeverClosesAndARowOfTheWrongWidthAreReportedByLine() {
        CsvReader.Table table = CsvReader.read("a,b\n1,2,3\n4,5\n6,\"open\n");
        assertThat(table.rows()).containsExactly(new CsvReader.Row(3, List.of("4", "5")));
        assertThat(table.problems())
                .containsExactly(
                        "line 2: 3 fields where the header has 2", "line 4: a quote opened at column 3 never closes");
    }

    /** The regression: one unterminated quote in posts.csv made the two posts after it vanish. */
    @Test
    void anExportWithABrokenPostsCsvRowKeepsTheOtherPosts() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("posts.csv", """
                post_id,post_date,is_published,title
                1,2025-07-14T06:30:00.000Z,true,"KW29 - Ohne Schlusszeichen
                2,2025-07-21T06:30:00.000Z,true,KW30 - Zweiter Beitrag
                3,2025-07-28T06:30:00.000Z,true,"KW31 - Dritter Beitrag"
                """);
        for (int n = 1; n <= 3; n++) {
            files.put(
                    "posts/" + n + ".html",
                    "<p>📦 Meldung " + n + "</p><p>Ein Absatz zur Meldung " + n + ".</p>" + "<p>🧪 Kurz " + n
                            + ": Eine kurze Nachricht.</p>");
        }
        FileResult result = new IssueReader(FormatProfile.GERMAN_WEEKLY).readFile("kanal-export.zip", zip(files));
        assertThat(result.issues())
                .extracting(p -> p.issue().title())
                .containsExactly("Zweiter Beitrag", "Dritter Beitrag");
        assertThat(result.problems())
                .containsExactly(new IngestProblem(
                        "kanal-export.zip!posts.csv",
                        "unreadable row, skipped: line 2: text after a closing quote: \"KW31 - Dritter Beitrag\"\"; "
                                + "the quoted field opened on this line runs on to line 4"));
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
