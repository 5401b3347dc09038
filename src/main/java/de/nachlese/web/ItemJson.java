package de.nachlese.web;

import de.nachlese.model.Item;
import de.nachlese.model.Source;
import de.nachlese.model.StoredItem;
import java.util.List;

/** The JSON body of /api/items/{id}: one item in full with its issue. */
record ItemJson(
        String id,
        int position,
        String headline,
        String type,
        String emoji,
        String body,
        String week,
        String date,
        IssueRef issue,
        List<String> companies,
        List<String> people,
        List<String> topics,
        List<Source> sources,
        String url) {

    record IssueRef(String id, String title, String publication) {}

    static ItemJson of(StoredItem stored) {
        Item item = stored.item();
        return new ItemJson(
                item.id(),
                item.position(),
                item.headline(),
                item.type().id(),
                item.emoji(),
                item.body(),
                stored.week().toString(),
                stored.date().toString(),
                new IssueRef(stored.issueId(), stored.issueTitle(), stored.publication()),
                item.tags().companies(),
                item.tags().people(),
                item.tags().topics(),
                item.sources(),
                WebPaths.item(item.id()));
    }
}
