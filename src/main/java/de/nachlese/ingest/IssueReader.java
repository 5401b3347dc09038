package de.nachlese.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads one issue from raw bytes, choosing the reader by content rather than by file name. */
public final class IssueReader {

    private static final Pattern HTML_START = Pattern.compile("^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final IssueSplitter splitter;

    public IssueReader(FormatProfile profile) {
        this.splitter = new IssueSplitter(profile);
    }

    /** The input kinds this reader tells apart. */
    public enum Kind {
        TEXT, HTML;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ParsedIssue read(String origin, byte[] bytes) throws IssueFormatException {
        if (looksBinary(bytes)) {
            throw new IssueFormatException("binary content, not a newsletter issue");
        }
        String text = TextDecoder.decode(bytes);
        Kind kind = detect(text);
        List<Line> lines = kind == Kind.HTML ? HtmlReader.lines(text, baseUri(origin)) : PlainTextReader.lines(text);
        return splitter.split(lines, origin, kind.id());
    }

    static Kind detect(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return HTML_START.matcher(head).find() ? Kind.HTML : Kind.TEXT;
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String baseUri(String origin) {
        return origin.startsWith("http://") || origin.startsWith("https://") ? origin : "";
    }
}
