package org.wego.plugins.training.upload;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.ui.DownloadLink;
import org.wego.plugins.training.programmes.Programme;

/**
 * The bulk upload page ({@code training/upload?programme=N}, regional offices and member cities): pick
 * the programme, download the template, upload the filled file, see every problem by row number,
 * then cancel (nothing saved) or save the valid rows. The platform has no server push, so the long
 * steps (checking, saving) run on the next poll of the browser after the page has shown an
 * indeterminate progress bar: the bar is visible for as long as the server works.
 */
public class NominationUploadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int WORK_POLL_MILLIS = 150;
    private static final int FEW_PROBLEMS = 50;

    private final NominationUpload upload;
    private final Messages messages;
    private final ComboBox<Programme> programme = new ComboBox<>();
    private final Paragraph message = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Span working = new Span();
    private final VerticalLayout workingRow = new VerticalLayout(working, progress);
    private final H2 results = new H2();
    private final Grid<UploadProblem> problems = new Grid<>();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Upload fileUpload;
    private @Nullable UploadCheck check;
    private @Nullable Runnable pending;
    private int pollBefore = -1;
    private @Nullable Registration polling;

    public NominationUploadView(NominationUpload upload, PluginContext platform) {
        this.upload = upload;
        this.messages = platform.messages(getLocale());
        addClassName("training-upload");
        add(new H1(getTranslation("training.upload.title")));
        add(new Paragraph(getTranslation("training.upload.intro")));

        programme.setLabel(getTranslation("training.upload.programme"));
        programme.setItemLabelGenerator(p -> p.title(getLocale()) + " (" + p.startDate() + ")");
        programme.setWidth("32em");
        programme.addClassName("training-upload-programme");
        programme.addValueChangeListener(e -> clear(null));
        add(programme);

        add(new H2(getTranslation("training.upload.step.template")));
        add(new Paragraph(getTranslation("training.upload.template.hint")));
        add(new HorizontalLayout(
                template("csv", "text/csv;charset=UTF-8", () -> NominationTemplate.csv(platform.csv())),
                template(
                        "xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        NominationTemplate::xlsx)));

        add(new H2(getTranslation("training.upload.step.file")));
        fileUpload = fileUpload();
        add(
                fileUpload,
                new Paragraph(getTranslation(
                        "training.upload.file.hint", UploadedSheet.MAX_ROWS, UploadedSheet.MAX_BYTES / (1024 * 1024))));

        progress.setIndeterminate(true);
        progress.addClassName("training-upload-progress");
        working.addClassName("training-upload-working");
        workingRow.setPadding(false);
        workingRow.setSpacing(false);
        workingRow.setVisible(false);
        add(workingRow);

        results.setText(getTranslation("training.upload.step.check"));
        results.addClassName("training-upload-results");
        add(results);

        message.addClassName("training-upload-message");
        message.getElement().setAttribute("role", "status");
        summary.addClassName("training-upload-summary");
        add(message, summary);

        problems.addClassName("training-upload-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(UploadProblem::row)
                .setHeader(getTranslation("training.upload.problems.row"))
                .setWidth("5rem")
                .setFlexGrow(0);
        problems.addColumn(
                        p -> p.column() == null ? "" : getTranslation(p.column().labelKey()))
                .setHeader(getTranslation("training.upload.problems.column"))
                .setWidth("9rem")
                .setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.warning() ? "training.upload.warning" : "training.upload.error"))
                .setHeader(getTranslation("training.upload.problems.kind"))
                .setWidth("7rem")
                .setFlexGrow(0);
        problems.addColumn(p -> p.message(messages))
                .setHeader(getTranslation("training.upload.problems.problem"))
                .setFlexGrow(1);
        problems.setPartNameGenerator(p -> p.warning() ? "warning" : "error");
        add(problems);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("training-upload-save");
        save.addClickListener(e -> later("training.upload.saving", this::saveValid));
        cancel.setText(getTranslation("training.upload.cancel"));
        cancel.addClassName("training-upload-cancel");
        cancel.addClickListener(e -> clear(getTranslation("training.upload.cancelled")));
        add(new HorizontalLayout(save, cancel));
        clear(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.upload.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Programme> open = upload.openProgrammes();
        programme.setItems(open);
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("programme")
                .flatMap(id -> open.stream()
                        .filter(p -> Long.toString(p.id()).equals(id.strip()))
                        .findFirst())
                .ifPresentOrElse(programme::setValue, () -> {
                    if (open.size() == 1) {
                        programme.setValue(open.getFirst());
                    }
                });
        if (open.isEmpty()) {
            message.setText(getTranslation("training.upload.no-programme"));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        polling = ui.addPollListener(poll -> runPending(ui));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
        }
    }

    private Upload fileUpload() {
        var component = new Upload(new Handler());
        component.setMaxFiles(1);
        component.setMaxFileSize(UploadedSheet.MAX_BYTES);
        component.setAcceptedFileTypes(NominationUpload.acceptedTypes().toArray(String[]::new));
        component.addClassName("training-upload-file");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("training.upload.choose"))
                .setMany(getTranslation("training.upload.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("training.upload.drop"))
                .setMany(getTranslation("training.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("training.upload.one-file"))
                .setFileIsTooBig(
                        getTranslation("training.upload.file.too-large", UploadedSheet.MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("training.upload.file.type")));
        component.setI18n(i18n);
        component.addFileRejectedListener(e -> clear(e.getErrorMessage()));
        // A round trip when the browser finishes, so the check the handler queued starts at once.
        component.getElement().addEventListener("upload-success", e -> component.clearFileList());
        component.getElement().addEventListener("upload-error", e -> component.clearFileList());
        return component;
    }

    private DownloadLink template(String format, String mimeType, Supplier<byte[]> bytes) {
        var link = new DownloadLink(
                getTranslation("training.upload.template." + format),
                locale -> new DownloadLink.File("wego-nominations-template." + format, mimeType, bytes.get()));
        link.addClassName("training-upload-template-" + format);
        return link;
    }

    /** Shows the bar now and runs the work on the browser's next poll, while the bar shows. */
    private void later(String workingKey, Runnable work) {
        UI ui = UI.getCurrent();
        working.setText(getTranslation(workingKey));
        workingRow.setVisible(true);
        save.setEnabled(false);
        cancel.setEnabled(false);
        pending = work;
        pollBefore = ui.getPollInterval();
        ui.setPollInterval(WORK_POLL_MILLIS);
    }

    private void runPending(UI ui) {
        Runnable work = pending;
        if (work == null) {
            return;
        }
        pending = null;
        ui.setPollInterval(pollBefore);
        try {
            work.run();
        } finally {
            workingRow.setVisible(false);
        }
    }

    private void checkFile(String fileName, byte[] bytes) {
        Programme chosen = programme.getValue();
        if (chosen == null) {
            clear(getTranslation("training.upload.pick-programme"));
            return;
        }
        try {
            UploadCheck result = upload.check(chosen.id(), bytes);
            show(fileName, result);
        } catch (InvalidInputException e) {
            clear(e.message(messages));
        } catch (PermissionDeniedException e) {
            clear(getTranslation("training.upload.denied"));
        }
    }

    private void saveValid() {
        UploadCheck current = check;
        Programme chosen = programme.getValue();
        if (current == null || chosen == null) {
            return;
        }
        try {
            NominationUpload.Saved saved = upload.save(chosen.id(), current);
            check = null;
            showProblems(saved.check().problems());
            save.setVisible(false);
            cancel.setVisible(false);
            message.setText(
                    getTranslation("training.upload.saved", saved.nominations().size()));
        } catch (InvalidInputException e) {
            message.setText(e.message(messages));
            save.setEnabled(true);
            cancel.setEnabled(true);
        } catch (PermissionDeniedException e) {
            message.setText(getTranslation("training.upload.denied"));
        }
    }

    /** The problems in the grid: all rows shown while few, else a scrolling grid (Vaadin's limit, and readability). */
    private void showProblems(List<UploadProblem> list) {
        problems.setItems(list);
        problems.setVisible(!list.isEmpty());
        boolean few = list.size() <= FEW_PROBLEMS;
        problems.setAllRowsVisible(few);
        problems.setHeight(few ? null : "28em");
    }

    private void show(String fileName, UploadCheck result) {
        check = result;
        results.setVisible(true);
        int valid = result.validRows().size();
        int refused = result.rows().size() - valid;
        message.setText(
                getTranslation(valid == 0 ? "training.upload.checked.none-valid" : "training.upload.checked", valid));
        summary.setText(getTranslation(
                "training.upload.summary",
                fileName,
                result.encoding(),
                result.rows().size(),
                valid,
                refused,
                result.warnings().size()));
        summary.setVisible(true);
        showProblems(result.problems());
        save.setText(getTranslation("training.upload.save", valid));
        save.setEnabled(valid > 0);
        save.setVisible(true);
        cancel.setEnabled(true);
        cancel.setVisible(true);
    }

    private void clear(@Nullable String text) {
        check = null;
        results.setVisible(text != null);
        message.setText(text == null ? "" : text);
        summary.setVisible(false);
        problems.setItems(List.of());
        problems.setVisible(false);
        save.setVisible(false);
        cancel.setVisible(false);
    }

    /** Keeps the file in memory (at most {@link UploadedSheet#MAX_BYTES}) and queues its check. */
    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String fileName = event.getFileName();
            byte[] bytes;
            try (InputStream content = event.getInputStream()) {
                bytes = content.readNBytes(UploadedSheet.MAX_BYTES + 1);
            }
            ui.access(() -> {
                clear(null); // the previous file's results go, so they are not taken for this one's
                later("training.upload.checking", () -> checkFile(fileName, bytes));
            });
        }
    }
}
