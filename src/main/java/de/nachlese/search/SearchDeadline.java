package de.nachlese.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The time budget of one search. The searchers check it while they collect matches: before each index segment and
 * after every {@value #CHECK_INTERVAL} collected documents (and before each bulk block of them). Past the deadline,
 * collection stops and the search answers with what it has collected: partial hits, total and facet counts.
 * <p>
 * Why not Lucene's {@code IndexSearcher.setTimeout}: its TimeLimitingBulkScorer scores a segment in windows, and
 * Lucene's DrillSidewaysScorer refuses windows ("maxDoc
 * must be Integer.MAX_VALUE"). Checking in the collector works with every scorer and every collecting path. Its
 * {@code timedOut()} flag would not do either: one IndexSearcher serves all concurrent requests and the flag is never
 * reset. So the deadline belongs to the calling thread (a search runs on its caller's thread; the searchers have no
 * executor), and whether it expired is recorded here. Searches outside a {@link #start()} scope (item pages, issue
 * pages, related items, the command line) run without a limit.
 */
public final class SearchDeadline {

    /** No limit: the searchers collect without checks. */
    public static final SearchDeadline NONE = new SearchDeadline(null, System::nanoTime);

    /** Documents collected between two looks at the clock. */
    static final int CHECK_INTERVAL = 100;

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

    /** Starts the clock for one search on this thread; close the scope when the search is done. */
    Scope start() {
        Scope scope = new Scope(budget == null ? Long.MAX_VALUE : nanoClock.getAsLong() + budget.toNanos());
        current.set(scope);
        return scope;
    }

    /** Whether the running search on this thread has been cut short (false outside a scope). */
    public boolean expired() {
        Scope scope = current.get();
        return scope != null && scope.expired;
    }

    /** Looks at the clock: true once the running search on this thread is past its deadline. */
    boolean passed() {
        Scope scope = current.get();
        if (scope == null || budget == null) {
            return false;
        }
        if (!scope.expired && nanoClock.getAsLong() - scope.deadlineNanos >= 0) {
            scope.expired = true;
        }
        return scope.expired;
    }

    /** The collector itself outside a search scope; inside, one that stops collecting at the deadline. */
    public Collector limit(Collector collector) {
        return budget == null || current.get() == null ? collector : new Limited(collector);
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

    /**
     * Delegates everything, including the bulk and skipping paths (ranges, DocIdStreams, competitive iterators),
     * so a limited search is as fast as an unlimited one. CollectionTerminatedException ends the segment; the
     * IndexSearcher then finishes the leaf collector, so what was collected is kept.
     */
    private final class Limited implements Collector {
        private final Collector in;

        Limited(Collector in) {
            this.in = in;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (passed()) {
                throw new CollectionTerminatedException();
            }
            LeafCollector leaf = in.getLeafCollector(context);
            return new LeafCollector() {
                private int untilCheck = CHECK_INTERVAL;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    leaf.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    leaf.collect(doc);
                    if (--untilCheck == 0) {
                        untilCheck = CHECK_INTERVAL;
                        stopIfPassed();
                    }
                }

                @Override
                public void collectRange(int min, int max) throws IOException {
                    stopIfPassed();
                    leaf.collectRange(min, max);
                }

                @Override
                public void collect(DocIdStream stream) throws IOException {
                    stopIfPassed();
                    leaf.collect(stream);
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return leaf.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    leaf.finish();
                }
            };
        }

        private void stopIfPassed() {
            if (passed()) {
                throw new CollectionTerminatedException();
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return in.scoreMode();
        }

        @Override
        public void setWeight(Weight weight) {
            in.setWeight(weight);
        }
    }
}
