package org.wego.plugins.training.certificates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.function.Supplier;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.ui.DownloadLink;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.nominations.ProgrammeNominationsView;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.ProgrammeChoice;
import org.wego.plugins.training.programmes.Programmes;

/**
 * Certificates of a programme ({@code training/certificates?programme=N}): the enrolled trainees the
 * user may see (all for the secretariat, its own scope's for a city or regional office) with their
 * attendance and completion; a certificate to download for each who completed, and all of them in
 * one zip. The service checks scope and completion again on every download. The secretariat may
 * revoke an issued certificate (with a reason the platform's public page shows).
 */
public class CertificatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Certificates certificates;
    private final Programmes programmes;
    private final PluginContext platform;

    public CertificatesView(Certificates certificates, Programmes programmes, PluginContext platform) {
        this.certificates = certificates;
        this.programmes = programmes;
        this.platform = platform;
        addClassName("training-certificates");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.certificate.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("training.certificate.title")));
        Programme programme = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("programme")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> programmes.byId(Long.parseLong(id)))
                .orElse(null);
        List<Programme> all = programmes.list();
        add(ProgrammeChoice.of(
                getTranslation("training.certificate.programme"),
                all,
                programme,
                TrainingPlugin.CERTIFICATES_ROUTE,
                getLocale()));
        if (programme == null) {
            add(new Paragraph(getTranslation("training.certificate.choose")));
            return;
        }
        add(new Anchor(
                ProgrammeNominationsView.ROUTE + "?id=" + programme.id(),
                getTranslation("training.certificate.programme-page")));
        List<Certificates.Row> rows = certificates.ofProgramme(programme.id());
        boolean anyComplete = rows.stream().anyMatch(r -> r.completion().complete());
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("training.certificate.empty")));
            return;
        }
        if (anyComplete) {
            add(download(
                    getTranslation("training.certificate.zip"),
                    "training-certificates-zip",
                    () -> certificates.zip(programme.id())));
        } else {
            add(new Paragraph(getTranslation("training.certificate.none")));
        }
        var grid = new Grid<Certificates.Row>();
        grid.addColumn(Certificates.Row::traineeName)
                .setHeader(getTranslation("training.certificate.trainee"))
                .setFlexGrow(2);
        grid.addColumn(r -> platform.organisations()
                        .byKey(org.wego.plugin.api.OrganisationKey.of(r.organisationKey()))
                        .map(o -> o.name(getLocale()))
                        .orElse(r.organisationKey()))
                .setHeader(getTranslation("training.certificate.organisation"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(
                        "training.attendance.attended",
                        r.completion().attended(),
                        r.completion().sessions()))
                .setHeader(getTranslation("training.attendance.sessions-attended"));
        grid.addColumn(r -> getTranslation(
                        r.completion().complete()
                                ? "training.certificate.completed"
                                : "training.certificate.incomplete"))
                .setHeader(getTranslation("training.certificate.status"));
        grid.addComponentColumn(this::downloadOf)
                .setHeader(getTranslation("training.certificate.pdf"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Component downloadOf(Certificates.Row row) {
        if (!row.completion().complete()) {
            return new Span();
        }
        if (row.revoked()) {
            var revoked = new Span(getTranslation("training.certificate.revoked-status"));
            revoked.addClassName("training-certificate-revoked");
            return revoked;
        }
        var download = download(
                row.code() == null ? getTranslation("training.certificate.download") : Certificates.grouped(row.code()),
                "training-certificate-download",
                () -> certificates.pdf(row.nominationId()));
        boolean manages = platform.currentUser().map(programmes::mayManage).orElse(false);
        if (row.code() == null || !manages) {
            return download;
        }
        var revoke = new Button(getTranslation("training.certificate.revoke"), e -> confirmRevoke(row));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.addClassName("training-certificate-revoke");
        return new HorizontalLayout(download, revoke);
    }

    /** The secretariat revokes an issued certificate, giving the reason the public page shows. */
    private void confirmRevoke(Certificates.Row row) {
        var reason = new TextArea(getTranslation("training.certificate.revoke.reason"));
        reason.setMaxLength(300);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.addClassName("training-certificate-revoke-reason");
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("training.certificate.revoke.title", row.traineeName()));
        confirm.setText(
                new VerticalLayout(new Paragraph(getTranslation("training.certificate.revoke.explain")), reason));
        confirm.setConfirmText(getTranslation("training.certificate.revoke.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("training.certificate.revoke.cancel"));
        confirm.addConfirmListener(e -> {
            certificates.revoke(row.nominationId(), reason.getValue());
            UI.getCurrent().refreshCurrentRoute(false);
        });
        confirm.open();
    }

    private DownloadLink download(String label, String className, Supplier<Certificates.CertificateFile> file) {
        // Its own server endpoint: the service checks the user's scope again.
        var link = new DownloadLink(label, locale -> {
            Certificates.CertificateFile made = file.get();
            return new DownloadLink.File(made.fileName(), made.mimeType(), made.content());
        });
        link.addClassName(className);
        return link;
    }
}
