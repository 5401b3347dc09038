package de.nachlese.search;

import org.apache.lucene.index.QueryTimeout;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The time budget of one search. Lucene's IndexSearcher checks its {@link QueryTimeout} between blocks of documents
 * (TimeLimitingBulkScorer, also under DrillSideways and facet counting) and stops collecting once it says so, which
 * leaves partial hits and counts.
 * <p>
 * One IndexSearcher serves all concurrent requests, so the deadline belongs to the calling thread (a search runs on
 * its caller's thread; the searchers have no executor), and whether it expired is recorded here: the searcher's own
 * {@code timedOut()} flag is shared and never reset. Searches outside a {@link #start()} scope (item pages, issue
 * pages, the command line) run without a limit.
 */
final class SearchDeadline implements QueryTimeout {

    /** No limit: the searchers get no QueryTimeout at all, so Lucene skips the checks. */
    static final SearchDeadline NONE = new SearchDeadline(null, System::nanoTime);

    private final Duration budget;
    private final LongSupplier nanoClock;
    private final ThreadLocal<Scope> current = new ThreadLocal<>();

    private SearchDeadline(Duration budget, LongSupplier nanoClock) {
        this.budget = budget;
        this.nanoClock = nanoClock;
    }

    /**
     * A budget per search. {@link Duration#ZERO} is spent before the first check, so every search stops at once (a
     * deterministic timeout for tests).
     */
    static SearchDeadline of(Duration budget) {
        return of(budget, System::nanoTime);
    }

    static SearchDeadline of(Duration budget, LongSupplier nanoClock) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a search timeout cannot be negative, was " + budget);
        }
        return new SearchDeadline(budget, nanoClock);
    }

    boolean limited() {
        return budget != null;
    }

    Duration budget() {
        return budget;
    }

    /** Starts the clock for one search on this thread; close the scope when the search is done. */
    Scope start() {
        Scope scope = new Scope(budget == null ? Long.MAX_VALUE : nanoClock.getAsLong() + budget.toNanos());
        current.set(scope);
        return scope;
    }

    /** Whether the running search on this thread has used up its budget (false outside a scope). */
    boolean expired() {
        Scope scope = current.get();
        return scope != null && scope.expired;
    }

    @Override
    public boolean shouldExit() {
        Scope scope = current.get();
        if (scope == null || budget == null) {
            return false;
        }
        if (!scope.expired && nanoClock.getAsLong() - scope.deadlineNanos >= 0) {
            scope.expired = true;
        }
        return scope.expired;
    }

    /** One search's deadline; whether it expired stays readable after the search. */
    final class Scope implements AutoCloseable {
        private final long deadlineNanos;
        private boolean expired;

        private Scope(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        boolean expired() {
            return expired;
        }

        @Override
        public void close() {
            current.remove();
        }
    }
}
