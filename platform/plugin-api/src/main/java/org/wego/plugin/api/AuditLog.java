package org.wego.plugin.api;

import org.jspecify.annotations.Nullable;

/**
 * The platform's audit trail: who changed what, when, from what to what. Call it in the same
 * transaction as the change (through the platform's {@code DataSource} both commit or roll back
 * together); the signed-in user and their organisation are taken from the current request. Entries
 * cannot be edited or deleted from the application.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface AuditLog {

    /**
     * Records a change.
     *
     * @param entity what kind of record, e.g. {@code training.nomination}; plugins prefix their id
     * @param id the record's id or key
     * @param before the record before the change, {@code null} when created; stored as JSON
     * @param after the record after the change, {@code null} when deleted; stored as JSON
     */
    void record(String entity, String id, @Nullable Object before, @Nullable Object after);
}
