package de.nachlese.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The one place that decides between a full page and an htmx fragment. */
final class Htmx {

    private Htmx() {}

    /**
     * A fragment only for htmx swaps; a history restore (cache miss on back/forward) needs the whole page. The
     * response varies on the header, so caches never hand a fragment to a plain page load.
     */
    static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** True when the swap was triggered by the element with this id (htmx names it in HX-Trigger). */
    static boolean triggeredBy(HttpServletRequest request, String elementId) {
        return elementId.equals(request.getHeader("HX-Trigger"));
    }
}
