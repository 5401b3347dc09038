package de.nachlese.web;

import static de.nachlese.web.Messages.t;

import de.nachlese.model.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.ItemType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Display names for types, facets, weeks and dates, in the reader's language. */
public final class Labels {

    private Labels() {}

    public static String type(ItemType type) {
        return t("type." + type.id());
    }

    public static String facet(Facet facet) {
        return t("facet." + facet.id());
    }

    /** A facet value as shown: type ids become names, weeks "KW 5/2025". */
    public static String facetValue(Facet facet, String value) {
        try {
            return switch (facet) {
                case TYPE -> type(ItemType.fromId(value));
                case WEEK -> week(IsoWeek.parse(value));
                default -> value;
            };
        } catch (IllegalArgumentException unknownValue) {
            return value;
        }
    }

    /** "KW 5/2025"; numbers go in as text so MessageFormat does not group the year as 2.025. */
    public static String week(IsoWeek week) {
        return t("week.short", String.valueOf(week.week()), String.valueOf(week.year()));
    }

    /** "KW 5 · 27.01.2025" */
    public static String weekBadge(IsoWeek week, LocalDate date) {
        return t("week.badge", String.valueOf(week.week()), date(date));
    }

    public static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(t("date.pattern")));
    }

    /** "Jan 2025" with the year, "Feb" without, in the reader's language. */
    public static String month(java.time.YearMonth month, boolean withYear) {
        String name = month.getMonth()
                .getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, Messages.locale())
                .replace(".", "");
        return withYear ? name + " " + month.getYear() : name;
    }
}
