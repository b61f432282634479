package org.wego.platform.transactions;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link TransactionTemplate} whose outermost transactions run again after a deadlock or a lock
 * wait timeout ({@link TransactionRetry}). The callback must do nothing outside the transaction that
 * cannot be done twice.
 */
public class RetryingTransactionTemplate extends TransactionTemplate {

    public RetryingTransactionTemplate(PlatformTransactionManager transactionManager) {
        super(transactionManager);
    }

    @Override
    public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
        return TransactionRetry.run("transaction", () -> super.execute(action));
    }
}
