package de.nachlese.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** An ISO-8601 week such as 2025-W05. The year is the week-based year, which differs from the calendar year around New Year. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    /** The years a week may have (week-based years). */
    public static final int MIN_YEAR = 1900;

    public static final int MAX_YEAR = 2999;

    public IsoWeek {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        // every year has 52 weeks; only a 53rd needs the calendar (read for every hit a search shows)
        if (week < 1 || week > 52 && week > weeksIn(year)) {
            throw new IllegalArgumentException("week " + week + " does not exist in " + year);
        }
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1)
                .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                .getMaximum();
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
        String week = text == null ? "" : text.trim();
        // "dddd-Wdd" read by hand: every hit of a search page parses its week, and a regular expression was most of it
        if (week.length() != 8 || week.charAt(4) != '-' || week.charAt(5) != 'W') {
            throw new IllegalArgumentException("not an ISO week (expected e.g. 2025-W05): " + text);
        }
        return new IsoWeek(digits(week, 0, 4, text), digits(week, 6, 8, text));
    }

    private static int digits(String week, int from, int to, String text) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = week.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not an ISO week (expected e.g. 2025-W05): " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
