package de.nachlese.links;

import java.util.List;
import java.util.Objects;

/**
 * The earlier coverage suggested for each item of a draft; its shape is the JSON body of {@code POST /api/links}.
 *
 * @param draftDate the date links must be older than (YYYY-MM-DD)
 */
public record DraftLinks(String draftDate, List<DraftItem> items) {

    public DraftLinks {
        Objects.requireNonNull(draftDate, "draftDate");
        items = List.copyOf(items);
    }

    /** One item of the draft, as the splitter and the tagger saw it, with its suggested links, best first. */
    public record DraftItem(
            String headline,
            String type,
            List<String> companies,
            List<String> people,
            List<String> topics,
            List<Link> links) {
        public DraftItem {
            Objects.requireNonNull(headline, "headline");
            companies = List.copyOf(companies);
            people = List.copyOf(people);
            topics = List.copyOf(topics);
            links = List.copyOf(links);
        }
    }

    /**
     * One suggested link to an earlier archive item.
     *
     * @param url           the item's permalink path
     * @param why           in German: "gleiche Story seit KW 4", or the names and words both share
     * @param anchor        words of the draft item it shares with the target, exactly as the draft writes them
     * @param alreadyLinked whether the draft already holds a URL to this item
     * @param markdown      {@code [anchor](absolute permalink)}
     * @param html          the same as an {@code <a>} element, escaped
     */
    public record Link(
            String id,
            String url,
            String headline,
            String week,
            String date,
            String type,
            String why,
            String anchor,
            boolean alreadyLinked,
            String markdown,
            String html) {
        public Link {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(anchor, "anchor");
            if (anchor.isBlank()) {
                throw new IllegalArgumentException("link to " + id + " has a blank anchor");
            }
        }
    }

    /** Every link of every item, in order: what "copy all" copies. */
    public List<Link> allLinks() {
        return items.stream().flatMap(i -> i.links().stream()).toList();
    }
}
