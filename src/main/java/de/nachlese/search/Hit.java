package de.nachlese.search;

import de.nachlese.model.StoredItem;

/**
 * One result.
 *
 * @param headlineHtml the headline, HTML-escaped, with matches in {@code <mark>}
 * @param snippetHtml  a passage of the body, HTML-escaped, with matches in {@code <mark>}
 */
public record Hit(StoredItem stored, String headlineHtml, String snippetHtml) {}
