package de.nachlese.web;

/**
 * Routes and DOM ids shared by controllers and templates, so an hx-get or hx-target cannot drift from the page it
 * points at.
 */
public final class WebPaths {

    public static final String SEARCH = "/";
    public static final String API_SEARCH = "/api/search";
    public static final String ITEMS = "/items/";
    public static final String API_ITEMS = "/api/items/";
    public static final String ISSUES = "/issues";
    public static final String FEED = "/feed.atom";
    public static final String API_EARNINGS = "/api/earnings";
    public static final String EARNINGS_ICS = "/earnings.ics";
    public static final String OPENSEARCH = "/opensearch.xml";
    public static final String API_ISSUES = "/api/issues/";
    public static final String API_RELATED_SUFFIX = "/related";
    public static final String API_SUGGEST = "/api/suggest";
    public static final String LINKS = "/links";
    public static final String API_LINKS = "/api/links";
    /** The values of one facet under a search, e.g. {@code /facets/company?q=KI&contains=nv}. */
    public static final String FACET_VALUES = "/facets/";

    public static final String EARNINGS = "/earnings";

    /** The htmx target region: facets, hit list and pager. */
    public static final String RESULTS_ID = "results";

    public static final String SEARCH_FORM_ID = "search-form";
    public static final String QUERY_INPUT_ID = "q";
    public static final String RESULT_COUNT_ID = "result-count";
    /** The hit list, target of the skip link. */
    public static final String HITS_ID = "hits";
    /** The facets: a drawer behind a "Filter" button on phones, an open column on wider screens. */
    public static final String FILTER_DRAWER_ID = "filters";
    /** The live region outside the swapped results that announces the count once the query has settled. */
    public static final String SEARCH_STATUS_ID = "search-status";
    /** The htmx target region of the links page: the suggested links for the draft. */
    public static final String LINKS_RESULT_ID = "link-results";

    public static final String LINKS_FORM_ID = "links-form";

    private WebPaths() {}

    public static String item(String id) {
        return ITEMS + id;
    }

    /** The item page with the words of a search marked; the plain item page for an empty search. */
    public static String item(String id, String query) {
        return query == null || query.isBlank()
                ? item(id)
                : item(id) + "?q=" + java.net.URLEncoder.encode(query.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The item's place on its issue page. */
    public static String itemInIssue(String issueId, String itemId) {
        return issue(issueId) + "#" + itemId;
    }

    public static String facetValues(de.nachlese.model.Facet facet) {
        return FACET_VALUES + facet.id();
    }

    /** The DOM id of a facet's value list in the search form, which the value search swaps. */
    public static String facetValuesId(de.nachlese.model.Facet facet) {
        return "values-" + facet.id();
    }

    public static String issue(String id) {
        return ISSUES + "/" + id;
    }
}
