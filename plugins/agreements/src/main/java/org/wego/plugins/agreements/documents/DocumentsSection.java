package org.wego.plugins.agreements.documents;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.AttachmentRejectedException;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ui.AttachmentsPanel;
import org.wego.plugin.api.ui.InputErrors;
import org.wego.plugin.api.ui.IsoDatePicker;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.AgreementSection;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.TerminationDialog;

/**
 * An agreement's documents on its page: the secretariat's internal drafts (shown to it alone), the documents
 * shared with the parties, the signed scan, the amendments in date order with their files, and the termination
 * notice. The secretariat files them and records amendments; its terminate dialog also takes the notice.
 */
@org.springframework.stereotype.Component
class DocumentsSection implements AgreementSection, TerminationDialog {

    private final Agreements agreements;
    private final Amendments amendments;
    private final TerminationNotices notices;
    private final AgreementDocuments documents;
    private final PluginContext platform;

    DocumentsSection(
            Agreements agreements,
            Amendments amendments,
            TerminationNotices notices,
            AgreementDocuments documents,
            PluginContext platform) {
        this.agreements = agreements;
        this.amendments = amendments;
        this.notices = notices;
        this.documents = documents;
        this.platform = platform;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Component> render(Agreement agreement) {
        Messages messages = platform.messages(locale());
        boolean mayFile = agreements.mayManage();
        boolean secretariat =
                platform.currentUser().map(u -> u.hasRole(Role.SECRETARIAT)).orElse(false);
        var section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("agreements-docs");
        section.add(new H2(messages.get("agreements.docs.heading")));
        for (Shelf shelf : new Shelf[] {Shelf.INTERNAL, Shelf.SHARED, Shelf.SIGNED}) {
            if (shelf.internal() && !secretariat) {
                continue; // the parties never learn that drafts exist
            }
            section.add(new H3(messages.get("agreements.docs.shelf." + shelf.name())));
            if (shelf.internal()) {
                section.add(new Span(messages.get("agreements.docs.internal-hint")));
            }
            section.add(panel(documents.of(agreement.id(), shelf), shelf, messages, mayFile));
        }
        notices.of(agreement.id()).ifPresent(notice -> {
            var box = new Div();
            box.addClassName("agreements-docs-notice");
            box.add(new H3(messages.get("agreements.docs.shelf.TERMINATION")));
            box.add(new Paragraph(messages.get(
                    "agreements.docs.notice.line",
                    notice.givenOn().toString(),
                    notice.endsOn().toString(),
                    notice.recordedBy())));
            box.add(panel(documents.of(agreement.id(), Shelf.TERMINATION), Shelf.TERMINATION, messages, mayFile));
            section.add(box);
        });
        section.add(amendmentsOf(agreement, messages, mayFile));
        return Optional.of(section);
    }

    private AttachmentsPanel panel(
            org.wego.plugin.api.AttachedTo record, Shelf shelf, Messages messages, boolean mayFile) {
        var panel = new AttachmentsPanel(platform.attachments(), record, shelf.limits(), messages, mayFile);
        panel.addClassName("agreements-docs-" + shelf.name().toLowerCase(Locale.ROOT));
        return panel;
    }

    private VerticalLayout amendmentsOf(Agreement agreement, Messages messages, boolean mayFile) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("agreements-amendments");
        box.add(new H2(messages.get("agreements.docs.amendments")));
        var list = amendments.of(agreement.id());
        if (list.isEmpty()) {
            box.add(new Paragraph(messages.get("agreements.docs.amendments.none")));
        }
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        for (Amendment amendment : list) {
            var item = new Div();
            item.addClassName("agreements-amendment");
            item.add(new H3(messages.get(
                    "agreements.docs.amendment.title", amendment.date().toString(), amendment.recordedBy())));
            item.add(new Paragraph(amendment.summary(messages.locale())));
            item.add(panel(documents.ofAmendment(amendment.id()), Shelf.AMENDMENT, messages, mayFile));
            box.add(item);
        }
        if (mayFile && agreement.signed() != null) {
            var add = new Button(
                    messages.get("agreements.docs.amendment.record"), click -> recordAmendment(agreement, messages));
            add.addClassName("agreements-amendment-record");
            box.add(add);
        }
        return box;
    }

    private void recordAmendment(Agreement agreement, Messages messages) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(messages.get("agreements.docs.amendment.record"));
        var date = new IsoDatePicker(messages.get("agreements.docs.field.amended-on"));
        var summaryEn = new TextArea(messages.get("agreements.docs.field.summary-en"));
        var summaryKo = new TextArea(messages.get("agreements.docs.field.summary-ko"));
        summaryEn.setWidthFull();
        summaryKo.setWidthFull();
        var errors = new InputErrors<>(new Binder<Object>());
        errors.forComponent(date, AmendmentInput.DATE);
        errors.forComponent(summaryEn, AmendmentInput.SUMMARY_EN);
        errors.forComponent(summaryKo, AmendmentInput.SUMMARY_KO);
        var problem = problem();
        dialog.add(new VerticalLayout(date, summaryEn, summaryKo, problem));
        var save = new Button(messages.get("agreements.save"), click -> {
            problem.setVisible(false);
            try {
                amendments.record(
                        agreement.id(),
                        new AmendmentInput(date.getValue(), summaryEn.getValue(), summaryKo.getValue()));
                dialog.close();
                reload(agreement);
            } catch (InvalidInputException refused) {
                if (!errors.show(refused)) {
                    problem.setText(errors.message(refused));
                    problem.setVisible(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("agreements-amendment-save");
        dialog.getFooter().add(new Button(messages.get("agreements.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** The terminate dialog with the notice: the day it ends, the day notice was given, the notice's file. */
    @Override
    public void open(Agreement agreement, Runnable done) {
        Messages messages = platform.messages(locale());
        var dialog = new Dialog();
        dialog.setHeaderTitle(messages.get("agreements.move.TERMINATE"));
        var endsOn = new IsoDatePicker(messages.get("agreements.field.terminated-on"));
        var givenOn = new IsoDatePicker(messages.get("agreements.docs.field.notice-given-on"));
        var held = new AtomicReference<NoticeFile>();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            held.set(new NoticeFile(metadata.fileName(), String.valueOf(metadata.contentType()), bytes));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) AttachmentLimits.documents().maxBytes());
        upload.setUploadButton(new Button(messages.get("agreements.docs.field.notice-file")));
        upload.addFileRemovedListener(event -> held.set(null));
        var errors = new InputErrors<>(new Binder<Object>());
        errors.forComponent(endsOn, TerminationNotices.ENDS_ON);
        errors.forComponent(givenOn, TerminationNotices.GIVEN_ON);
        var problem = problem();
        dialog.add(new VerticalLayout(endsOn, givenOn, upload, problem));
        var ok = new Button(messages.get("agreements.move.TERMINATE"), click -> {
            problem.setVisible(false);
            try {
                notices.terminate(
                        agreement.id(), agreement.version(), endsOn.getValue(), givenOn.getValue(), held.get());
                dialog.close();
                done.run();
            } catch (InvalidInputException refused) {
                if (!errors.show(refused)) {
                    problem.setText(errors.message(refused));
                    problem.setVisible(true);
                }
            } catch (AttachmentRejectedException refused) {
                problem.setText(messages.get(refused.messageKey(), refused.arguments()));
                problem.setVisible(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ok.addClassName("agreements-move-confirm");
        dialog.getFooter().add(new Button(messages.get("agreements.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    /** The viewer's language, as the page shows it. */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static Paragraph problem() {
        var problem = new Paragraph();
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        return problem;
    }

    private static void reload(Agreement agreement) {
        UI.getCurrent()
                .navigate(
                        org.wego.plugins.agreements.register.AgreementPage.ROUTE,
                        com.vaadin.flow.router.QueryParameters.of("id", Long.toString(agreement.id())));
    }
}
