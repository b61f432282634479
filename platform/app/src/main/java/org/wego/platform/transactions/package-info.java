/**
 * Transactions that the database aborted for a deadlock or a lock wait timeout run again, a bounded
 * number of times, at their outermost boundary: around a {@code @Transactional} method of the platform
 * or of a plugin, and around a {@link org.wego.platform.transactions.RetryingTransactionTemplate}. What
 * a rolled-back attempt wrote (audit entries, queued mail and notifications) is gone with it.
 */
@NullMarked
package org.wego.platform.transactions;

import org.jspecify.annotations.NullMarked;
