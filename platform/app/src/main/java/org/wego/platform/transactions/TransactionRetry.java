package org.wego.platform.transactions;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a unit of work that opens a transaction again when the database aborted it for a deadlock
 * (MariaDB error 1213, SQL state 40001) or a lock wait timeout (1205): a few times, after a short,
 * jittered pause, so two writers that met on the same rows both get through. Only at the outermost
 * boundary: inside a running transaction the work is part of a bigger one, which is retried as a whole.
 */
public final class TransactionRetry {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionRetry.class);
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    /** Three more attempts, 20 ms apart at first (±20 ms), doubling: well under a second in all. */
    static final RetryPolicy POLICY = RetryPolicy.builder()
            .maxRetries(3)
            .delay(Duration.ofMillis(20))
            .jitter(Duration.ofMillis(20))
            .multiplier(2)
            .maxDelay(Duration.ofMillis(500))
            .predicate(TransactionRetry::isLockConflict)
            .build();

    private static final RetryTemplate TEMPLATE = template();

    private TransactionRetry() {}

    private static RetryTemplate template() {
        var template = new RetryTemplate(POLICY);
        template.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
                LOG.info("Running {} again after a lock conflict", retryable.getName());
            }
        });
        return template;
    }

    /** Whether the database aborted the transaction for a deadlock or a lock wait timeout. */
    public static boolean isLockConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK
                            || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                            || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Runs the work, again after a lock conflict when no transaction is active around it.
     *
     * @throws Throwable what the work threw, or the last conflict when every attempt failed
     */
    static <T> T call(String name, Work<T> work) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.run();
        }
        try {
            return TEMPLATE.execute(new Retryable<T>() {
                @Override
                public T execute() throws Throwable {
                    return work.run();
                }

                @Override
                public String getName() {
                    return name;
                }
            });
        } catch (RetryException e) {
            Throwable last = e.getLastException();
            if (isLockConflict(last)) {
                LOG.warn(
                        "{} met a lock conflict on each of {} attempts: {}",
                        name,
                        e.getRetryCount() + 1,
                        last.toString());
            }
            throw last;
        }
    }

    /** As {@link #call}, for work that throws only unchecked exceptions. */
    public static <T> T run(String name, Supplier<T> work) {
        try {
            return call(name, work::get);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A unit of work that may throw anything (a method invocation). */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Throwable;
    }
}
