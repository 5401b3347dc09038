package de.nachlese.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One company on an earnings calendar: who reports, on which day, and when in the trading day.
 *
 * @param company canonical company name when the gazetteer knows it, otherwise the name as the calendar writes it
 */
public record EarningsEntry(String company, LocalDate date, Timing timing) {

    /** When the results come out relative to the US trading session. */
    public enum Timing {
        /** before market open */
        BMO,
        /** after market close */
        AMC,
        /** the calendar gives no time */
        UNSPECIFIED
    }

    public EarningsEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(timing, "timing");
        if (company == null || company.isBlank()) {
            throw new IllegalArgumentException("earnings entry without a company");
        }
        company = company.strip();
    }

    /** "SAP 2025-01-27 AMC": the form the index stores. */
    public String encode() {
        return company + "\t" + date + "\t" + timing;
    }

    public static EarningsEntry decode(String encoded) {
        String[] parts = encoded.split("\t");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not an encoded earnings entry: " + encoded);
        }
        return new EarningsEntry(parts[0], LocalDate.parse(parts[1]), Timing.valueOf(parts[2]));
    }
}
