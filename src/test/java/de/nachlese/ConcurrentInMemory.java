package de.nachlese;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that runs beside the serial ones (see junit-platform.properties): it works on indexes and folders of
 * its own. What it still shares with them is Lucene's clause limit, one number for the whole JVM; a test that lowers
 * that limit holds {@link #LUCENE_CLAUSE_LIMIT} for writing, so that no search here runs into the lowered limit.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = ConcurrentInMemory.LUCENE_CLAUSE_LIMIT, mode = ResourceAccessMode.READ)
public @interface ConcurrentInMemory {

    /** The lock on {@code IndexSearcher.setMaxClauseCount}. */
    String LUCENE_CLAUSE_LIMIT = "lucene.maxClauseCount";
}
