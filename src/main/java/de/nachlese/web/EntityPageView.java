package de.nachlese.web;

import de.nachlese.model.Facet;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.StoredItem;
import de.nachlese.search.FacetValue;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.browse.EntityProfile;
import de.nachlese.search.browse.EntityStory;
import de.nachlese.search.browse.StoryThread;
import java.util.List;

/** A company, person or topic page: its story, one page of all its items and links onward. */
public record EntityPageView(EntityRoute route, EntityStory story, SearchPage items) {

    /** The axis labels of the timeline: about this many, so they do not overlap. */
    static final int AXIS_LABELS = 7;

    public EntityProfile profile() {
        return story.profile();
    }

    public Timeline timeline() {
        return Timeline.of(profile().weeks(), this::weekUrl);
    }

    /**
     * The bars of the timeline that carry a week label below the axis: the first and then every few weeks, none on
     * the last two bars, where the label would run past the chart's right edge.
     */
    public static boolean axisLabel(int barIndex, int bars) {
        int step = Math.max(1, (bars + AXIS_LABELS - 1) / AXIS_LABELS);
        return barIndex % step == 0 && (barIndex == 0 || barIndex < bars - 2);
    }

    /** All items of the entity in the search page, to page through or refine. */
    public String searchUrl() {
        return SearchParams.url(
                WebPaths.SEARCH,
                SearchRequest.of("").withFilter(route.facet(), profile().name()));
    }

    /** The feed of the entity's items. */
    public String feedUrl() {
        return new SearchView(items).feedUrl();
    }

    public String pageUrl(int page) {
        return route.url(profile().name()) + (page > 1 ? "?page=" + page : "");
    }

    public List<FacetValue> related(Facet facet) {
        return profile().related(facet);
    }

    /** Entity pages for companies, people and topics; the search page filtered by source for outlets. */
    public String relatedUrl(Facet facet, String value) {
        return EntityRoute.of(facet)
                .map(r -> r.url(value))
                .orElse(SearchParams.url(WebPaths.SEARCH, SearchRequest.of("").withFilter(facet, value)));
    }

    /** "KW 4/2025 – KW 28/2025 · 7 Beiträge" */
    public String span(StoryThread thread) {
        return Messages.t(
                "entity.thread.span",
                Labels.week(thread.first().week()),
                Labels.week(thread.last().week()),
                String.valueOf(thread.size()));
    }

    /** "KW 2 · 06.01.2025" */
    public String when(StoredItem item) {
        return Labels.weekBadge(item.week(), item.date());
    }

    private String weekUrl(IsoWeek week) {
        SearchRequest all =
                SearchRequest.of("").withFilter(route.facet(), profile().name());
        return SearchParams.url(
                WebPaths.SEARCH,
                all.toBuilder().dates(week.monday(), week.monday().plusDays(6)).build());
    }
}
