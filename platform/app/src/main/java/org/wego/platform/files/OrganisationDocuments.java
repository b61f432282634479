package org.wego.platform.files;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.wego.platform.i18n.Translations;
import org.wego.platform.organisations.OrganisationSection;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.Attachments;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.AttachmentsPanel;

/**
 * The "Logo" and "Documents" parts of an organisation's page. Every signed-in user sees the logo;
 * the documents only those with the organisation in scope. The secretariat and the organisation's
 * own users upload and delete (checked again by the store).
 */
@org.springframework.stereotype.Component
class OrganisationDocuments implements OrganisationSection {

    private final FileStore store;
    private final Attachments attachments;
    private final Translations translations;

    OrganisationDocuments(FileStore store, Translations translations) {
        this.store = store;
        this.attachments = store.forOwner(FileStore.PLATFORM);
        this.translations = translations;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> sectionFor(Organisation organisation, SignedInUser viewer) {
        Messages messages = translations.messages(viewer.locale());
        var section = new VerticalLayout();
        section.setPadding(false);
        section.add(part(FileStore.ORGANISATION_LOGO, organisation, viewer, messages, AttachmentLimits.images()));
        if (store.isInScope(viewer, organisation)) {
            section.add(part(
                    FileStore.ORGANISATION_DOCUMENT, organisation, viewer, messages, AttachmentLimits.documents()));
        }
        return Optional.of(section);
    }

    private com.vaadin.flow.component.Component part(
            String entity, Organisation organisation, SignedInUser viewer, Messages messages, AttachmentLimits limits) {
        var record = new AttachedTo(entity, organisation.key().value(), organisation.key());
        boolean mayChange = store.mayChange(viewer, entity, organisation.key());
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId(entity.substring(entity.lastIndexOf('.') + 1) + "s");
        part.add(new H2(messages.get(entity.equals(FileStore.ORGANISATION_LOGO) ? "files.logo" : "files.documents")));
        if (entity.equals(FileStore.ORGANISATION_LOGO)) {
            // The registry's official logo when one is set, else the newest one uploaded.
            Optional.ofNullable(organisation.logoAttachmentId())
                    .flatMap(attachments::find)
                    .or(() ->
                            attachments.list(entity, record.entityId()).stream().findFirst())
                    .ifPresent(logo -> {
                        var image = new Image(
                                logo.downloadPath(),
                                messages.get("files.logo.alt", organisation.name(viewer.locale())));
                        image.setMaxHeight("96px");
                        part.add(image);
                    });
        }
        part.add(new AttachmentsPanel(attachments, record, limits, messages, mayChange));
        return part;
    }
}
