package org.wego.platform.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Which failures run a transaction again, how often, and only at its outermost boundary. */
class TransactionRetryTest {

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void deadlocksAndLockWaitsAreConflictsOtherFailuresAreNot() {
        assertThat(TransactionRetry.isLockConflict(new CannotAcquireLockException("deadlock")))
                .isTrue();
        assertThat(TransactionRetry.isLockConflict(new UncategorizedSQLException(
                        "insert", "INSERT INTO training_trainee", new SQLException("Deadlock found", "HY000", 1213))))
                .isTrue();
        assertThat(TransactionRetry.isLockConflict(
                        new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))))
                .isTrue();
        assertThat(TransactionRetry.isLockConflict(new SQLTransactionRollbackException("deadlock", "40001")))
                .isTrue();
        assertThat(TransactionRetry.isLockConflict(new SQLException("Duplicate entry", "23000", 1062)))
                .isFalse();
        assertThat(TransactionRetry.isLockConflict(new IllegalArgumentException("bad input")))
                .isFalse();
    }

    @Test
    void aTransactionThatMetADeadlockRunsAgainUntilItGetsThrough() {
        var attempts = new AtomicInteger();
        String result = TransactionRetry.run("nominate", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
            return "saved";
        });
        assertThat(result).isEqualTo("saved");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void theRetriesAreBoundedAndTheLastConflictIsThrown() {
        var attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransactionRetry.run("nominate", () -> {
                    attempts.incrementAndGet();
                    throw new CannotAcquireLockException("Deadlock found when trying to get lock");
                }))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(4);
    }

    @Test
    void otherFailuresAreNotRetried() {
        var attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransactionRetry.run("nominate", () -> {
                    attempts.incrementAndGet();
                    throw new IllegalArgumentException("bad input");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void insideARunningTransactionTheOuterBoundaryRetriesNotThisOne() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        var attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransactionRetry.run("inner", () -> {
                    attempts.incrementAndGet();
                    throw new CannotAcquireLockException("deadlock");
                }))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void theAdvisorRunsATransactionalMethodAgainThroughTheWholeChain() {
        var factory = new ProxyFactory(new Writer());
        factory.setProxyTargetClass(true);
        factory.addAdvisor(new TransactionRetryAdvisor());
        Writer writer = (Writer) factory.getProxy();
        assertThat(writer.write()).as("the second attempt got through").isEqualTo(2);
    }

    @Transactional
    static class Writer {

        private final AtomicInteger attempts = new AtomicInteger();

        public int write() {
            if (attempts.incrementAndGet() == 1) {
                throw new CannotAcquireLockException("deadlock");
            }
            return attempts.get();
        }
    }
}
