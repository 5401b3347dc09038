package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.Source;
import de.nachlese.model.TextChars;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fuzz tests of the parsers that read files Nachlese did not write. Under {@code mvn verify} each method runs its
 * seed corpus only (regression mode: src/test/resources/de/nachlese/ingest/IngestFuzzTestInputs/METHOD/, which
 * also holds the inputs of every finding fixed so far); {@code JAZZER_FUZZ=1} fuzzes one method (SECURITY.md).
 *
 * <p>The contract checked: a reader either returns issues that satisfy the invariants below or refuses the input
 * with an {@link IssueFormatException} (a problem with a reason, for {@link IssueReader#readFile}); any other
 * exception, a hang or a broken invariant is a finding.
 */
class IngestFuzzTest {

    private static final IssueSplitter SPLITTER = new IssueSplitter(FormatProfile.GERMAN_WEEKLY);
    private static final IssueReader READER = new IssueReader(FormatProfile.GERMAN_WEEKLY);

    @FuzzTest(maxDuration = "5m")
    void plainText(byte[] bytes) {
        List<Line> lines = PlainTextReader.lines(TextDecoder.decode(bytes));
        checkLines(lines);
        split(lines, "fuzz.txt", Format.TEXT);
        checkFile(READER.readFile("fuzz.txt", bytes));
    }

    @FuzzTest(maxDuration = "5m")
    void html(byte[] bytes) {
        List<Line> lines = HtmlReader.lines(
                TextDecoder.decode(bytes, TextDecoder.metaCharset(bytes).orElse(null)), "");
        checkLines(lines);
        split(lines, "fuzz.html", Format.HTML);
        checkFile(READER.readFile("fuzz.html", bytes));
    }

    @FuzzTest(maxDuration = "5m")
    void mail(byte[] bytes) {
        try {
            Body body = MailReader.readEml("fuzz.eml", bytes, Format.EML);
            assertThat(body.text()).isNotBlank();
            checkText(body.hints().title(), true);
            checkText(body.hints().publication(), true);
        } catch (IssueFormatException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        checkFile(READER.readFile("fuzz.eml", bytes));
    }

    /** RSS 2.0 and Atom, read as the archive reader reads a feed file; ten minutes when fuzzed (SECURITY.md). */
    @FuzzTest(maxDuration = "10m")
    void feed(byte[] bytes) {
        checkFile(READER.readFile("fuzz.xml", bytes));
    }

    private static void split(List<Line> lines, String origin, Format format) {
        try {
            checkIssue(SPLITTER.split(lines, origin, format.id()).issue());
        } catch (IssueFormatException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** What the indexer gets: issues that keep every invariant, and problems that were foreseen. */
    private static void checkFile(FileResult result) {
        for (IngestProblem problem : result.problems()) {
            // IssueReader turns an unexpected RuntimeException into "cannot read: <exception>": that is a bug
            assertThat(problem.reason()).as("problem of %s", problem.origin()).doesNotStartWith("cannot read:");
        }
        result.issues().forEach(parsed -> checkIssue(parsed.issue()));
    }

    private static void checkLines(List<Line> lines) {
        for (Line line : lines) {
            assertThat(line.text()).isNotEmpty().isEqualTo(line.text().strip()).doesNotContain("\n");
            checkText(line.text(), false);
        }
    }

    private static void checkIssue(Issue issue) {
        checkText(issue.publication(), false);
        checkText(issue.title(), false);
        Set<String> ids = new HashSet<>();
        for (Item item : issue.items()) {
            assertThat(ids.add(item.id())).as("unique id %s", item.id()).isTrue();
            assertThat(item.headline()).isNotBlank();
            checkText(item.headline(), false);
            checkText(item.emoji(), false);
            checkText(item.body(), true);
            for (Source source : item.sources()) {
                checkText(source.outlet(), false);
            }
        }
    }

    /**
     * Text that reaches the index, the pages and the Atom feed holds no control characters, no noncharacters
     * (XML 1.0 forbids them, so one would break the feed: {@link TextChars}) and no unpaired surrogates; bodies keep
     * their line breaks.
     */
    private static void checkText(String text, boolean multiline) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedBreak = multiline && c == '\n';
            assertThat(allowedBreak || !Character.isISOControl(c))
                    .as("control character U+%04X at %d in \"%s\"", (int) c, i, text)
                    .isTrue();
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                        .as("unpaired surrogate at %d", i)
                        .isTrue();
                assertThat(TextChars.allowed(text.codePointAt(i)))
                        .as("code point U+%X at %d", text.codePointAt(i), i)
                        .isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c))
                        .as("unpaired surrogate at %d", i)
                        .isFalse();
                assertThat(TextChars.allowed(c))
                        .as("code point U+%04X at %d in \"%s\"", (int) c, i, text)
                        .isTrue();
            }
        }
    }
}
