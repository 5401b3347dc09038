package de.nachlese.ingest;

import de.nachlese.model.IsoWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The head of an issue: title line ("KW5 - Titel", "Ausgabe #123 – Titel" or just a title), publication line and
 * byline ("Von Name · 27. Januar 2025", "Von Name am 3. März 2023").
 */
final class HeaderReader {

    private static final Pattern WEEK_TITLE =
            Pattern.compile("^KW\\s*(\\d{1,2})\\s*[-–—:|]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_TITLE = Pattern.compile(
            "^(?:Ausgabe|Nr\\.|No\\.|#)\\s*#?\\s*(\\d{1,5})\\s*[-–—:|]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE =
            Pattern.compile("^Von\\s+(.+?)\\s*(?:[·|•–—-]|\\s+am\\s+)\\s*(.*\\d{4})\\s*$");
    private static final Pattern EDITION = Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)$");
    private static final int MAX_HEADER_LINES = 6;

    private HeaderReader() {}

    record Header(
            String title,
            String publication,
            LocalDate date,
            IsoWeek week,
            Map<String, String> metadata,
            int endIndex) {}

    /**
     * Whether the text carries its own issue header: a title line, a publication line and a byline with a date, or a
     * "KW 9 - …" / "Nr. 12 - …" title. Then the text's title and publication win over a container's (an e-mail is
     * often sent under a subject that is not the issue's title, from a sender that is not the publication).
     */
    static boolean hasOwnHeader(List<Line> lines) {
        if (lines.size() < 2 || Emoji.split(lines.get(0).text()).hasEmoji()) {
            return false;
        }
        try {
            Header own = read(lines, IssueHints.NONE, new java.util.ArrayList<>());
            return own.metadata().containsKey("author")
                    || own.metadata().containsKey("weekLabel")
                    || own.metadata().containsKey("issueNumber");
        } catch (IssueFormatException noHeader) {
            return false;
        }
    }

    static Header read(List<Line> lines, IssueHints hints, List<String> warnings) throws IssueFormatException {
        Map<String, String> metadata = new LinkedHashMap<>();
        String title = lines.get(0).text();
        Integer weekHint = null;
        Matcher weekTitle = WEEK_TITLE.matcher(title);
        Matcher numberTitle = NUMBER_TITLE.matcher(title);
        if (weekTitle.matches()) {
            weekHint = Integer.parseInt(weekTitle.group(1));
            title = weekTitle.group(2).strip();
            metadata.put("weekLabel", "KW" + weekHint);
        } else if (numberTitle.matches()) {
            title = numberTitle.group(2).strip();
            metadata.put("issueNumber", numberTitle.group(1));
        }
        String publication = null;
        LocalDate date = null;
        int end = 1;
        while (end < lines.size()
                && end <= MAX_HEADER_LINES
                && !Emoji.split(lines.get(end).text()).hasEmoji()) {
            String text = lines.get(end).text();
            Matcher byline = BYLINE.matcher(text);
            if (date == null
                    && byline.matches()
                    && GermanDates.find(byline.group(2)).isPresent()) {
                metadata.put("author", byline.group(1).strip());
                date = GermanDates.find(byline.group(2)).get();
            } else if (publication == null) {
                publication = text;
            } else if (date != null) {
                break; // publication and byline are read: a further plain line is the issue's first text
            }
            end++;
        }
        if (publication == null) {
            throw new IssueFormatException(
                    "no publication line after the title line \"" + lines.get(0).text() + "\"");
        }
        Matcher edition = EDITION.matcher(publication);
        if (edition.matches()) {
            publication = edition.group(1);
            metadata.put("edition", edition.group(2));
        }
        if (date == null && hints.date() != null) {
            date = hints.date();
            warnings.add("no byline date, used the " + hints.dateSource() + ": " + date);
        }
        if (date == null) {
            String all = lines.stream().map(Line::text).collect(Collectors.joining("\n"));
            Optional<LocalDate> found = GermanDates.find(all);
            if (found.isEmpty()) {
                throw new IssueFormatException(
                        "no publication date: neither a byline \"Von … · 27. Januar 2025\" nor any date in the text");
            }
            date = found.get();
            warnings.add("no byline date, used the first date in the text: " + date);
        }
        if (!IsoWeek.supports(date)) {
            // found by IngestFuzzTest: "10. März 4050" in a byline made IsoWeek throw instead of refusing the file
            throw new IssueFormatException(
                    "publication date " + date + " is outside the years " + IsoWeek.MIN_YEAR + "–" + IsoWeek.MAX_YEAR);
        }
        IsoWeek week = IsoWeek.of(date);
        if (weekHint != null && weekHint != week.week()) {
            warnings.add("title says KW" + weekHint + " but the date " + date + " is in " + week + "; the date wins");
        }
        return new Header(title, publication, date, week, metadata, end);
    }
}
