package de.nachlese.tagging;

import de.nachlese.model.EarningsEntry;
import de.nachlese.model.GermanMonths;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the weekday lines of an earnings calendar, "Dienstag 28. Januar: Boeing (BMO), SAP (AMC)", into structured
 * entries. The year comes from the issue date; a calendar printed in late December that reaches into January gets
 * the next year. Calendars in other forms (a list "- Mo, 3.2.: Palantir", a table "| 23.7. | Alphabet, Tesla |", a
 * single line "Apple, Amazon, Meta", times "Di 22:05 Uhr: Airbnb") give their companies by {@link #companies}.
 */
final class EarningsCalendar {

    static final Pattern DAY_LINE = Pattern.compile(
            "^\\s*(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\\s+(\\d{1,2})\\.\\s*(\\p{L}+)\\.?(?:\\s+(\\d{4}))?\\s*:\\s*(.+)$",
            Pattern.MULTILINE);
    private static final Pattern ENTRY =
            Pattern.compile("^(.+?)\\s*\\(\\s*(BMO|AMC)\\s*\\)$", Pattern.CASE_INSENSITIVE);

    /** Maps a name as the calendar writes it ("GM", "logitech") to a canonical company name, or null when unknown. */
    interface CompanyNames {
        String canonical(String written);
    }

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*(?:[,;|•]|\\s(?:und|and)\\s)\\s*");
    private static final Pattern LINE_START = Pattern.compile("^[\\s\\-*•|]+");
    /** "3.2.:", "Di 22:05 Uhr:", "Mo:" before the names of a day. */
    private static final Pattern DAY_PREFIX = Pattern.compile("^.*:\\s+");
    /** The shape of a company name no gazetteer knows: capitalised words, connectors, at most four words. */
    private static final Pattern NAME_SHAPE = Pattern.compile(
            "^[\\p{Lu}\\d][\\p{L}\\d.&'’-]*(?:\\s+(?:[\\p{Lu}\\d&][\\p{L}\\d.&'’-]*|of|de|the|und|and)){0,3}$");

    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch"
            + "|donnerstag|freitag|samstag|sonntag|datum|tag|zeit|uhrzeit|uhr|unternehmen|firma|firmen|termin|termine"
            + "|woche|nachbörslich|vorbörslich|bmo|amc|tbd|\\p{L}+\\s+(?:januar|februar|märz|april|mai|juni|juli|august"
            + "|september|oktober|november|dezember))$|.*[!?:]$|.*\\p{Ll}{3,}\\.$|^[\\d.\\s/:-]+$");

    private final CompanyNames names;

    EarningsCalendar(CompanyNames names) {
        this.names = names;
    }

    /** The entries of every weekday line in the text; lines that are not calendar lines are ignored. */
    List<EarningsEntry> read(String text, LocalDate issueDate) {
        List<EarningsEntry> entries = new ArrayList<>();
        Matcher line = DAY_LINE.matcher(text);
        while (line.find()) {
            LocalDate date = date(line.group(1), line.group(2), line.group(3), issueDate);
            if (date == null) {
                continue;
            }
            for (String part : line.group(4).split(",")) {
                String written = part.strip();
                if (written.isEmpty()) {
                    continue;
                }
                Matcher entry = ENTRY.matcher(written);
                EarningsEntry.Timing timing = EarningsEntry.Timing.UNSPECIFIED;
                if (entry.matches()) {
                    written = entry.group(1).strip();
                    timing = EarningsEntry.Timing.valueOf(entry.group(2).toUpperCase(Locale.ROOT));
                }
                String canonical = names.canonical(written);
                entries.add(new EarningsEntry(canonical == null ? written : canonical, date, timing));
            }
        }
        return entries;
    }

    /**
     * The companies of a calendar written in any other form: every cell of every line (split at commas, semicolons,
     * pipes, bullets and "und"), without its date or time prefix and its "(nachbörslich)" note, that the gazetteer
     * knows by any name, or that is shaped like a name (capitalised, at most four words, no sentence). Position makes
     * them companies, as it does on weekday lines, so ambiguous names ("Alphabet") count without context.
     *
     * @param text the item's body without its weekday lines ({@link #withoutCalendarLines})
     */
    List<String> companies(String text) {
        List<String> companies = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String bare = PARENTHESES
                    .matcher(LINE_START.matcher(line).replaceFirst(""))
                    .replaceAll(" ");
            for (String part : CELL_SEPARATOR.split(bare)) {
                String cell = DAY_PREFIX.matcher(part.strip()).replaceFirst("").strip();
                if (cell.isEmpty() || NOT_A_NAME.matcher(cell).matches()) {
                    continue;
                }
                String canonical = names.canonical(cell);
                if (canonical != null) {
                    companies.add(canonical);
                } else if (NAME_SHAPE.matcher(cell).matches()) {
                    companies.add(cell);
                }
            }
        }
        return companies;
    }

    /** The text without its calendar lines, so that the names on them cannot be matched as mentions. */
    static String withoutCalendarLines(String text) {
        // every weekday but one ends in "tag": most items hold neither, and need no run of the line pattern
        if (!text.contains("tag") && !text.contains("Mittwoch")) {
            return text;
        }
        return DAY_LINE.matcher(text).replaceAll("");
    }

    private static LocalDate date(String day, String monthName, String year, LocalDate issueDate) {
        Integer month = GermanMonths.number(monthName);
        if (month == null) {
            return null;
        }
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            }
            LocalDate date = LocalDate.of(issueDate.getYear(), month, Integer.parseInt(day));
            // A calendar runs a few days ahead of its issue: far in the past means it crossed New Year.
            if (date.isBefore(issueDate.minusMonths(6))) {
                return date.plusYears(1);
            }
            return date.isAfter(issueDate.plusMonths(6)) ? date.minusYears(1) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
