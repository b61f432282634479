package org.wego.platform.approvals;

import org.wego.plugin.api.ApprovalException;

/** The message key an action is refused with. */
final class Refusals {

    private Refusals() {}

    static String keyOf(Runnable action) {
        try {
            action.run();
        } catch (ApprovalException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused with an ApprovalException");
    }
}
