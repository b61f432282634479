package org.wego.platform.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.wego.platform.audit.AuditTrail.Entry;
import org.wego.platform.audit.AuditTrail.Filter;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.SignedInUser;

/** The secretariat reads the audit trail, newest first, filtered; nothing here changes it. */
public class AuditLogView extends VerticalLayout {

    private final ComboBox<String> entity = new ComboBox<>();
    private final TextField text = new TextField();

    AuditLogView(AuditTrail trail, CurrentUser currentUser) {
        setSizeFull();
        add(new H1(getTranslation("audit.title")));
        var reader = currentUser.require();
        entity.setLabel(getTranslation("audit.entity"));
        entity.setItems(trail.entities(reader));
        entity.setClearButtonVisible(true);
        text.setLabel(getTranslation("audit.search"));
        text.setPlaceholder(getTranslation("audit.search.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        add(new HorizontalLayout(entity, text));

        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        var grid = new Grid<Entry>();
        grid.addColumn(e -> when.format(e.at()))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> SignedInUser.actorLabel(e.userName(), e.username(), e.email())
                        + (e.organisation() == null ? "" : ", " + e.organisation()))
                .setHeader(getTranslation("audit.who"));
        grid.addColumn(Entry::entity).setHeader(getTranslation("audit.entity"));
        grid.addColumn(Entry::entityId).setHeader(getTranslation("audit.id"));
        grid.addColumn(e -> e.before() == null ? "–" : e.before())
                .setHeader(getTranslation("audit.before"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.after() == null ? "–" : e.after())
                .setHeader(getTranslation("audit.after"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setItems(
                q -> trail.read(reader, filter(), q.getOffset(), q.getLimit()).stream(),
                q -> trail.count(reader, filter()));
        entity.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        addAndExpand(grid);
    }

    private Filter filter() {
        return new Filter(entity.getValue(), text.getValue());
    }
}
