package de.nachlese.ingest;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * E-mails: single .eml files and mbox files holding many. MIME decoding (multipart, quoted-printable, base64,
 * RFC 2047 subjects) is Jakarta Mail's; this class picks the part to read (HTML wins over plain text, attachments
 * are ignored) and the header values the splitter may fall back on.
 */
final class MailReader {

    private static final Pattern HEADER_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*:[ \\t]?.*");
    private static final Pattern KEY_HEADER =
            Pattern.compile("(?im)^(from|date|subject|mime-version|message-id|received|return-path|to):");
    private static final Pattern MBOX_SEPARATOR = Pattern.compile("(?m)^From [^\\r\\n]*\\r?\\n");
    private static final Pattern MBOXRD_QUOTED_FROM = Pattern.compile("(?m)^>(>*From )");
    private static final Pattern DATE_COMMENT = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String DATE_SOURCE = "e-mail Date header";

    /**
     * Jakarta Mail 2.1 looks up its StreamProvider afresh for every message, header block, body part and encoded
     * word (jakartaee/mail-api#861), and without this property each lookup is a ServiceLoader scan of the class
     * path: an eighth of the CPU time of indexing an mbox. Naming the provider (Angus Mail's, the one on our class
     * path) makes the lookup a loaded-class check. A value set by the user wins.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /**
     * Strict parsing, so a truncated multipart is reported instead of silently read in part. In a holder class, so
     * that the mail classes load only when an archive holds mail, not when a plain-text issue asks whether it is one.
     */
    private static final class Strict {
        static final Session SESSION = Session.getInstance(strictProperties());
    }

    private MailReader() {}

    /** The head of an RFC 5322 message: header lines up to the first blank line, with at least one typical header. */
    static boolean looksLikeEmail(String head) {
        String firstLine = head.lines().findFirst().orElse("");
        if (!HEADER_LINE.matcher(firstLine).matches()) {
            return false;
        }
        int blank = head.indexOf("\n\n");
        int blankCrlf = head.indexOf("\r\n\r\n");
        int end = blank < 0 ? blankCrlf : blankCrlf < 0 ? blank : Math.min(blank, blankCrlf);
        String headers = end < 0 ? head : head.substring(0, end);
        return KEY_HEADER.matcher(headers).find();
    }

    static boolean looksLikeMbox(String head) {
        return head.startsWith("From ") && MBOX_SEPARATOR.matcher(head).lookingAt();
    }

    static Body readEml(String origin, byte[] bytes, Format format) throws IssueFormatException {
        MimeMessage message;
        try {
            message = new MimeMessage(Strict.SESSION, new ByteArrayInputStream(bytes));
            List<String> warnings = new ArrayList<>();
            Part part = bestPart(message);
            if (part == null) {
                throw new IssueFormatException("the e-mail has neither a text/plain nor a text/html part");
            }
            requireEndBoundary(message, bytes);
            boolean html = part.isMimeType("text/html");
            String text = TextDecoder.decode(readPart(part), charset(part));
            if (text.isBlank()) {
                throw new IssueFormatException("the e-mail's "
                        + part.getContentType().split(";")[0] + " part is empty (or its transfer encoding is broken)");
            }
            IssueHints hints =
                    new IssueHints(message.getSubject(), sender(message), date(message, warnings), DATE_SOURCE);
            return new Body(origin, format, html, text, hints, warnings);
        } catch (MessagingException e) {
            throw new IssueFormatException("broken e-mail (MIME): " + reason(e));
        } catch (IOException e) {
            throw new IssueFormatException("broken e-mail content (truncated or badly encoded): " + reason(e));
        }
    }

    /**
     * An mbox: messages separated by "From " lines (mboxrd quoting of "&gt;From " is undone). Each message is read on
     * its own; a broken one is reported as a problem of "file#n".
     */
    static void readMbox(String origin, byte[] bytes, List<Body> bodies, List<IngestProblem> problems) {
        // ISO-8859-1 maps every byte to one char and back, so splitting the text splits the bytes exactly
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        var separators = MBOX_SEPARATOR.matcher(all);
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        while (separators.find()) {
            if (start >= 0) {
                spans.add(new int[] {start, separators.start()});
            }
            start = separators.end();
        }
        if (start >= 0) {
            spans.add(new int[] {start, all.length()});
        }
        for (int n = 0; n < spans.size(); n++) {
            String raw = MBOXRD_QUOTED_FROM
                    .matcher(all.substring(spans.get(n)[0], spans.get(n)[1]))
                    .replaceAll("$1");
            String messageOrigin = origin + "#" + (n + 1);
            if (raw.isBlank()) {
                problems.add(new IngestProblem(messageOrigin, "empty message in the mbox"));
                continue;
            }
            try {
                bodies.add(readEml(messageOrigin, raw.getBytes(StandardCharsets.ISO_8859_1), Format.MBOX));
            } catch (IssueFormatException e) {
                problems.add(new IngestProblem(messageOrigin, e.getMessage()));
            }
        }
    }

    /**
     * Jakarta Mail reads a multipart without its closing boundary leniently (a JVM-wide setting decides), which
     * would index a cut-off e-mail as if it were whole; a truncated message is refused instead.
     */
    private static void requireEndBoundary(MimeMessage message, byte[] bytes)
            throws MessagingException, IssueFormatException {
        if (!message.isMimeType("multipart/*")) {
            return;
        }
        String boundary;
        try {
            boundary = new ContentType(message.getContentType()).getParameter("boundary");
        } catch (ParseException e) {
            throw new IssueFormatException("broken e-mail (MIME): unreadable Content-Type " + message.getContentType());
        }
        if (boundary == null) {
            throw new IssueFormatException("broken e-mail (MIME): multipart without a boundary");
        }
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!raw.contains("--" + boundary + "--")) {
            throw new IssueFormatException(
                    "truncated e-mail: the closing MIME boundary \"--" + boundary + "--\" is missing");
        }
    }

    /** The HTML part when there is one, else the plain-text part; parts marked as attachments are skipped. */
    private static Part bestPart(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType("text/html") || part.isMimeType("text/plain")) {
            return part;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            Part plain = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = bestPart(child);
                if (found != null && found.isMimeType("text/html")) {
                    return found;
                }
                if (found != null && plain == null) {
                    plain = found;
                }
            }
            return plain;
        }
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage inner) {
            return bestPart(inner);
        }
        return null;
    }

    private static byte[] readPart(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String charset(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getParameter("charset");
        } catch (ParseException e) {
            return null;
        }
    }

    private static String sender(MimeMessage message) throws MessagingException {
        String[] from = message.getHeader("From");
        if (from == null || from.length == 0) {
            return null;
        }
        try {
            InternetAddress address = new InternetAddress(from[0], false);
            return address.getPersonal() != null ? address.getPersonal() : null;
        } catch (AddressException e) {
            return null;
        }
    }

    /** The calendar day in the sender's own time zone: a Monday 00:30 +0100 mail belongs to Monday's week. */
    private static LocalDate date(MimeMessage message, List<String> warnings) throws MessagingException {
        String header = message.getHeader("Date", null);
        if (header == null) {
            return null;
        }
        String cleaned = WHITESPACE
                .matcher(DATE_COMMENT.matcher(header).replaceAll("").strip())
                .replaceAll(" ");
        try {
            return java.time.OffsetDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate();
        } catch (DateTimeParseException e) {
            java.util.Date sent = message.getSentDate();
            if (sent == null) {
                warnings.add("unreadable Date header \"" + header + "\"");
                return null;
            }
            return sent.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static Properties strictProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "false");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.address.strict", "false");
        return properties;
    }
}
