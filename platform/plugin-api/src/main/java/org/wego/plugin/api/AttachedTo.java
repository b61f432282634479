package org.wego.plugin.api;

import java.util.regex.Pattern;

/**
 * The record files are attached to, and the organisation that owns it.
 *
 * @param entity what kind of record, e.g. {@code mou.agreement}; plugins prefix their id. Lower-case
 *     letters, digits, dots and dashes, at most 100 characters
 * @param entityId the record's id or key: letters, digits, {@code . _ : -}, at most 100 characters
 * @param organisation the organisation whose record it is: by default its scope decides who may see
 *     the files
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record AttachedTo(String entity, String entityId, OrganisationKey organisation) {

    private static final Pattern ENTITY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public AttachedTo {
        if (!isEntity(entity) || !ENTITY_ID.matcher(entityId).matches()) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.BAD_RECORD);
        }
    }

    /** Whether the text is a well-formed entity name. */
    public static boolean isEntity(String entity) {
        return ENTITY.matcher(entity).matches();
    }
}
