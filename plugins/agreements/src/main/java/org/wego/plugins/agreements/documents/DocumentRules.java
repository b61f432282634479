package org.wego.plugins.agreements.documents;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * Who reads the files of each shelf: internal drafts the secretariat only; the others whoever may see the
 * agreement, decided by the register's own scope for that user, so a file never reaches further than its
 * agreement. A malformed or unknown record reads as nobody's.
 */
final class DocumentRules {

    private DocumentRules() {}

    /**
     * The rule of a shelf.
     *
     * @param visible whether the agreement of that id is in the user's scope (the register's)
     * @param agreementOfAmendment the agreement an amendment belongs to, empty when there is no such amendment
     */
    static AttachmentRule of(
            Shelf shelf, BiPredicate<SignedInUser, Long> visible, LongFunction<Optional<Long>> agreementOfAmendment) {
        return (@Nullable SignedInUser user, Attachment attachment) -> {
            if (user == null) {
                return false;
            }
            if (shelf.internal()) {
                return user.hasRole(Role.SECRETARIAT);
            }
            Long id = idOf(attachment.attachedTo().entityId());
            if (id == null) {
                return false;
            }
            Optional<Long> agreement = shelf.perAmendment() ? agreementOfAmendment.apply(id) : Optional.of(id);
            return agreement.map(a -> visible.test(user, a)).orElse(false);
        };
    }

    private static @Nullable Long idOf(String entityId) {
        if (!entityId.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(entityId);
    }
}
