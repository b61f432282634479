package org.wego.plugins.membership.profiles;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.SignedInUser;

/**
 * Who sees a logo proposed in an official change ({@link MemberProfiles#LOGO_ENTITY}). While it
 * waits, or once it is rejected or replaced, it is the organisation's private record: its own users,
 * its regional office and the secretariat (who decides it in the inbox). Once approved it is the
 * registry's logo, which the platform shows every signed-in user on the organisation's page, so then
 * every signed-in user sees it, like the platform's own logos. Never anonymous visitors.
 */
final class LogoRule implements AttachmentRule {

    private final OrganisationDirectory organisations;

    LogoRule(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @Override
    public boolean maySee(@Nullable SignedInUser user, Attachment attachment) {
        if (user == null) {
            return false;
        }
        return organisations
                .byKey(attachment.attachedTo().organisation())
                .map(organisation -> Objects.equals(organisation.logoAttachmentId(), attachment.id())
                        || organisations.isInScopeOf(user, organisation))
                .orElse(false);
    }
}
