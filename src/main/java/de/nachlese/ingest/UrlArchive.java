package de.nachlese.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A feed (or any single issue) fetched over HTTP(S), e.g. {@code nachlese index https://example.org/feed.xml}. The
 * body is read up to the file size limit and then identified by its content hash, like a file on disk.
 */
public final class UrlArchive implements Archive {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI uri;
    private final long maxBytes;
    private final HttpClient client;

    public UrlArchive(URI uri, long maxBytes) {
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not an http(s) URL: " + uri);
        }
        this.uri = uri;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static boolean isUrl(String argument) {
        return argument.startsWith("http://") || argument.startsWith("https://");
    }

    @Override
    public String description() {
        return uri.toString();
    }

    @Override
    public boolean contains(String origin) {
        return origin.equals(uri.toString());
    }

    @Override
    public List<ArchiveFile> files() throws IOException {
        byte[] body = fetch();
        return List.of(new ArchiveFile(
                uri.toString(), body.length, ArchiveReader.sha256(body), () -> new ByteArrayInputStream(body)));
    }

    private byte[] fetch() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header(
                        "Accept",
                        "application/rss+xml, application/atom+xml, application/xml, text/html, text/plain, */*")
                .header("User-Agent", "Nachlese")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " from " + uri);
            }
            // one byte more than allowed tells "too large" apart from "exactly at the limit"
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new IOException("response is larger than the limit of " + maxBytes + " bytes");
            }
            return body;
        }
    }
}
