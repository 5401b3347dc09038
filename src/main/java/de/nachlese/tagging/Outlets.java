package de.nachlese.tagging;

import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises the outlets an item cites, so that "MIT Tech Review", "MIT Technology Review" and a link to
 * technologyreview.com are one source facet value. Data: outlets.tsv, "canonical TAB aliases TAB domains". A link's
 * domain wins over the written name, because the name is often a shorthand and the link is what the reader clicks.
 * Outlets the data does not know keep their written name.
 */
final class Outlets {

    private static final String LISTEN_PREFIX = "listen:";

    private final Map<String, String> byName = new HashMap<>();
    /** Names that mean something else on a podcast tip: "Apple" there is Apple Podcasts. */
    private final Map<String, String> byNameOnListen = new HashMap<>();

    private final Map<String, String> byDomain = new HashMap<>();
    private final List<String> lines = new ArrayList<>();

    static Outlets bundled() {
        try (InputStream in = Outlets.class.getResourceAsStream("/gazetteer/outlets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("outlet list missing: /gazetteer/outlets.tsv");
            }
            Outlets outlets = new Outlets();
            DataLines.forEach(
                    new InputStreamReader(in, StandardCharsets.UTF_8),
                    "outlets.tsv",
                    (columns, where) -> outlets.add(columns));
            return outlets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String[] columns) {
        String canonical = columns[0].strip();
        lines.add(String.join("\t", columns));
        byName.put(key(canonical), canonical);
        if (columns.length > 1) {
            for (String alias : columns[1].split(",")) {
                if (alias.strip().startsWith(LISTEN_PREFIX)) {
                    byNameOnListen.put(key(alias.strip().substring(LISTEN_PREFIX.length())), canonical);
                } else if (!alias.isBlank()) {
                    byName.put(key(alias), canonical);
                }
            }
        }
        if (columns.length > 2) {
            for (String domain : columns[2].split(",")) {
                if (!domain.isBlank()) {
                    byDomain.put(domain.strip().toLowerCase(Locale.ROOT), canonical);
                }
            }
        }
    }

    /** Names compare without case, spaces and dots: "Tom's Hardware" = "toms hardware", "heise.de" stays distinct. */
    private static final Pattern KEY_IGNORED = Pattern.compile("[\\s'’]+");

    private static String key(String name) {
        return KEY_IGNORED.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }

    String canonical(String outlet, String url, ItemType type) {
        String fromUrl = url == null ? null : fromDomain(url);
        if (fromUrl != null) {
            return fromUrl;
        }
        String known = type == ItemType.LISTEN ? byNameOnListen.get(key(outlet)) : null;
        if (known == null) {
            known = byName.get(key(outlet));
        }
        if (known != null) {
            return known;
        }
        // A bare domain written as the outlet name ("technologyreview.com")
        String fromName = fromDomain("https://" + outlet.strip());
        return fromName != null ? fromName : outlet.strip();
    }

    private String fromDomain(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        // sub.domain.example.com → domain.example.com → example.com
        while (host.contains(".")) {
            String found = byDomain.get(host);
            if (found != null) {
                return found;
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return null;
    }

    /** The sources with canonical outlet names; two sources naming the same outlet keep the first that has a link. */
    List<Source> normalise(List<Source> sources, ItemType type) {
        Map<String, Source> byOutlet = new LinkedHashMap<>();
        for (Source source : sources) {
            Source normal = new Source(canonical(source.outlet(), source.url(), type), source.url());
            Source earlier = byOutlet.get(normal.outlet());
            if (earlier == null || (earlier.url() == null && normal.url() != null)) {
                byOutlet.put(normal.outlet(), normal);
            }
        }
        return List.copyOf(byOutlet.values());
    }

    /** The data as text, for the tagging fingerprint. */
    String data() {
        return String.join("\n", lines);
    }
}
