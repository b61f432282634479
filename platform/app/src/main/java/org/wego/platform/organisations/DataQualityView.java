package org.wego.platform.organisations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.wego.platform.organisations.DataFindings.Finding;
import org.wego.platform.organisations.DataFindings.Resolution;
import org.wego.platform.security.CurrentUser;

/**
 * The secretariat's list of what the seed document got wrong (names listed twice, a city under two
 * regions, counts the named records do not reach) and of what plugins found in their own data, each
 * with its source, to merge or acknowledge.
 */
public class DataQualityView extends VerticalLayout {

    private final DataFindings findings;
    private final CurrentUser currentUser;
    private final Grid<Finding> grid = new Grid<>();

    DataQualityView(DataFindings findings, CurrentUser currentUser) {
        this.findings = findings;
        this.currentUser = currentUser;
        setSizeFull();
        add(new H1(getTranslation("findings.title")), new Paragraph(getTranslation("findings.intro")));
        grid.addColumn(f -> f.pluginId() == null
                        ? getTranslation("findings.source.registry")
                        : getTranslation("findings.source.plugin", f.pluginId()))
                .setHeader(getTranslation("findings.source"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> f.sourceLine() == null ? "" : f.sourceLine().toString())
                .setHeader(getTranslation("findings.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> f.orgKey() == null ? "" : f.orgKey()).setHeader(getTranslation("organisations.key"));
        // A plugin's kinds are its own codes; its description says what the finding is.
        grid.addColumn(f -> f.pluginId() == null ? getTranslation("findings.kind." + f.kind()) : f.kind())
                .setHeader(getTranslation("findings.kind"));
        grid.addColumn(f -> "ko".equals(getLocale().getLanguage()) ? f.detailKo() : f.detailEn())
                .setHeader(getTranslation("findings.detail"))
                .setFlexGrow(4);
        grid.addComponentColumn(this::decision)
                .setHeader(getTranslation("findings.resolution"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("findings.title"));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        addAndExpand(grid);
        refresh();
    }

    private com.vaadin.flow.component.Component decision(Finding finding) {
        if (finding.resolution() != null) {
            return new Paragraph(getTranslation("findings.resolution." + finding.resolution(), finding.resolvedBy()));
        }
        var buttons = new HorizontalLayout();
        if (finding.pluginId() == null
                && (finding.kind().equals("DUPLICATE_NAME") || finding.kind().equals("TWO_REGIONS"))) {
            buttons.add(button(finding, Resolution.MERGED));
        }
        buttons.add(button(finding, Resolution.ACKNOWLEDGED));
        return buttons;
    }

    private Button button(Finding finding, Resolution resolution) {
        var button = new Button(getTranslation("findings.action." + resolution.name()), click -> {
            if (!findings.resolve(currentUser.require(), finding.id(), resolution)) {
                Notification.show(getTranslation("findings.already-decided"));
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation("findings.action." + resolution.name()) + ": "
                + (finding.orgKey() == null ? finding.kind() : finding.orgKey()));
        return button;
    }

    private void refresh() {
        grid.setItems(findings.all(currentUser.require()));
    }
}
