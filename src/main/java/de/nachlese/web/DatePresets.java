package de.nachlese.web;

import de.nachlese.search.SearchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Date ranges one click away beside the timeline. They count back from the archive's newest item, not from today: an
 * archive that stopped a year ago still answers "the last three months" with its last three months.
 */
public final class DatePresets {

    /** One range: {@code url} is the search with that range, {@code active} when the search has exactly it. */
    public record Preset(String label, String url, boolean active) {}

    private DatePresets() {}

    /**
     * @param oldest the date of the archive's oldest item
     * @param newest the date of its newest item
     */
    static List<Preset> of(SearchRequest request, LocalDate oldest, LocalDate newest) {
        List<Preset> presets = new ArrayList<>();
        add(presets, request, Messages.t("dates.weeks4"), newest.minusWeeks(4).plusDays(1), newest, oldest, newest);
        add(presets, request, Messages.t("dates.months3"), newest.minusMonths(3).plusDays(1), newest, oldest, newest);
        add(presets, request, Messages.t("dates.months12"), newest.minusYears(1).plusDays(1), newest, oldest, newest);
        LocalDate yearStart = newest.withDayOfYear(1);
        add(
                presets,
                request,
                Messages.t("dates.thisYear", String.valueOf(newest.getYear())),
                yearStart,
                newest,
                oldest,
                newest);
        if (oldest.isBefore(yearStart)) {
            LocalDate lastYear = yearStart.minusYears(1);
            add(
                    presets,
                    request,
                    Messages.t("dates.year", String.valueOf(lastYear.getYear())),
                    lastYear,
                    yearStart.minusDays(1),
                    oldest,
                    newest);
        }
        return presets;
    }

    /** A range that holds the whole archive would filter nothing: left out. */
    private static void add(
            List<Preset> presets,
            SearchRequest request,
            String label,
            LocalDate from,
            LocalDate until,
            LocalDate oldest,
            LocalDate newest) {
        if (!from.isAfter(oldest) && !until.isBefore(newest)) {
            return;
        }
        boolean active = from.equals(request.from()) && until.equals(request.until());
        String url = SearchParams.url(
                WebPaths.SEARCH, request.toBuilder().dates(from, until).page(1).build());
        presets.add(new Preset(label, url, active));
    }
}
