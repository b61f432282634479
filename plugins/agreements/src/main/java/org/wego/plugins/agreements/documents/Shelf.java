package org.wego.plugins.agreements.documents;

import java.util.Locale;
import java.util.Set;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.FileType;

/**
 * The shelves of an agreement's files, each an attachment entity of its own (with versions): the secretariat's
 * negotiation drafts kept apart from what the parties read. Shown as {@code agreements.docs.shelf.<NAME>}.
 */
public enum Shelf {
    /** Negotiation drafts and notes: the secretariat only. */
    INTERNAL,
    /** Documents shared with the parties: whoever may see the agreement. */
    SHARED,
    /** The signed scan (PDF), with its versions: whoever may see the agreement. */
    SIGNED,
    /** The documents of one amendment (its record's id): whoever may see the agreement. */
    AMENDMENT,
    /** The termination notice: whoever may see the agreement. */
    TERMINATION;

    /** The attachment entity, e.g. {@code agreements.internal}. */
    public String entity() {
        return "agreements." + name().toLowerCase(Locale.ROOT);
    }

    /** What a file of the shelf may be: the signed text is a PDF scan; the others any document, as large. */
    public AttachmentLimits limits() {
        AttachmentLimits documents = AttachmentLimits.documents();
        return this == SIGNED ? new AttachmentLimits(documents.maxBytes(), Set.of(FileType.PDF)) : documents;
    }

    /** Whether only the secretariat reads it. */
    public boolean internal() {
        return this == INTERNAL;
    }

    /** Whether its files hang on an amendment's record rather than on the agreement. */
    public boolean perAmendment() {
        return this == AMENDMENT;
    }
}
