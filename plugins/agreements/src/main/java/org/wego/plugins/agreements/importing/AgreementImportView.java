package org.wego.plugins.agreements.importing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.ui.DownloadLink;

/**
 * The import page (secretariat): download the bilingual template, upload the register as CSV or XLSX, see
 * every problem by row number, then cancel (nothing saved) or save the valid rows.
 */
public class AgreementImportView extends VerticalLayout implements HasDynamicTitle {

    /** The page's route. */
    public static final String ROUTE = "agreements/import";

    private final AgreementImport importing;
    private final Paragraph message = new Paragraph();
    private final Grid<ImportRows.Problem> problems = new Grid<>();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private AgreementImport.@Nullable Check check;

    public AgreementImportView(AgreementImport importing) {
        this.importing = importing;
        addClassName("agreements-import");
        add(
                new H1(getTranslation("agreements.import.title")),
                new Paragraph(getTranslation("agreements.import.intro")));
        var template = new DownloadLink(
                getTranslation("agreements.import.template"),
                locale -> DownloadLink.File.csv("wego-agreements-template.csv", importing.template()));
        template.addClassName("agreements-import-template");
        var templateXlsx = new DownloadLink(
                getTranslation("agreements.import.template.xlsx"),
                locale -> DownloadLink.File.xlsx("wego-agreements-template.xlsx", importing.templateXlsx()));
        templateXlsx.addClassName("agreements-import-template-xlsx");
        add(new HorizontalLayout(template, templateXlsx));

        add(new H2(getTranslation("agreements.import.step.file")));
        var upload = new Upload(new Handler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(AgreementImport.MAX_BYTES);
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addClassName("agreements-import-file");
        upload.getElement().addEventListener("upload-success", e -> upload.clearFileList());
        add(upload);

        message.addClassName("agreements-import-message");
        message.getElement().setAttribute("role", "status");
        add(message);
        problems.addClassName("agreements-import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(ImportRows.Problem::row)
                .setHeader(getTranslation("agreements.import.problems.row"))
                .setWidth("5rem")
                .setFlexGrow(0);
        problems.addColumn(
                        p -> p.column() == null ? "" : getTranslation(p.column().labelKey()))
                .setHeader(getTranslation("agreements.import.problems.column"))
                .setWidth("12rem")
                .setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                .setHeader(getTranslation("agreements.import.problems.problem"))
                .setFlexGrow(1);
        add(problems);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("agreements-import-save");
        save.addClickListener(e -> saveValid());
        cancel.setText(getTranslation("agreements.cancel"));
        cancel.addClassName("agreements-import-cancel");
        cancel.addClickListener(e -> show(null, getTranslation("agreements.import.cancelled")));
        add(new HorizontalLayout(save, cancel));
        show(null, "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.import.title");
    }

    private void checkFile(byte[] bytes) {
        try {
            AgreementImport.Check checked = importing.check(bytes);
            show(
                    checked,
                    getTranslation(
                            "agreements.import.checked",
                            checked.rows().size(),
                            checked.valid(),
                            checked.rows().size() - checked.valid()));
        } catch (InvalidInputException e) {
            show(null, getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    private void saveValid() {
        AgreementImport.Check checked = check;
        if (checked == null) {
            return;
        }
        int saved = importing.save(checked).size();
        show(null, getTranslation("agreements.import.saved", saved));
    }

    private void show(AgreementImport.@Nullable Check checked, String text) {
        check = checked;
        message.setText(text);
        problems.setItems(checked == null ? java.util.List.of() : checked.problems());
        problems.setVisible(checked != null && !checked.problems().isEmpty());
        save.setText(getTranslation("agreements.import.save", checked == null ? 0 : checked.valid()));
        save.setEnabled(checked != null && checked.valid() > 0);
        cancel.setEnabled(checked != null);
    }

    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream content = event.getInputStream()) {
                bytes = content.readNBytes(AgreementImport.MAX_BYTES + 1);
            }
            ui.access(() -> checkFile(bytes));
        }
    }
}
