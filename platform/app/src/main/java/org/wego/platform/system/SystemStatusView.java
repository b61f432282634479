package org.wego.platform.system;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The secretariat's page on the platform's health, checked afresh on open and on request. */
public class SystemStatusView extends VerticalLayout {

    private final Grid<PartStatus> parts = new Grid<>();

    SystemStatusView(SystemStatus status) {
        add(new H1(getTranslation("system.title")));
        parts.addColumn(part -> getTranslation(part.nameKey()))
                .setHeader(getTranslation("system.part"))
                .setAutoWidth(true);
        parts.addComponentColumn(this::badge)
                .setHeader(getTranslation("system.status"))
                .setAutoWidth(true);
        parts.addColumn(PartStatus::detail).setHeader(getTranslation("system.detail"));
        parts.setAllRowsVisible(true);
        parts.setAriaLabel(getTranslation("system.title"));
        parts.setItems(status.check());
        add(new Button(getTranslation("system.refresh"), e -> parts.setItems(status.check())), parts);
    }

    private Span badge(PartStatus part) {
        var badge = new Span(getTranslation(part.up() ? "system.up" : "system.down"));
        badge.getElement().getThemeList().add(part.up() ? "badge success" : "badge error");
        return badge;
    }
}
