package de.nachlese.web;

import de.nachlese.index.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.ItemType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** German display names for types, facets, weeks and dates. */
public final class Labels {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Labels() {
    }

    public static String type(ItemType type) {
        return switch (type) {
            case LEAD -> "Aufmacher";
            case NEWS -> "Meldung";
            case CHART -> "Chart der Woche";
            case LISTEN -> "Hörenswert";
            case EARNINGS -> "Earnings";
        };
    }

    public static String facet(Facet facet) {
        return switch (facet) {
            case COMPANY -> "Firmen";
            case PERSON -> "Personen";
            case TOPIC -> "Themen";
            case TYPE -> "Typ";
            case SOURCE -> "Quellen";
            case WEEK -> "Woche";
        };
    }

    /** A facet value as shown: type ids become German names, weeks "KW 5/2025". */
    public static String facetValue(Facet facet, String value) {
        try {
            return switch (facet) {
                case TYPE -> type(ItemType.fromId(value));
                case WEEK -> {
                    IsoWeek week = IsoWeek.parse(value);
                    yield "KW " + week.week() + "/" + week.year();
                }
                default -> value;
            };
        } catch (IllegalArgumentException unknownValue) {
            return value;
        }
    }

    /** "KW 5 · 27.01.2025" */
    public static String weekBadge(IsoWeek week, LocalDate date) {
        return "KW " + week.week() + " · " + date.format(GERMAN_DATE);
    }

    public static String date(LocalDate date) {
        return date.format(GERMAN_DATE);
    }
}
