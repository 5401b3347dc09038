package de.nachlese.web;

import de.nachlese.model.EarningsEntry;
import de.nachlese.model.Facet;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.search.Hit;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One report date of an earnings calendar, as the calendar table, the JSON and the ICS feed show it.
 *
 * @param itemId the calendar item that announced it
 */
public record EarningsRow(EarningsEntry entry, String itemId) {

    /** An issue may announce report dates this far ahead, so issues this much older than the dates asked are read. */
    private static final int ANNOUNCED_AHEAD_MONTHS = 3;

    /** The rows of one calendar item, in its order. */
    public static List<EarningsRow> of(Item item) {
        return item.tags().earnings().stream()
                .map(e -> new EarningsRow(e, item.id()))
                .toList();
    }

    public String companyUrl() {
        return EntityRoute.COMPANY.url(entry.company());
    }

    public String itemUrl() {
        return WebPaths.item(itemId);
    }

    /** "Mi., 26.02.2025" */
    public String day() {
        return entry.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Messages.locale()) + ", "
                + Labels.date(entry.date());
    }

    /** "nach Börsenschluss" for AMC: the abbreviations of the calendars spelt out. */
    public String timing() {
        return Messages.t("earnings." + entry.timing().name());
    }

    /**
     * Every calendar entry of the earnings items matching {@code asked}, dated from {@code from} to {@code until}
     * (either may be null), by date; a company filter keeps only its entries. A calendar announces dates a few
     * months ahead, so the items are read, oldest first, from a little before {@code from}, at most {@link
     * SearchRequest#MAX_WINDOW} of them.
     */
    static List<EarningsRow> all(ItemSearcher searcher, SearchRequest asked, LocalDate from, LocalDate until)
            throws IOException {
        Map<Facet, List<String>> filters = calendarFilters(asked);
        List<String> companies = asked.selected(Facet.COMPANY);
        List<EarningsRow> entries = new ArrayList<>();
        for (int page = 1; page * SearchRequest.MAX_SIZE <= SearchRequest.MAX_WINDOW; page++) {
            SearchPage result = searcher.search(SearchRequest.builder()
                    .query(asked.query())
                    .filters(filters)
                    .from(from == null ? null : from.minusMonths(ANNOUNCED_AHEAD_MONTHS))
                    .sort(SortOrder.OLDEST)
                    .page(page)
                    .size(SearchRequest.MAX_SIZE)
                    .build());
            for (Hit hit : result.hits()) {
                for (EarningsEntry entry : hit.stored().item().tags().earnings()) {
                    boolean inRange = (from == null || !entry.date().isBefore(from))
                            && (until == null || !entry.date().isAfter(until));
                    if (inRange && (companies.isEmpty() || companies.contains(entry.company()))) {
                        entries.add(new EarningsRow(entry, hit.stored().item().id()));
                    }
                }
            }
            if (!result.hasNext()) {
                break;
            }
        }
        entries.sort(Comparator.comparing((EarningsRow d) -> d.entry().date())
                .thenComparing(d -> d.entry().company()));
        return entries;
    }

    /** The asked filters, narrowed to earnings calendars. */
    static Map<Facet, List<String>> calendarFilters(SearchRequest asked) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(asked.filters());
        filters.put(Facet.TYPE, List.of(ItemType.EARNINGS.id()));
        return filters;
    }
}
