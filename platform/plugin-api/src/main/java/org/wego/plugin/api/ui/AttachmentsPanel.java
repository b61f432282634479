package org.wego.plugin.api.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.AttachmentRejectedException;
import org.wego.plugin.api.Attachments;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Stability;

/**
 * The files of one record: a list with download links, and for users who may change them an upload
 * (with progress) and delete buttons. A document's latest version is listed; its version button shows
 * every version (each downloadable, with who uploaded it and when) and takes a new one. Errors (too large, wrong type, empty) appear next to the upload
 * in the user's language. Every check is made again by {@link Attachments} on the server; this panel
 * only shows them early.
 *
 * <pre>{@code
 * var panel = new AttachmentsPanel(context.attachments(), new AttachedTo("mou.agreement", id, org),
 *         AttachmentLimits.documents(), context.messages(getLocale()));
 * }</pre>
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public class AttachmentsPanel extends Composite<VerticalLayout> {

    private final Attachments attachments;
    private final AttachedTo record;
    private final Messages messages;
    private final Grid<Attachment> grid = new Grid<>();
    private final Span error = new Span();
    private final boolean mayChange;
    private final AttachmentLimits limits;

    /**
     * A panel for the record's files. Whether upload and delete are offered follows
     * {@link Attachments#mayChange}.
     */
    public AttachmentsPanel(Attachments attachments, AttachedTo record, AttachmentLimits limits, Messages messages) {
        this(attachments, record, limits, messages, attachments.mayChange(record.organisation()));
    }

    /**
     * A panel whose caller decides whether upload and delete are offered (e.g. stricter than the
     * organisation scope); the server still checks its own rules.
     */
    public AttachmentsPanel(
            Attachments attachments, AttachedTo record, AttachmentLimits limits, Messages messages, boolean mayChange) {
        this.attachments = attachments;
        this.record = record;
        this.messages = messages;
        this.mayChange = mayChange;
        this.limits = limits;
        var layout = getContent();
        layout.setPadding(false);
        layout.addClassName("wego-attachments");
        if (mayChange) {
            layout.add(upload(limits));
            var hint = new Span(messages.get("files.panel.hint", limits.allowedLabels(), limits.maxSizeLabel()));
            hint.addClassName("wego-attachments-hint");
            error.addClassName("wego-attachments-error");
            error.getElement().setAttribute("role", "alert");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            error.setVisible(false);
            layout.add(hint, error);
        }
        layout.add(grid());
        refresh();
    }

    /** Reads the record's files again. */
    public void refresh() {
        grid.setItems(attachments.list(record.entity(), record.entityId()));
    }

    private Upload upload(AttachmentLimits limits) {
        var upload = new Upload(
                new Handler((name, type, content) -> attachments.store(record, name, type, content, limits)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        upload.setAcceptedFileTypes(limits.allowed().stream()
                .flatMap(type -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(type.mediaType()),
                        type.extensions().stream().map(extension -> "." + extension)))
                .toArray(String[]::new));
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(messages.get("files.panel.upload"))
                .setMany(messages.get("files.panel.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(messages.get("files.panel.drop"))
                .setMany(messages.get("files.panel.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(messages.get("files.panel.one-at-a-time"))
                .setFileIsTooBig(messages.get("files.rejected.too-large", limits.maxSizeLabel()))
                .setIncorrectFileType(messages.get("files.rejected.wrong-type", limits.allowedLabels())));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> showError(event.getErrorMessage()));
        // A round trip when the browser finishes, so what the server did (list, error) shows at once; the
        // finished file leaves the upload's own list, which would otherwise block the next one.
        upload.getElement().addEventListener("upload-success", event -> upload.clearFileList());
        upload.getElement().addEventListener("upload-error", event -> upload.clearFileList());
        return upload;
    }

    private Grid<Attachment> grid() {
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::downloadLink)
                .setHeader(messages.get("files.panel.name"))
                .setComparator(Attachment::fileName)
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(attachment -> attachment.type().label())
                .setHeader(messages.get("files.panel.type"))
                .setSortable(true);
        grid.addColumn(attachment -> AttachmentLimits.sizeLabel(attachment.size()))
                .setHeader(messages.get("files.panel.size"))
                .setComparator(Attachment::size)
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(Attachment::uploadedBy)
                .setHeader(messages.get("files.panel.uploaded-by"))
                .setSortable(true);
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale());
        grid.addColumn(attachment -> attachment.uploadedAt().format(format))
                .setHeader(messages.get("files.panel.uploaded-at"))
                .setComparator(Attachment::uploadedAt)
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::versionsButton)
                .setHeader(messages.get("files.panel.version"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::versions));
        grid.setDetailsVisibleOnClick(false);
        if (mayChange) {
            // A named header: an empty one is a table header screen readers cannot announce (axe).
            grid.addComponentColumn(this::deleteButton)
                    .setHeader(messages.get("files.panel.delete"))
                    .setFlexGrow(0)
                    .setAutoWidth(true);
        }
        grid.setEmptyStateComponent(
                new Paragraph(messages.get(mayChange ? "files.panel.empty.upload" : "files.panel.empty")));
        return grid;
    }

    private Anchor downloadLink(Attachment attachment) {
        var link = new Anchor(attachment.downloadPath(), attachment.fileName());
        // A plain download, not a navigation inside the application.
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", attachment.fileName());
        return link;
    }

    /** The version number; a click shows every version of the document below its row. */
    private Button versionsButton(Attachment attachment) {
        var button = new Button(messages.get("files.panel.version-number", attachment.version()), click -> {
            grid.setDetailsVisible(attachment, !grid.isDetailsVisible(attachment));
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", messages.get("files.panel.versions-of", attachment.fileName()));
        return button;
    }

    /** Every version of the document, each downloadable with who uploaded it and when, and a new one. */
    private VerticalLayout versions(Attachment attachment) {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("wego-attachment-versions");
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale());
        for (Attachment version : attachments.versions(attachment.id())) {
            var line = new Span(messages.get(
                    "files.panel.version-line",
                    version.version(),
                    version.uploadedBy(),
                    version.uploadedAt().format(format)));
            layout.add(new com.vaadin.flow.component.html.Div(downloadLink(version), line));
        }
        if (mayChange) {
            var upload = new Upload(new Handler(
                    (name, type, content) -> attachments.storeVersion(attachment.id(), name, type, content, limits)));
            upload.setMaxFiles(1);
            upload.setUploadButton(new Button(messages.get("files.panel.new-version")));
            upload.getElement().addEventListener("upload-success", event -> upload.clearFileList());
            upload.getElement().addEventListener("upload-error", event -> upload.clearFileList());
            layout.add(upload);
        }
        return layout;
    }

    private Button deleteButton(Attachment attachment) {
        var button = new Button(messages.get("files.panel.delete"), click -> {
            try {
                attachments.delete(attachment.id());
                showError(null);
            } catch (PermissionDeniedException | NoSuchElementException e) {
                showError(messages.get("files.panel.denied"));
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", messages.get("files.panel.delete-named", attachment.fileName()));
        return button;
    }

    private void showError(@Nullable String text) {
        error.setText(text == null ? "" : text);
        error.setVisible(text != null);
    }

    /** One way of putting an uploaded file into the platform's store (a new document, or a new version). */
    @FunctionalInterface
    private interface Storing {
        void store(String fileName, String contentType, InputStream content);
    }

    /**
     * Streams the upload straight into the platform's store, which checks it as it reads; a refusal is shown
     * above the list and given back to the upload. A document that vanished (only a new version can meet
     * one: {@code store} never throws {@link NoSuchElementException}) is refused as not allowed.
     */
    private final class Handler implements UploadHandler {

        private final Storing storing;

        Handler(Storing storing) {
            this.storing = storing;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String problem;
            try (InputStream content = event.getInputStream()) {
                storing.store(event.getFileName(), event.getContentType(), content);
                problem = null;
            } catch (AttachmentRejectedException e) {
                problem = messages.get(e.messageKey(), e.arguments());
            } catch (PermissionDeniedException | NoSuchElementException e) {
                problem = messages.get("files.panel.denied");
            }
            String shown = problem;
            ui.access(() -> {
                showError(shown);
                refresh();
            });
            if (shown != null) {
                event.reject(shown);
            }
        }
    }
}
