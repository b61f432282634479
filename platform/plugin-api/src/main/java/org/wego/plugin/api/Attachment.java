package org.wego.plugin.api;

import java.time.LocalDateTime;

/**
 * One stored file, as the platform describes it. The bytes are read through
 * {@link Attachments#open(long)} or downloaded at {@link #downloadPath()}.
 *
 * @param id the platform's id of the file
 * @param owner who stored it: a plugin id, or {@code platform}
 * @param attachedTo the record it belongs to and that record's organisation
 * @param fileName the cleaned file name, with an extension that matches its type
 * @param type the type found in the content
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content, hexadecimal
 * @param uploadedBy the display name of the person who uploaded it
 * @param uploadedAt when it was uploaded, in the platform's time zone
 * @param documentId the id of the document's first version: the same for every version of a document
 * @param version 1 for the first version, higher for each newer one
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record Attachment(
        long id,
        String owner,
        AttachedTo attachedTo,
        String fileName,
        FileType type,
        long size,
        String sha256,
        String uploadedBy,
        LocalDateTime uploadedAt,
        long documentId,
        int version) {

    /** A file without versions (the first version of its own document), the 1.0 form. */
    public Attachment(
            long id,
            String owner,
            AttachedTo attachedTo,
            String fileName,
            FileType type,
            long size,
            String sha256,
            String uploadedBy,
            LocalDateTime uploadedAt) {
        this(id, owner, attachedTo, fileName, type, size, sha256, uploadedBy, uploadedAt, id, 1);
    }

    /**
     * Where a signed-in user downloads the file, relative to the platform's base URL (no leading
     * slash), e.g. {@code files/42}. The platform checks the download rule again on every request.
     */
    public String downloadPath() {
        return "files/" + id;
    }
}
