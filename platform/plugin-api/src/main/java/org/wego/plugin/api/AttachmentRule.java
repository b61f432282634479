package org.wego.plugin.api;

import org.jspecify.annotations.Nullable;

/**
 * Who may see and download the files of one kind of record. Without a rule of its own, a record's
 * files follow the organisation scope ({@link OrganisationDirectory#isInScopeOf}): the owning
 * organisation's users, its regional office and the secretariat.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
@FunctionalInterface
public interface AttachmentRule {

    /** Any signed-in user, e.g. for organisations' logos. Never anonymous visitors. */
    AttachmentRule ANY_SIGNED_IN_USER = (user, attachment) -> user != null;

    /**
     * Whether the user may see and download the file.
     *
     * @param user the signed-in user, or {@code null} for an anonymous visitor
     * @param attachment the file and the record it belongs to
     */
    boolean maySee(@Nullable SignedInUser user, Attachment attachment);
}
