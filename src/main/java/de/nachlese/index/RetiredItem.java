package de.nachlese.index;

import java.util.List;

/**
 * An item whose file is being re-indexed. If the new version has a different id at the same place of the same
 * issue (a headline edit), the new item keeps {@code ids} as former ids, so old permalinks still lead to it.
 */
record RetiredItem(String issueId, int position, List<String> ids) {

    RetiredItem {
        ids = List.copyOf(ids);
    }

    String slot() {
        return slot(issueId, position);
    }

    static String slot(String issueId, int position) {
        return issueId + "#" + position;
    }
}
