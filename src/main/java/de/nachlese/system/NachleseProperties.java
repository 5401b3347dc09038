package de.nachlese.system;

import de.nachlese.ingest.IngestLimits;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * All Nachlese settings, checked at start-up.
 *
 * @param archiveDir       folder of issue files to index; when unset, the bundled demo archive is used
 * @param indexDir         where the Lucene index lives
 * @param maxFileBytes     larger files (and ZIP entries) are refused with a message instead of being read
 * @param maxZipBytes      a ZIP may inflate to at most this many bytes in all
 * @param maxZipRatio      a ZIP may inflate to at most this multiple of its size
 * @param watch            whether files dropped into the archive folder are indexed while the server runs
 * @param searchTimeout    time budget of one search; past it, the search answers what it found so far, marked as
 *                         incomplete
 * @param maxConcurrentRequests how many search, page and API requests are worked on at once; static files and the
 *                         health check are not counted. 0 (the default): four per processor, since the work is CPU-bound
 *                         (the index is in memory) and more at once only makes each slower
 * @param queueTimeout     how long a request beyond {@code maxConcurrentRequests} may wait for a turn before it is
 *                         answered 503 with Retry-After
 * @param publicUrl        the URL readers reach the server by (e.g. https://nachlese.example.org); feeds, OpenSearch
 *                         and citation links use it, and requests naming another host are refused. Unset: links use
 *                         the request's host, which must then be a loopback name, {@code server.address} or an IP
 */
@ConfigurationProperties("nachlese")
public record NachleseProperties(
        Path archiveDir,
        @DefaultValue("index") Path indexDir,
        @DefaultValue("20971520") long maxFileBytes,
        @DefaultValue("209715200") long maxZipBytes,
        @DefaultValue("100") int maxZipRatio,
        @DefaultValue("true") boolean watch,
        @DefaultValue("500ms") Duration searchTimeout,
        @DefaultValue("0") int maxConcurrentRequests,
        @DefaultValue("100ms") Duration queueTimeout,
        URI publicUrl) {

    /**
     * Checked here rather than with Bean Validation annotations: starting Hibernate Validator for this one record was
     * about a tenth of the server's start-up work. A bad value stops the start with the property's name and range.
     */
    public NachleseProperties {
        require(indexDir != null, "nachlese.index-dir must be set");
        require(maxFileBytes >= 1024, "nachlese.max-file-bytes must be at least 1024, was " + maxFileBytes);
        require(maxZipBytes >= 1024, "nachlese.max-zip-bytes must be at least 1024, was " + maxZipBytes);
        require(maxZipRatio >= 2, "nachlese.max-zip-ratio must be at least 2, was " + maxZipRatio);
        require(
                searchTimeout != null
                        && searchTimeout.compareTo(Duration.ofMillis(1)) >= 0
                        && searchTimeout.compareTo(Duration.ofSeconds(60)) <= 0,
                "nachlese.search-timeout must be between 1ms and 60s, was " + searchTimeout);
        require(
                maxConcurrentRequests >= 0 && maxConcurrentRequests <= 10_000,
                "nachlese.max-concurrent-requests must be between 0 and 10000, was " + maxConcurrentRequests);
        require(
                queueTimeout != null
                        && !queueTimeout.isNegative()
                        && queueTimeout.compareTo(Duration.ofSeconds(10)) <= 0,
                "nachlese.queue-timeout must be between 0ms and 10s, was " + queueTimeout);
        if (publicUrl != null) {
            require(
                    ("http".equals(publicUrl.getScheme()) || "https".equals(publicUrl.getScheme()))
                            && publicUrl.getHost() != null
                            && publicUrl.getRawQuery() == null
                            && publicUrl.getRawFragment() == null
                            && (publicUrl.getRawPath() == null
                                    || publicUrl.getRawPath().isEmpty()
                                    || publicUrl.getRawPath().equals("/")),
                    "nachlese.public-url must be an http(s) URL with a host and no path, query or fragment, was "
                            + publicUrl);
        }
    }

    private static void require(boolean valid, String message) {
        if (!valid) {
            throw new IllegalArgumentException(message);
        }
    }

    /** {@link #maxConcurrentRequests()} with its default resolved. */
    public int concurrentRequests() {
        return maxConcurrentRequests > 0
                ? maxConcurrentRequests
                : 4 * Runtime.getRuntime().availableProcessors();
    }

    public IngestLimits limits() {
        return new IngestLimits(maxFileBytes, maxZipBytes, maxZipRatio, IngestLimits.DEFAULTS.maxZipEntries());
    }
}
