package org.wego.plugin.testkit.auditfixtures;

import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.plugin.api.ApprovalDecision;
import org.wego.plugin.api.AuditLog;
import org.wego.plugin.api.NotAudited;

/** A package-private service, as plugins write them: some methods audit, one is marked, some forget. */
class Notices {

    private final NoticeStore store;
    private final Retention retention;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    Notices(NoticeStore store, Retention retention, AuditLog audit, TransactionTemplate transactions) {
        this.store = store;
        this.retention = retention;
        this.audit = audit;
        this.transactions = transactions;
    }

    NoticeStore store() {
        return store;
    }

    /** Writes through the store and records the entry itself: passes. */
    void publish(long id, String title) {
        store.insert(id, title);
        audit.record("fixture.notice", Long.toString(id), null, Map.of("title", title));
    }

    /** Writes through the store and records the entry through a helper that records only: passes. */
    void rename(long id, String title) {
        String before = store.title(id);
        store.update(id, title);
        recordChange(id, before, title);
    }

    /** Forgets the audit of a package-private write: fails, with the store's update on its way. */
    void archive(long id) {
        store.update(id, "(archived)");
    }

    /** Writes inside a transaction's lambda and records the entry after it: passes. */
    void retitle(long id, String title) {
        transactions.executeWithoutResult(status -> store.update(id, title));
        recordChange(id, null, title);
    }

    /** Forgets the audit of a write inside a transaction's lambda: fails. */
    void deleteInATransaction(long id) {
        transactions.executeWithoutResult(status -> store.delete(id));
    }

    /** Purges through the interface and records the entry: passes. */
    void purge(long id) {
        retention.purge(id);
        audit.record("fixture.archive", Long.toString(id), "kept", null);
    }

    /** An approval handler, handed out as a method reference: writes and records: passes. */
    void decided(ApprovalDecision decision) {
        store.update(decision.requestId(), "(decided)");
        recordChange(decision.requestId(), null, "(decided)");
    }

    /** A job task, handed out as a method reference, that forgets the audit: fails. */
    void expireOld() {
        store.delete(0);
    }

    @NotAudited("a view counter, not a change anyone decides")
    void countView(long id) {
        store.update(id, "(viewed)");
    }

    private void recordChange(long id, String before, String after) {
        audit.record("fixture.notice", Long.toString(id), before, after);
    }
}
