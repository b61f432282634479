package org.wego.platform.approvals;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.Notifications;

/**
 * Tells the submitter of a request how it was decided: under the bell and by e-mail, in their
 * language. Runs inside the decision's transaction, so the notice is stored with the decision (and
 * its e-mail leaves only after the commit); a decision that rolls back tells nobody.
 */
@Component
class DecisionNotices {

    private final Notifications notifications;

    DecisionNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void decided(ApprovalDecided decision) {
        notifications.notifyUser(
                decision.submitterId(),
                decision.outcome() == ApprovalStatus.APPROVED
                        ? "approvals.decided.approved"
                        : "approvals.decided.rejected",
                "requests",
                decision.title(),
                decision.decidedBy(),
                decision.comment() == null ? "–" : decision.comment());
    }
}
