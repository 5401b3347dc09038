package de.nachlese.web;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import de.nachlese.model.StoredItem;
import de.nachlese.model.TextChars;
import de.nachlese.search.Hit;
import de.nachlese.search.ItemSearcher;
import de.nachlese.search.SearchPage;
import de.nachlese.search.SearchRequest;
import de.nachlese.search.Snippets;
import de.nachlese.search.SortOrder;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/** Atom feeds for any search (subscribe to "Musk", or to ?company=Nvidia), and the OpenSearch description. */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType OPENSEARCH = MediaType.parseMediaType("application/opensearchdescription+xml;charset=UTF-8");
    static final int FEED_ENTRIES = 30;

    private final ItemSearcher searcher;
    private final TrustedHosts hosts;

    FeedController(ItemSearcher searcher, TrustedHosts hosts) {
        this.searcher = searcher;
        this.hosts = hosts;
    }

    @GetMapping(WebPaths.FEED)
    ResponseEntity<String> atom(@RequestParam MultiValueMap<String, String> params) throws IOException, FeedException {
        SearchRequest parsed = SearchParams.parse(params);
        // a feed is about what is new, whatever order the search page uses
        SearchRequest request = parsed.toBuilder()
                .sort(SortOrder.NEWEST)
                .page(1)
                .size(FEED_ENTRIES)
                .build();
        SearchPage page = searcher.search(request);
        String base = hosts.baseUrl();
        return ResponseEntity.ok().contentType(ATOM).body(render(page, base));
    }

    /** The Atom XML of a page of results; {@code base} is the server's public URL, without a trailing slash. */
    static String render(SearchPage page, String base) throws FeedException {
        return new SyndFeedOutput().outputString(feed(page, base));
    }

    @GetMapping(WebPaths.OPENSEARCH)
    ResponseEntity<String> openSearch() {
        String base = hosts.baseUrl();
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>Nachlese</ShortName>
                  <Description>Suche im Newsletter-Archiv</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <Image height="32" width="32" type="image/svg+xml">%1$s/favicon.svg</Image>
                  <Url type="text/html" method="get" template="%1$s/?q={searchTerms}"/>
                  <Url type="application/atom+xml" method="get" template="%1$s%2$s?q={searchTerms}"/>
                  <Url type="application/json" method="get" template="%1$s%3$s?q={searchTerms}"/>
                </OpenSearchDescription>
                """.formatted(HtmlUtils.htmlEscape(base), WebPaths.FEED, WebPaths.API_SEARCH);
        return ResponseEntity.ok().contentType(OPENSEARCH).body(xml);
    }

    private static SyndFeed feed(SearchPage page, String base) {
        SearchRequest request = page.request();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        String url = base + SearchParams.url(WebPaths.FEED, request);
        feed.setUri(xml(url));
        feed.setLink(xml(base + SearchParams.url(WebPaths.SEARCH, request)));
        feed.setTitle(xml(Messages.t("feed.title", describe(request))));
        feed.setDescription(xml(Messages.t("feed.description", describe(request))));
        feed.setLanguage(Messages.language());
        List<SyndEntry> entries = new ArrayList<>();
        for (Hit hit : page.hits()) {
            entries.add(entry(hit, base));
        }
        feed.setEntries(entries);
        feed.setPublishedDate(
                entries.isEmpty() ? new Date(0) : entries.getFirst().getPublishedDate());
        return feed;
    }

    private static SyndEntry entry(Hit hit, String base) {
        StoredItem stored = hit.stored();
        SyndEntry entry = new SyndEntryImpl();
        String link = base + WebPaths.item(stored.item().id());
        entry.setUri(link);
        entry.setLink(link);
        entry.setTitle(xml(stored.item().headline()));
        entry.setAuthor(xml(stored.publication()));
        Date published = Date.from(stored.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        entry.setPublishedDate(published);
        entry.setUpdatedDate(published);
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(xml(Snippets.abbreviate(stored.item().body())));
        entry.setDescription(summary);
        List<SyndCategory> categories = Stream.of(
                        stored.item().tags().companies(),
                        stored.item().tags().people(),
                        stored.item().tags().topics())
                .flatMap(List::stream)
                .map(name -> {
                    SyndCategory category = new SyndCategoryImpl();
                    category.setName(xml(name));
                    return category;
                })
                .toList();
        entry.setCategories(categories);
        return entry;
    }

    /**
     * Text as XML 1.0 allows it. Ingest already drops the forbidden code points, but a query string carries what the
     * client sent, and an index written before that rule may hold a headline with U+FFFE: either would make the whole
     * feed invalid XML (Rome throws), so every text is cleaned once more here, where the XML is written.
     */
    static String xml(String text) {
        return TextChars.clean(text);
    }

    private static String describe(SearchRequest request) {
        List<String> parts = new ArrayList<>();
        if (!request.query().isEmpty()) {
            parts.add("„" + request.query() + "“");
        }
        request.filters().forEach((facet, values) -> parts.add(Labels.facet(facet) + ": " + String.join(", ", values)));
        return parts.isEmpty() ? Messages.t("feed.everything") : String.join(" · ", parts);
    }
}
