package org.wego.platform.approvals;

import com.vaadin.flow.component.Component;
import org.wego.plugin.api.ApprovalException;
import org.wego.plugin.api.InvalidInputException;

/** A refusal of the inbox in the reader's language. */
final class ApprovalMessages {

    private ApprovalMessages() {}

    static String of(Component owner, ApprovalException problem) {
        Object[] arguments = problem.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String text && text.matches("PENDING|APPROVED|REJECTED")) {
                arguments[i] = owner.getTranslation("approvals.status." + text);
            }
        }
        return owner.getTranslation(problem.messageKey(), arguments);
    }

    static String of(Component owner, InvalidInputException problem) {
        return owner.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }
}
