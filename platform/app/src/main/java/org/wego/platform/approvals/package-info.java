/**
 * The approvals inbox: plugins submit requests of the types they declare ({@link
 * org.wego.plugin.api.Approvals}), the secretariat decides them in one inbox ({@link
 * org.wego.platform.approvals.ApprovalInbox}, view {@code admin/approvals}) and submitters follow
 * their organisation's requests (view {@code requests}).
 *
 * <p>A decision is one transaction: a conditional UPDATE of the pending row (so of two officers
 * deciding at once exactly one wins and the other learns who decided and when), the audit entry, the
 * plugin's {@link org.wego.plugin.api.ApprovalHandler} and the event below. If the handler throws,
 * all of it is rolled back.
 *
 * <p><b>Event.</b> Inside that transaction the inbox publishes {@link
 * org.wego.platform.approvals.ApprovalDecided} as a Spring application event. Listen with
 * {@code @TransactionalEventListener} (after commit) to tell the submitter, e.g. by notification;
 * a plain {@code @EventListener} runs inside the decision and rolls it back if it throws.
 *
 * <p>Depends on organisations, audit, security and navigation; the plugin runtime feeds it the
 * declared approval types through {@link org.wego.platform.approvals.ApprovalTypes}, never the other
 * way round.
 */
@NullMarked
package org.wego.platform.approvals;

import org.jspecify.annotations.NullMarked;
