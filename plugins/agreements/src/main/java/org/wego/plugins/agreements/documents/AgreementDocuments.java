package org.wego.plugins.agreements.documents;

import org.springframework.stereotype.Component;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.PluginContext;
import org.wego.plugins.agreements.register.Agreements;

/**
 * Where an agreement's files are filed. They belong to the secretariat's organisation, so the platform's
 * organisation scope lets the secretariat (and nobody else) store, version and delete them; who reads them is
 * each shelf's rule ({@link #rule}), declared in the entry class.
 */
@Component
public class AgreementDocuments {

    private final PluginContext platform;
    private final Agreements agreements;
    private final Amendments amendments;

    AgreementDocuments(PluginContext platform, Agreements agreements, Amendments amendments) {
        this.platform = platform;
        this.agreements = agreements;
        this.amendments = amendments;
    }

    /** The record an agreement's shelf is: for {@link Shelf#AMENDMENT} use {@link #ofAmendment}. */
    public AttachedTo of(long agreementId, Shelf shelf) {
        if (shelf.perAmendment()) {
            throw new IllegalArgumentException("an amendment's files hang on the amendment");
        }
        return record(shelf, agreementId);
    }

    /** The record an amendment's files are attached to. */
    public AttachedTo ofAmendment(long amendmentId) {
        return record(Shelf.AMENDMENT, amendmentId);
    }

    /** Who reads the shelf's files: see {@link DocumentRules}. */
    public AttachmentRule rule(Shelf shelf) {
        return DocumentRules.of(shelf, agreements::isVisibleTo, amendments::agreementOf);
    }

    private AttachedTo record(Shelf shelf, long id) {
        return new AttachedTo(
                shelf.entity(),
                Long.toString(id),
                platform.organisations().secretariat().key());
    }
}
