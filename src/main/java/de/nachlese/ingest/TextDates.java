package de.nachlese.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The publication date of a post whose container gives none: the first date its text writes, in any common form. */
final class TextDates {

    private static final String MONTHS_EN = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");
    private static final Pattern EN_MONTH_DAY =
            Pattern.compile("(?i)\\b" + MONTHS_EN + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern EN_DAY_MONTH =
            Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS_EN + "\\.?,?\\s+(\\d{4})\\b");

    private TextDates() {}

    /** The first ISO, English ("March 3, 2025", "3 March 2025") or German date in the text. */
    static Optional<LocalDate> first(String text) {
        List<Map.Entry<Integer, LocalDate>> found = new ArrayList<>();
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            try {
                found.add(Map.entry(iso.start(), LocalDate.parse(iso.group(1))));
            } catch (DateTimeParseException e) {
                // not a calendar date ("2025-13-40"); the other forms may still find one
            }
        }
        Matcher md = EN_MONTH_DAY.matcher(text);
        if (md.find()) {
            english(md.group(2), md.group(1), md.group(3)).ifPresent(d -> found.add(Map.entry(md.start(), d)));
        }
        Matcher dm = EN_DAY_MONTH.matcher(text);
        if (dm.find()) {
            english(dm.group(1), dm.group(2), dm.group(3)).ifPresent(d -> found.add(Map.entry(dm.start(), d)));
        }
        Optional<LocalDate> earliest =
                found.stream().min(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
        return earliest.isPresent() ? earliest : GermanDates.find(text);
    }

    private static Optional<LocalDate> english(String day, String month, String year) {
        String m = month.toLowerCase(Locale.ROOT).substring(0, 3);
        int number = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                        .indexOf(m)
                + 1;
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), number, Integer.parseInt(day)));
        } catch (RuntimeException e) {
            return Optional.empty(); // "February 30": no date
        }
    }
}
