package org.wego.plugins.membership.profiles;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationContact;

/**
 * The official fields a member asks the secretariat to change: names, head, official contacts and
 * a new logo.
 *
 * @param logoAttachmentId the stored file of the proposed logo, or null for no new logo. Only the
 *     service sets it, from the file it stored for this change: a caller's id is dropped, or a forged
 *     one would make another organisation's file this one's logo.
 */
public record OfficialChange(
        String nameEn,
        String nameKo,
        @Nullable String nameLocal,
        @Nullable String headName,
        @Nullable String headTitle,
        List<OrganisationContact> contacts,
        @Nullable Long logoAttachmentId) {

    public OfficialChange {
        contacts = List.copyOf(contacts);
    }

    /** The fields as a member types them, without a logo (that comes as a {@link LogoUpload}). */
    OfficialChange(
            String nameEn,
            String nameKo,
            @Nullable String nameLocal,
            @Nullable String headName,
            @Nullable String headTitle,
            List<OrganisationContact> contacts) {
        this(nameEn, nameKo, nameLocal, headName, headTitle, contacts, null);
    }

    OfficialChange withLogo(@Nullable Long attachmentId) {
        return new OfficialChange(nameEn, nameKo, nameLocal, headName, headTitle, contacts, attachmentId);
    }
}
