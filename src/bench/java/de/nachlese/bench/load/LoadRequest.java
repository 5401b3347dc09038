package de.nachlese.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request of a load mix: a GET of a path with its query string (already URL-encoded) and extra headers, e.g.
 * {@code HX-Request: true} for an htmx fragment.
 *
 * @param kind    what it stands for ("api", "page", "fragment", …), for reading the mix
 * @param path    starts with "/"
 * @param headers sent as they are
 */
public record LoadRequest(String kind, String path, Map<String, String> headers) {

    public LoadRequest {
        Objects.requireNonNull(kind, "kind");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a request path starts with '/', was " + path);
        }
        headers = Map.copyOf(headers);
    }

    public static LoadRequest get(String path) {
        return new LoadRequest("get", path, Map.of());
    }

    /**
     * Reads a mix file: one request per line, tab-separated {@code kind, path[, Header: value[; Header: value]]};
     * blank lines and lines starting with '#' are skipped.
     */
    public static List<LoadRequest> parse(BufferedReader lines, String source) throws IOException {
        List<LoadRequest> requests = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns.length > 3) {
                throw new IllegalArgumentException(source + ":" + number + ": expected kind<TAB>path[<TAB>headers]");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            if (columns.length == 3) {
                for (String header : columns[2].split(";")) {
                    int colon = header.indexOf(':');
                    if (colon < 1) {
                        throw new IllegalArgumentException(source + ":" + number + ": a header is 'Name: value'");
                    }
                    headers.put(
                            header.substring(0, colon).strip(),
                            header.substring(colon + 1).strip());
                }
            }
            requests.add(new LoadRequest(columns[0].strip(), columns[1].strip(), headers));
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no requests");
        }
        return List.copyOf(requests);
    }

    /** A mix from a file, or from the classpath (e.g. {@code load/mixed-searches.tsv}) when no such file exists. */
    public static List<LoadRequest> load(String fileOrResource) {
        try {
            Path file = Path.of(fileOrResource);
            if (Files.isRegularFile(file)) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return parse(reader, fileOrResource);
                }
            }
            InputStream in = LoadRequest.class.getClassLoader().getResourceAsStream(fileOrResource);
            if (in == null) {
                throw new IllegalArgumentException("no file or classpath resource " + fileOrResource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(reader, fileOrResource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
