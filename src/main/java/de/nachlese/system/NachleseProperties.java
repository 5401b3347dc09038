package de.nachlese.system;

import de.nachlese.ingest.IngestLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;

/**
 * All Nachlese settings, validated at start-up.
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
 */
@Validated
@ConfigurationProperties("nachlese")
public record NachleseProperties(Path archiveDir,
                                 @NotNull @DefaultValue("index") Path indexDir,
                                 @Min(1024) @DefaultValue("20971520") long maxFileBytes,
                                 @Min(1024) @DefaultValue("209715200") long maxZipBytes,
                                 @Min(2) @DefaultValue("100") int maxZipRatio,
                                 @DefaultValue("true") boolean watch,
                                 @NotNull @DurationMin(millis = 1) @DurationMax(seconds = 60) @DefaultValue("500ms")
                                 Duration searchTimeout,
                                 @Min(0) @Max(10_000) @DefaultValue("0") int maxConcurrentRequests,
                                 @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 10) @DefaultValue("100ms")
                                 Duration queueTimeout) {

    /** {@link #maxConcurrentRequests()} with its default resolved. */
    public int concurrentRequests() {
        return maxConcurrentRequests > 0 ? maxConcurrentRequests : 4 * Runtime.getRuntime().availableProcessors();
    }

    public IngestLimits limits() {
        return new IngestLimits(maxFileBytes, maxZipBytes, maxZipRatio, IngestLimits.DEFAULTS.maxZipEntries());
    }
}
