package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Issue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A folder of 35 files, most of them broken or hostile (tools/make-fixtures.py): every good file and every good
 * part of a file is read, every bad one is reported with its path and the reason.
 */
class MalformedFixturesTest {

    static final Path MALFORMED =
            Path.of("src/test/resources/fixtures/malformed").toAbsolutePath();
    static IngestReport report;

    @BeforeAll
    static void read() throws IOException {
        IngestLimits limits = new IngestLimits(
                64 * 1024,
                IngestLimits.DEFAULTS.maxZipTotalBytes(),
                IngestLimits.DEFAULTS.maxZipRatio(),
                IngestLimits.DEFAULTS.maxZipEntries());
        report = new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY, limits))
                .read(new FolderArchive(MALFORMED));
    }

    @Test
    void everyGoodFileAndPartIsIndexed() {
        assertThat(report.filesSeen()).isEqualTo(35);
        assertThat(report.issues())
                .extracting(Issue::id)
                .containsExactly(
                        "funkloch-digital-2025-w36",
                        "funkloch-digital-2025-w37",
                        "funkloch-digital-2025-w52",
                        "funkloch-digital-2025-w49");
        assertThat(report.issues())
                .extracting(i -> MALFORMED
                                .relativize(Path.of(i.origin().replaceAll("[#!].*", "")))
                                .toString()
                        + i.origin().replaceAll("^[^#!]*", ""))
                .containsExactly(
                        "good-kw36.txt", "good-kw37.eml", "mixed.mbox#1", "zip-slip.zip!ausgaben/good-kw49.txt");
        assertThat(report.itemCount()).isEqualTo(13);
    }

    @Test
    void everyBadFileIsReportedWithItsReason() {
        Map<String, String> errors = new LinkedHashMap<>();
        report.errors()
                .forEach(e -> errors.put(
                        MALFORMED.relativize(Path.of(e.origin().replaceAll("[#!].*", "")))
                                + e.origin().replaceAll("^[^#!]*", ""),
                        e.reason()));
        assertThat(errors).hasSize(34);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("atom-entry-without-content.atom#1", "Atom entry without <content> or <summary>");
        expected.put("billion-laughs.xml", "feed declares a DOCTYPE; refused");
        expected.put("broken-feed.rss", "broken XML feed");
        expected.put("broken.zip", "broken ZIP");
        expected.put("control-noise.txt", "binary content");
        expected.put("eml-broken-base64.eml", "text/plain part is empty (or its transfer encoding is broken)");
        expected.put("eml-headers-only.eml", "text/plain part is empty");
        expected.put("eml-no-boundary.eml", "broken e-mail (MIME): Missing start boundary");
        expected.put("eml-only-attachment.eml", "neither a text/plain nor a text/html part");
        expected.put("empty.txt", "empty file");
        expected.put("export-missing-post.zip!posts/1030.kw30.html", "listed in posts.csv but missing from the ZIP");
        expected.put("export-without-post-id.zip", "posts.csv has no column \"post_id\"");
        expected.put("feed-without-items.rss", "the feed has no <item>");
        expected.put("frameset.html", "the file holds no text");
        expected.put("html-without-items.html", "no lead story");
        expected.put("junk.html", "binary content");
        expected.put("junk.txt", "binary content");
        expected.put("mixed.mbox#2", "truncated e-mail: the closing MIME boundary \"--kopie-18--\" is missing");
        expected.put("mixed.mbox#3", "empty message in the mbox");
        expected.put("no-date.txt", "no publication date");
        expected.put("only-greeting.txt", "no lead story after the greeting");
        expected.put("only-spaces.txt", "the file holds no text");
        expected.put("only-title.txt", "no publication line");
        expected.put("text-without-items.txt", "no lead story");
        expected.put("too-large.txt", "file is 90000 bytes, above the limit of 65536 bytes");
        expected.put("truncated-multipart.eml", "truncated e-mail");
        expected.put("truncated.zip", "broken ZIP (truncated?)");
        expected.put("unknown-xml.xml", "XML, but neither an RSS 2.0 nor an Atom feed");
        expected.put("utf16-without-bom.txt", "binary content");
        expected.put(
                "week36-other-title.txt",
                "another issue of Funkloch Digital in 2025-W36 is already indexed from "
                        + MALFORMED.resolve("good-kw36.txt"));
        expected.put(
                "xxe-feed.rss",
                "feed declares a DOCTYPE; refused, because DOCTYPEs and external entities (XXE) are disabled");
        expected.put("zip-bomb.zip", "ZIP refused as a possible ZIP bomb");
        expected.put("zip-in-zip.zip!innen.zip", "ZIP inside a ZIP is not read");
        expected.put("zip-slip.zip!../../ausbruch.txt", "points outside the archive (Zip Slip)");
        assertThat(errors.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((file, reason) -> assertThat(errors.get(file)).as(file).contains(reason));
    }

    @Test
    void noBadInputLeaksIntoTheIssues() {
        List<String> text = report.issues().stream()
                .flatMap(i -> i.items().stream())
                .map(item -> item.headline() + item.body())
                .toList();
        assertThat(text).noneMatch(t -> t.contains("root:") || t.contains("lol") || t.contains("Funkloch Funkloch"));
    }
}
