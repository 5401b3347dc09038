package de.nachlese.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issues of one input file, choosing the reader by content rather than by file name: ZIP (a platform
 * export, or a plain ZIP of issue files), mbox, RSS/Atom feed, e-mail, HTML or plain text. Every reader ends in
 * {@link Body}s that go through the same {@link IssueSplitter}, so every format gives the same Issue and Item model.
 *
 * <p>Just over 300 lines: it is the one place that recognises every input kind by content, so a newcomer finds
 * the whole dispatch here; each format's parsing lives in its own reader.
 */
public final class IssueReader {

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern WEEK_PREFIX =
            Pattern.compile("^KW\\s*\\d{1,2}\\s*[-–—:|]\\s*", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 8192;
    /** Title and publication of the stand-in header a draft without one is read behind. */
    public static final String DRAFT_TITLE = "Entwurf";

    private final IssueSplitter splitter;
    private final HeadingSplitter headings;
    private final IngestLimits limits;

    public IssueReader(FormatProfile profile) {
        this(profile, IngestLimits.DEFAULTS);
    }

    public IssueReader(FormatProfile profile, IngestLimits limits) {
        this.splitter = new IssueSplitter(profile);
        this.headings = new HeadingSplitter(profile);
        this.limits = limits;
    }

    public IngestLimits limits() {
        return limits;
    }

    /** The same reader with other limits. */
    public IssueReader withLimits(IngestLimits newLimits) {
        return new IssueReader(splitter, headings, newLimits);
    }

    private IssueReader(IssueSplitter splitter, HeadingSplitter headings, IngestLimits limits) {
        this.splitter = splitter;
        this.headings = headings;
        this.limits = limits;
    }

    /** Reads a file that must hold exactly one issue (a text, HTML or e-mail file). */
    public ParsedIssue read(String origin, byte[] bytes) throws IssueFormatException {
        FileResult result = readFile(origin, bytes);
        if (!result.problems().isEmpty()) {
            throw new IssueFormatException(result.problems().get(0).reason());
        }
        if (result.issues().size() != 1) {
            throw new IssueFormatException(
                    "expected one issue, found " + result.issues().size());
        }
        return result.issues().get(0);
    }

    /**
     * Reads a draft: one issue as it is being written, which may lack the title, publication and byline an archived
     * issue has. A draft with a header is read like any issue; one the splitter refuses for its missing header is
     * read again behind a stand-in header ({@value #DRAFT_TITLE}, dated {@code date}), so only its items count.
     */
    public ParsedIssue readDraft(String origin, byte[] bytes, LocalDate date) throws IssueFormatException {
        List<Body> bodies = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        collect(origin, bytes, bodies, problems, false);
        if (bodies.size() != 1) {
            throw new IssueFormatException(
                    problems.isEmpty()
                            ? "expected one draft, found " + bodies.size()
                            : problems.get(0).reason());
        }
        Body body = bodies.get(0);
        try {
            return split(body, List.of());
        } catch (IssueFormatException | RuntimeException withoutHeader) {
            IssueHints hints = new IssueHints(DRAFT_TITLE, DRAFT_TITLE, date, "draft date");
            Body headed = new Body(body.origin(), body.format(), body.html(), body.text(), hints, body.warnings());
            // a byline right after the stand-in header, so the header ends there and the draft's first lines stay text
            return split(
                    headed,
                    List.of(Line.of(
                            "Von " + DRAFT_TITLE + " · " + date.getDayOfMonth() + "." + date.getMonthValue() + "."
                                    + date.getYear(),
                            false)));
        }
    }

    /** Reads every issue of a file. Never throws: what cannot be read is returned as a problem with its reason. */
    public FileResult readFile(String origin, byte[] bytes) {
        List<Body> bodies = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        Format format = Format.TEXT;
        try {
            format = collect(origin, bytes, bodies, problems, false);
        } catch (IssueFormatException e) {
            problems.add(new IngestProblem(origin, e.getMessage()));
        } catch (RuntimeException e) {
            problems.add(new IngestProblem(origin, "cannot read: " + e));
        }
        List<ParsedIssue> issues = new ArrayList<>();
        for (Body body : bodies) {
            try {
                issues.add(split(body));
            } catch (IssueFormatException e) {
                problems.add(new IngestProblem(body.origin(), e.getMessage()));
            } catch (RuntimeException e) {
                problems.add(new IngestProblem(body.origin(), "cannot read: " + e));
            }
        }
        return new FileResult(origin, format, issues, problems);
    }

    private Format collect(
            String origin, byte[] bytes, List<Body> bodies, List<IngestProblem> problems, boolean insideZip)
            throws IssueFormatException {
        if (bytes.length == 0) {
            throw new IssueFormatException("empty file");
        }
        if (ZipEntries.looksLikeZip(bytes)) {
            if (insideZip) {
                throw new IssueFormatException("ZIP inside a ZIP is not read; unpack the outer one");
            }
            return collectZip(origin, bytes, bodies, problems);
        }
        if (looksBinary(bytes)) {
            throw new IssueFormatException("binary content, not a newsletter issue");
        }
        String head = sniffHead(bytes);
        if (MailReader.looksLikeMbox(head)) {
            MailReader.readMbox(origin, bytes, bodies, problems);
            return Format.MBOX;
        }
        if (FeedReader.looksLikeFeed(head)) {
            FeedReader.read(origin, bytes, bodies, problems);
            return bodies.stream().anyMatch(b -> b.format() == Format.ATOM) ? Format.ATOM : Format.RSS;
        }
        if (MailReader.looksLikeEmail(head)) {
            bodies.add(MailReader.readEml(origin, bytes, Format.EML));
            return Format.EML;
        }
        // platform exports that are not ZIPs (see docs/platforms.md)
        if (GhostReader.looksLikeGhost(head)) {
            GhostReader.read(origin, bytes, publicationFromFileName(origin), bodies, problems);
            return Format.GHOST_JSON;
        }
        if (BeehiivReader.looksLikeBeehiiv(head)) {
            BeehiivReader.read(origin, bytes, publicationFromFileName(origin), bodies, problems);
            return Format.BEEHIIV_CSV;
        }
        if (HTML_START.matcher(head).find()) {
            String text =
                    TextDecoder.decode(bytes, TextDecoder.metaCharset(bytes).orElse(null));
            bodies.add(new Body(origin, Format.HTML, true, text, IssueHints.NONE, List.of()));
            return Format.HTML;
        }
        if (FeedReader.looksLikeXml(head)) {
            throw new IssueFormatException("XML, but neither an RSS 2.0 nor an Atom feed nor XHTML");
        }
        bodies.add(new Body(origin, Format.TEXT, false, TextDecoder.decode(bytes), IssueHints.NONE, List.of()));
        return Format.TEXT;
    }

    private Format collectZip(String origin, byte[] bytes, List<Body> bodies, List<IngestProblem> problems)
            throws IssueFormatException {
        Map<String, byte[]> files = ZipEntries.read(origin, bytes, limits, problems);
        if (ButtondownReader.isExport(files)) {
            ButtondownReader.read(origin, files, publicationFromFileName(origin), bodies, problems);
            return Format.BUTTONDOWN_ZIP;
        }
        if (ExportReader.isExport(files)) {
            ExportReader.read(origin, files, publicationFromFileName(origin), bodies, problems);
            return Format.EXPORT_ZIP;
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            if (name.startsWith("__MACOSX/")
                    || name.substring(name.lastIndexOf('/') + 1).startsWith(".")) {
                continue; // resource forks and hidden files that archivers add
            }
            try {
                collect(origin + "!" + name, file.getValue(), bodies, problems, true);
            } catch (IssueFormatException e) {
                problems.add(new IngestProblem(origin + "!" + name, e.getMessage()));
            }
        }
        return Format.ZIP;
    }

    private ParsedIssue split(Body body) throws IssueFormatException {
        return split(body, List.of());
    }

    /** @param afterHeader lines put right after a header taken from the hints (a draft's stand-in byline) */
    private ParsedIssue split(Body body, List<Line> afterHeader) throws IssueFormatException {
        TextDecoder.Repaired repaired = TextDecoder.repairMojibake(body.text());
        IssueHints hints = repairHints(body.hints());
        List<Line> lines = body.html()
                ? HtmlReader.lines(repaired.text(), baseUri(body.origin()))
                : PlainTextReader.lines(repaired.text());
        List<String> warnings = new ArrayList<>(body.warnings());
        if (repaired.repairs() > 0) {
            warnings.add("repaired " + repaired.repairs() + " characters of UTF-8 that had been read as windows-1252");
        }
        List<String> headerWarnings = new ArrayList<>();
        lines = withHeader(lines, hints, headerWarnings, afterHeader);
        // profile choice: the German weekly profile first, the heading profile where it does not fit (ProfileChoice)
        ParsedIssue weekly = null;
        IssueFormatException refused = null;
        try {
            weekly = splitter.split(lines, body.origin(), body.format().id(), hints);
            weekly = new ParsedIssue(weekly.issue(), concat(headerWarnings, weekly.warnings()), weekly.coverage());
        } catch (IssueFormatException e) {
            refused = e;
        }
        ParsedIssue parsed = ProfileChoice.choose(weekly, refused, () -> headings.read(body, repaired.text(), hints));
        warnings.addAll(parsed.warnings());
        return new ParsedIssue(parsed.issue(), warnings, parsed.coverage());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Feed entries, e-mails and export posts often carry the title and publication only in their container. When
     * the text has no header of its own and does not start with the container's title, those two header lines are
     * put in front of it; a text with its own header keeps it, whatever the container says.
     */
    private static List<Line> withHeader(
            List<Line> lines, IssueHints hints, List<String> warnings, List<Line> afterHeader) {
        // a draft's stand-in byline (afterHeader) needs the container's header in front of it
        if (hints.title() == null || lines.isEmpty() || (afterHeader.isEmpty() && HeaderReader.hasOwnHeader(lines))) {
            return lines;
        }
        String first = WEEK_PREFIX.matcher(lines.get(0).text()).replaceFirst("").toLowerCase(Locale.GERMAN);
        String title = hints.title().toLowerCase(Locale.GERMAN);
        if (!first.isEmpty()
                && (title.contains(first)
                        || first.contains(WEEK_PREFIX.matcher(title).replaceFirst("")))) {
            return lines;
        }
        List<Line> withHeader = new ArrayList<>();
        withHeader.add(Line.of(hints.title(), true));
        if (hints.publication() != null) {
            withHeader.add(Line.of(hints.publication(), false));
        }
        withHeader.addAll(afterHeader);
        withHeader.addAll(lines);
        warnings.add("the text has no title line; used the title \"" + hints.title() + "\""
                + (hints.publication() == null ? "" : " and the publication \"" + hints.publication() + "\"")
                + " from the container");
        return withHeader;
    }

    private static IssueHints repairHints(IssueHints hints) {
        if (hints.title() == null && hints.publication() == null) {
            return hints;
        }
        return new IssueHints(
                hints.title() == null
                        ? null
                        : TextDecoder.repairMojibake(hints.title()).text(),
                hints.publication() == null
                        ? null
                        : TextDecoder.repairMojibake(hints.publication()).text(),
                hints.date(),
                hints.dateSource(),
                hints.tags());
    }

    /** "…/wochenwerk-tech-export.zip" → "Wochenwerk Tech": the export holds no publication name of its own. */
    private static String publicationFromFileName(String origin) {
        String name = origin.substring(Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\')) + 1);
        Matcher m = Pattern.compile("(?i)(.+?)([-_ ](export|posts).*)?\\.(zip|json|csv)$")
                .matcher(name);
        String stem = m.matches() ? m.group(1) : name;
        StringBuilder publication = new StringBuilder();
        for (String word : stem.split("[-_ ]+")) {
            if (!word.isEmpty()) {
                publication
                        .append(publication.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return publication.toString();
    }

    private static String sniffHead(byte[] bytes) {
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        return new String(bytes, offset, Math.min(bytes.length - offset, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    }

    static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > limit / 20; // text has almost no control characters; binary junk has many
    }

    private static String baseUri(String origin) {
        return origin.startsWith("http://") || origin.startsWith("https://") ? origin : "";
    }
}
