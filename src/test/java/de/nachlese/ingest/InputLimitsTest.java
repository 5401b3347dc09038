package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZIP bombs, Zip Slip names, XXE and charset decoding, each checked on its own. */
class InputLimitsTest {

    @Test
    void zipBombIsStoppedByTheRatioOnceItInflatesPastTheGrace() throws IOException {
        byte[] bomb = fixture("/fixtures/malformed/zip-bomb.zip");
        assertThatThrownBy(() -> ZipEntries.read("bomb.zip", bomb, IngestLimits.DEFAULTS, new ArrayList<>()))
                .isInstanceOf(IssueFormatException.class)
                .hasMessage("ZIP inflates to more than 100 times its size of " + bomb.length
                        + " bytes; refused as a possible ZIP bomb");
    }

    @Test
    void zipBombIsStoppedByTheTotalWhenTheRatioIsGenerous() throws IOException {
        byte[] bomb = fixture("/fixtures/malformed/zip-bomb.zip");
        IngestLimits limits = new IngestLimits(1L << 30, 4L << 20, 100_000, 10);
        assertThatThrownBy(() -> ZipEntries.read("bomb.zip", bomb, limits, new ArrayList<>()))
                .hasMessage("ZIP inflates beyond 4194304 bytes in all; refused as a possible ZIP bomb");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 4; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".txt"));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThatThrownBy(() -> ZipEntries.read(
                        "many.zip", bytes.toByteArray(), new IngestLimits(1000, 1000, 100, 3), new ArrayList<>()))
                .hasMessage("ZIP holds more than 3 entries; refused");
    }

    @Test
    void zipSlipNamesAreRecognised() {
        assertThat(ZipEntries.isSafe("posts/1.html")).isTrue();
        assertThat(ZipEntries.isSafe("a/b/../c.html")).isFalse();
        assertThat(ZipEntries.isSafe("../evil.txt")).isFalse();
        assertThat(ZipEntries.isSafe("/etc/passwd")).isFalse();
        assertThat(ZipEntries.isSafe("C:/Windows/x")).isFalse();
        assertThat(ZipEntries.isSafe("..\\evil.txt")).isFalse();
        assertThat(ZipEntries.isSafe("fine..name.txt")).isTrue();
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "streng geheimer Inhalt");
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>T</title><item><title>KW5 - &x;</title>"
                + "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">&x;</content:encoded>"
                + "</item></channel></rss>";
        FileResult result =
                new IssueReader(FormatProfile.GERMAN_WEEKLY).readFile("xxe.rss", feed.getBytes(StandardCharsets.UTF_8));
        assertThat(result.issues()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.reason())
                                .isEqualTo(
                                        "feed declares a DOCTYPE; refused, because DOCTYPEs and external entities (XXE) are disabled"));
    }

    @Test
    void decodingPicksUtf8ThenTheDeclaredCharsetThenWindows1252() {
        byte[] utf8 = "Grüße – 10 €".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(utf8, "iso-8859-1"))
                .as("valid UTF-8 wins over a wrong label")
                .isEqualTo("Grüße – 10 €");
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(TextDecoder.decode(bom)).isEqualTo("Grüße – 10 €");
        byte[] cp1252 = "Grüße – 10 €".getBytes(TextDecoder.WINDOWS_1252);
        assertThat(TextDecoder.decode(cp1252)).isEqualTo("Grüße – 10 €");
        assertThat(TextDecoder.decode(cp1252, "ISO-8859-1"))
                .as("Latin-1 labels mean windows-1252")
                .isEqualTo("Grüße – 10 €");
        byte[] latin2 = "Łódź".getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));
        assertThat(TextDecoder.decode(latin2, "iso-8859-2")).isEqualTo("Łódź");
    }

    @Test
    void doubleDecodedUtf8IsRepairedAndCleanTextIsLeftAlone() {
        String misread = misreadAsWindows1252("Größe – schön 🔍".getBytes(StandardCharsets.UTF_8));
        assertThat(misread).startsWith("GrÃ¶ÃŸe");
        TextDecoder.Repaired repaired = TextDecoder.repairMojibake(misread);
        assertThat(repaired.text()).isEqualTo("Größe – schön 🔍");
        assertThat(repaired.repairs()).isEqualTo(5);
        assertThat(TextDecoder.repairMojibake("Größe – schön, Ångström, Ça va").repairs())
                .isZero();
    }

    /** As browsers misread: the five bytes windows-1252 leaves undefined become C1 controls (🔍 holds one). */
    private static String misreadAsWindows1252(byte[] utf8) {
        StringBuilder out = new StringBuilder();
        for (byte b : utf8) {
            int u = b & 0xFF;
            String c = new String(new byte[] {b}, TextDecoder.WINDOWS_1252);
            out.append(u >= 0x80 && u <= 0x9F && c.equals("\uFFFD") ? String.valueOf((char) u) : c);
        }
        return out.toString();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(InputLimitsTest.class.getResourceAsStream(name), name)) {
            return in.readAllBytes();
        }
    }
}
