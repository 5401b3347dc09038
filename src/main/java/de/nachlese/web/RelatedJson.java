package de.nachlese.web;

import de.nachlese.model.StoredItem;
import de.nachlese.search.related.RelatedItems;
import java.util.List;

/** The JSON body of /api/items/{id}/related: earlier coverage, follow-ups and the story thread of one item. */
record RelatedJson(
        String id,
        List<RelatedRef> earlier,
        List<RelatedRef> later,
        List<ItemRef> thread,
        ItemRef previous,
        ItemRef next) {

    record ItemRef(String id, String headline, String week, String date, String url) {
        static ItemRef of(StoredItem s) {
            return new ItemRef(
                    s.item().id(),
                    s.item().headline(),
                    s.week().toString(),
                    s.date().toString(),
                    WebPaths.item(s.item().id()));
        }
    }

    /** @param similarity 0 to 1, rounded to two places */
    record RelatedRef(
            String id, String headline, String week, String date, String url, double similarity, List<String> shared) {
        static RelatedRef of(RelatedItems.RelatedHit hit) {
            ItemRef ref = ItemRef.of(hit.stored());
            return new RelatedRef(
                    ref.id(),
                    ref.headline(),
                    ref.week(),
                    ref.date(),
                    ref.url(),
                    Math.round(hit.similarity() * 100) / 100.0,
                    hit.shared());
        }
    }

    static RelatedJson of(RelatedItems related) {
        return new RelatedJson(
                related.item().item().id(),
                related.earlier().stream().map(RelatedRef::of).toList(),
                related.later().stream().map(RelatedRef::of).toList(),
                related.thread().stream().map(ItemRef::of).toList(),
                related.previous().map(ItemRef::of).orElse(null),
                related.next().map(ItemRef::of).orElse(null));
    }
}
