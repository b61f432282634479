package org.wego.plugins.agreements.renewal;

import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugins.agreements.register.Move;
import org.wego.plugins.agreements.register.Status;

/**
 * The rules of a member's change request, free of I/O: a kind; an amendment's text in English or Korean (or
 * both); a reason; each at most {@link #MAX_TEXT} characters, several lines allowed, any text (markup is text).
 * A renewal is proposed only for an agreement its status lets be renewed; an amendment for one in force or
 * about to be (signed, active or expired, not renewed or terminated).
 */
final class ChangeRules {

    /** The most characters of a text or the reason (what the approvals inbox shows of one detail). */
    static final int MAX_TEXT = 2_000;

    private ChangeRules() {}

    /**
     * The request as stored: texts stripped, an empty one {@code null}, a renewal without texts.
     *
     * @throws InvalidInputException on the field refused
     */
    static ChangeInput check(ChangeInput input, Status status) {
        if (input.kind() == null) {
            throw InvalidInputException.of(ChangeInput.KIND, "input.invalid.required");
        }
        String reason = InputRules.requiredMultiline(ChangeInput.REASON, input.reason(), MAX_TEXT);
        if (input.kind() == ChangeKind.RENEWAL) {
            if (!Move.RENEW.allowedFrom(status)) {
                throw InvalidInputException.of(ChangeInput.KIND, "agreements.renewal.invalid.not-renewable");
            }
            return new ChangeInput(ChangeKind.RENEWAL, null, null, reason);
        }
        if (status != Status.SIGNED && status != Status.ACTIVE && status != Status.EXPIRED) {
            throw InvalidInputException.of(ChangeInput.KIND, "agreements.renewal.invalid.not-amendable");
        }
        String en = InputRules.optionalMultiline(ChangeInput.TEXT_EN, input.textEn(), MAX_TEXT);
        String ko = InputRules.optionalMultiline(ChangeInput.TEXT_KO, input.textKo(), MAX_TEXT);
        if (en == null && ko == null) {
            throw InvalidInputException.of(ChangeInput.TEXT_EN, "agreements.renewal.invalid.text");
        }
        return new ChangeInput(ChangeKind.AMENDMENT, en, ko, reason);
    }
}
