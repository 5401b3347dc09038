package de.nachlese.system;

import de.nachlese.index.IndexLockedException;
import de.nachlese.index.LockOwner;
import java.util.Optional;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A server started on an index that another process is writing: Spring Boot prints this analysis (what holds the
 * index, what to do) in place of the bean-creation stack trace, and the start ends. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class IndexLockFailureAnalyzer extends AbstractFailureAnalyzer<IndexLockedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IndexLockedException cause) {
        String action = cause.owner().map(LockOwner::kind).orElse(null) == LockOwner.Kind.INDEX_COMMAND
                ? "Wait for the `nachlese index` run to finish (or stop it), then start the server again."
                : "Stop the other process, or start this server with another --nachlese.index-dir.";
        return new FailureAnalysis("Cannot start: " + cause.getMessage() + ".", action, cause);
    }

    /** The lock failure that ended a start, if that is what ended it. */
    public static Optional<IndexLockedException> lockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IndexLockedException locked) {
                return Optional.of(locked);
            }
        }
        return Optional.empty();
    }
}
