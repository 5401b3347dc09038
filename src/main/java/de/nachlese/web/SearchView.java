package de.nachlese.web;

import de.nachlese.model.Facet;
import de.nachlese.search.FacetValue;
import de.nachlese.search.QueryNotes;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.SortOrder;
import de.nachlese.search.SyntaxErrors;
import de.nachlese.search.suggest.Completion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the search templates render: the page of results plus the URLs every link and chip needs.
 *
 * @param zeroResults what to offer when the search found nothing, null otherwise
 * @param datePresets ranges counted back from the archive's newest item, offered beside the timeline
 */
public record SearchView(
        SearchPage page, List<Completion> completions, ZeroResults zeroResults, List<DatePresets.Preset> datePresets) {

    public SearchView(SearchPage page) {
        this(page, List.of());
    }

    public SearchView(SearchPage page, List<Completion> completions) {
        this(page, completions, null, List.of());
    }

    /** The search without its date range, to which the timeline adds the range the reader drags. */
    public String rangeUrl() {
        return SearchParams.url(
                WebPaths.SEARCH, request().toBuilder().dates(null, null).page(1).build());
    }

    public QueryNotes notes() {
        return page.notes();
    }

    /** Why the query was read as plain words, in the reader's language, or null. */
    public String syntaxError() {
        String noted = notes().syntaxError();
        return noted == null
                ? null
                : SyntaxErrors.of(request().query(), Messages.locale()).orElse(noted);
    }

    /** The same search with another query text, e.g. the spelling suggestion. */
    public String queryUrl(String query) {
        SearchRequest r = request();
        return SearchParams.url(
                WebPaths.SEARCH, r.toBuilder().query(query).sort(null).page(1).build());
    }

    /** Facets in the order the sidebar shows them. */
    static final List<Facet> SIDEBAR =
            List.of(Facet.COMPANY, Facet.PERSON, Facet.TOPIC, Facet.TYPE, Facet.SOURCE, Facet.WEEK);
    /** The weeks are drawn as a timeline instead of a checkbox list, unless a week is selected (so it can be unticked). */
    static final List<Facet> CHECKBOX_FACETS =
            List.of(Facet.COMPANY, Facet.PERSON, Facet.TOPIC, Facet.TYPE, Facet.SOURCE);
    /** How many values a facet shows before "mehr". */
    public static final int FACET_PREVIEW = 8;

    /** One active filter, shown as a removable chip. */
    public record ActiveFilter(String label, String removeUrl) {}

    public SearchRequest request() {
        return page.request();
    }

    public String url() {
        return SearchParams.url(WebPaths.SEARCH, request());
    }

    /** The Atom feed of this search: the same filters, newest items first. */
    public String feedUrl() {
        SearchRequest r = request();
        return SearchParams.url(
                WebPaths.FEED,
                r.toBuilder()
                        .sort(null)
                        .page(1)
                        .size(SearchRequest.DEFAULT_SIZE)
                        .build());
    }

    /** True when the request uses the default order for its query (relevance, or newest when browsing). */
    public boolean defaultSort() {
        return request().sort() == SearchRequest.defaultSort(request().query());
    }

    /** The orders offered besides the default, which the form sends as an empty value. */
    public List<SortOrder> otherSorts() {
        SortOrder standard = SearchRequest.defaultSort(request().query());
        return java.util.Arrays.stream(SortOrder.values())
                .filter(o -> o != standard)
                .toList();
    }

    public List<Facet> sidebar() {
        List<Facet> shown = new ArrayList<>(CHECKBOX_FACETS);
        if (!request().selected(Facet.WEEK).isEmpty()) {
            shown.add(Facet.WEEK);
        }
        return shown.stream().filter(f -> !page.facet(f).isEmpty()).toList();
    }

    /** Hits per week; a bar selects its week as the date range, keeping query and filters. */
    public Timeline timeline() {
        SearchRequest r = request();
        return Timeline.ofHistogram(
                page.histogram(),
                week -> SearchParams.url(
                        WebPaths.SEARCH,
                        r.toBuilder()
                                .dates(week.monday(), week.monday().plusDays(6))
                                .page(1)
                                .build()));
    }

    /** Compiled once: a page of facets makes hundreds of ids. */
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

    /**
     * A stable DOM id per facet value, so the checkbox the reader toggled is found (and focused again) in the results
     * that htmx swaps in. The hash keeps values apart that read the same once normalised.
     */
    public static String checkboxId(Facet facet, String value) {
        String slug = EDGE_DASHES
                .matcher(NOT_SLUG.matcher(de.nachlese.search.Normalized.key(value))
                        .replaceAll("-"))
                .replaceAll("");
        return "f-" + facet.id() + "-" + slug + "-" + Integer.toHexString(value.hashCode());
    }

    /** How many filters are set, for the count on the phone's "Filter" button. */
    public int activeFilterCount() {
        return activeFilters().size();
    }

    public List<FacetValue> values(Facet facet) {
        return page.facet(facet);
    }

    /** The URL with the value added to or removed from its facet, back on page 1. */
    public String toggleUrl(Facet facet, String value) {
        List<String> values = new ArrayList<>(request().selected(facet));
        if (!values.remove(value)) {
            values.add(value);
        }
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(request().filters());
        filters.put(facet, values);
        SearchRequest r = request();
        return SearchParams.url(
                WebPaths.SEARCH, r.toBuilder().filters(filters).page(1).build());
    }

    public String pageUrl(int number) {
        SearchRequest r = request();
        return SearchParams.url(WebPaths.SEARCH, r.toBuilder().page(number).build());
    }

    public List<ActiveFilter> activeFilters() {
        List<ActiveFilter> chips = new ArrayList<>();
        for (Facet facet : SIDEBAR) {
            for (String value : request().selected(facet)) {
                chips.add(new ActiveFilter(
                        Labels.facet(facet) + ": " + Labels.facetValue(facet, value), toggleUrl(facet, value)));
            }
        }
        SearchRequest r = request();
        if (r.from() != null || r.until() != null) {
            String label = Messages.t("search.dateRange") + ": " + (r.from() == null ? "…" : Labels.date(r.from()))
                    + " – " + (r.until() == null ? "…" : Labels.date(r.until()));
            chips.add(new ActiveFilter(
                    label,
                    SearchParams.url(
                            WebPaths.SEARCH,
                            r.toBuilder().dates(null, null).page(1).build())));
        }
        return chips;
    }

    /** "23 Treffer · 1–10", "Keine Treffer" */
    public String countText() {
        if (page.total() == 0) {
            return Messages.t("search.noHits");
        }
        if (page.hits().isEmpty()) {
            return Messages.t("search.hits", String.valueOf(page.total()));
        }
        int offset = (request().page() - 1) * request().size();
        return Messages.t(
                "search.hitsRange",
                String.valueOf(page.total()),
                String.valueOf(offset + 1),
                String.valueOf(offset + page.hits().size()));
    }
}
