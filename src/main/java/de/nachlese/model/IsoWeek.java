package de.nachlese.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as 2025-W05. The year is the week-based year, which differs from the calendar year around New Year. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    /** The years a week may have (week-based years). */
    public static final int MIN_YEAR = 1900;

    public static final int MAX_YEAR = 2999;
    private static final Pattern ISO = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int weeksInYear = (int) LocalDate.of(year, 6, 1)
                .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                .getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new IllegalArgumentException("week " + week + " does not exist in " + year);
        }
    }

    /** Whether {@link #of(LocalDate)} accepts the date. */
    public static boolean supports(LocalDate date) {
        int year = date.get(IsoFields.WEEK_BASED_YEAR);
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses "2025-W05"; throws IllegalArgumentException on anything else. */
    public static IsoWeek parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO week (expected e.g. 2025-W05): " + text);
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        // years are four digits (1900-2999); "%04d-W%02d" without the formatter, which is slow on the indexing path
        return year + (week < 10 ? "-W0" : "-W") + week;
    }
}
