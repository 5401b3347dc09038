package de.nachlese.system;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * All Nachlese settings, validated at start-up.
 *
 * @param archiveDir   folder of issue files to index; when unset, the bundled demo archive is used
 * @param indexDir     where the Lucene index lives
 * @param maxFileBytes larger files are refused with a message instead of being read
 */
@Validated
@ConfigurationProperties("nachlese")
public record NachleseProperties(Path archiveDir,
                                 @NotNull @DefaultValue("index") Path indexDir,
                                 @Min(1024) @DefaultValue("20971520") long maxFileBytes) {
}
