package org.wego.platform.approvals;

import org.wego.plugin.api.ApprovalException;
import org.wego.plugin.api.InvalidInputException;

/** The message key an action is refused with, as bad input or as a refused decision. */
final class Refusals {

    private Refusals() {}

    static String keyOf(Runnable action) {
        try {
            action.run();
        } catch (ApprovalException e) {
            return e.messageKey();
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }
}
