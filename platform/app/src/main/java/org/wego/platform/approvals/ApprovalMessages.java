package org.wego.platform.approvals;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import org.wego.plugin.api.ApprovalException;

/** An {@link ApprovalException} in the reader's language, field names translated too. */
final class ApprovalMessages {

    private ApprovalMessages() {}

    static String of(Component owner, ApprovalException problem) {
        Object[] arguments = Arrays.stream(problem.arguments())
                .map(argument -> argument instanceof String text && text.startsWith("approvals.field.")
                        ? owner.getTranslation(text)
                        : argument instanceof String text && text.matches("PENDING|APPROVED|REJECTED")
                                ? owner.getTranslation("approvals.status." + text)
                                : argument)
                .toArray();
        return owner.getTranslation(problem.messageKey(), arguments);
    }
}
