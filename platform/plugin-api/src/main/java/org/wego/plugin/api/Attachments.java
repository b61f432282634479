package org.wego.plugin.api;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Files attached to records (documents, logos, MOU scans), for the signed-in user of the current
 * request. The platform keeps the bytes in its file store and the description in its database, and
 * records every upload and deletion in the audit trail, in the caller's transaction when there is
 * one. Uploads are checked by their content: empty files, files over the limit and types not allowed
 * are refused with an {@link AttachmentRejectedException}, and nothing is stored.
 *
 * <p>Who may see a record's files is decided by its kind's {@link AttachmentRule}, by default the
 * organisation scope. Storing and deleting needs the owning organisation in the user's scope; a
 * plugin checks its own finer rules before calling. Plugins store files only for their own entities
 * (names starting with their id and a dot) and set rules only for those.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface Attachments {

    /**
     * Stores a file for a record. The content is read to its end but not closed.
     *
     * @param record the record and its organisation
     * @param fileName the name the user gave; it is cleaned (no folders, control or markup characters)
     * @param declaredType the type the browser declared; informative only, the content decides
     * @param content the bytes
     * @param limits the size and types this upload may have
     * @return the stored file
     * @throws AttachmentRejectedException if the file is empty, too large or of a type not allowed
     * @throws PermissionDeniedException if nobody is signed in or the organisation is out of scope
     */
    Attachment store(
            AttachedTo record, String fileName, String declaredType, InputStream content, AttachmentLimits limits);

    /**
     * The record's files the current user may see, newest first: of a document with versions, its
     * latest version only ({@link #versions(long)} lists the others).
     */
    List<Attachment> list(String entity, String entityId);

    /**
     * Stores a new version of a document, keeping the earlier ones (each stays downloadable). Checked
     * as {@link #store}: the same limits and the same permission on the document's record.
     *
     * @param previous the id of any version of the document
     * @return the new version, whose {@link Attachment#version()} is one higher than the latest's
     * @throws java.util.NoSuchElementException if the document does not exist or the user may not see it
     * @throws AttachmentRejectedException as {@link #store}
     * @throws PermissionDeniedException if the user may see but not change the record's files
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    Attachment storeVersion(
            long previous, String fileName, String declaredType, InputStream content, AttachmentLimits limits);

    /**
     * Every version of the document that a file belongs to, newest first, with who uploaded each and
     * when; empty if the file does not exist or the user may not see it.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    List<Attachment> versions(long id);

    /** One file, if it exists and the current user may see it; otherwise empty, whatever the reason. */
    Optional<Attachment> find(long id);

    /**
     * The content of a file the current user may see; the caller closes it.
     *
     * @throws java.util.NoSuchElementException if the file does not exist or the user may not see it
     */
    InputStream open(long id);

    /**
     * Deletes a file (one version of a document; the others stay). Only its owner (this plugin) may,
     * for a user with the organisation in scope.
     *
     * @throws java.util.NoSuchElementException if the file does not exist or the user may not see it
     * @throws PermissionDeniedException if the user may see but not delete it
     */
    void delete(long id);

    /** Whether the current user may store and delete files of records of this organisation. */
    boolean mayChange(OrganisationKey organisation);
}
