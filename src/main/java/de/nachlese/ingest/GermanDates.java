package de.nachlese.ingest;

import de.nachlese.model.GermanMonths;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as German newsletters write them: "27. Januar 2025", "3. Feb. 2025", "27.01.2025". */
final class GermanDates {

    /** Day, month name and optional year: "27. Januar 2025" or "27. Januar". */
    static final String DAY_MONTH = "(\\d{1,2})\\.\\s*(\\p{L}+)\\.?(?:\\s+(\\d{4}))?";

    private static final Pattern WRITTEN = Pattern.compile("(?<![\\p{L}\\d])" + DAY_MONTH);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");

    private GermanDates() {}

    /** The first complete date (with a year) in the text. */
    static Optional<LocalDate> find(String text) {
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                Optional<LocalDate> date = toDate(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(n.group(3)), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(1))));
            } catch (DateTimeException e) {
                // not a date after all, e.g. a version number; keep looking
            }
        }
        return Optional.empty();
    }

    /** A day and month name in a given year; empty when the month is unknown or the day does not exist. */
    static Optional<LocalDate> toDate(String day, String monthName, int year) {
        Integer month = GermanMonths.number(monthName);
        if (month == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
