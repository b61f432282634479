package org.wego.platform.approvals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApprovalStatus;

/**
 * The requests of the user's organisation (a regional office: also of its region's members; the
 * secretariat: all) and how they were decided. Read only.
 */
public class RequestsView extends VerticalLayout {

    private final ComboBox<ApprovalStatus> status = new ComboBox<>();
    private final RequestGrid grid;
    private final TextField text;

    RequestsView(ApprovalInbox inbox, CurrentUser currentUser) {
        var reader = currentUser.require();
        setSizeFull();
        add(new H1(getTranslation("approvals.requests.title")));
        add(new Paragraph(getTranslation("approvals.requests.intro")));
        status.setLabel(getTranslation("approvals.status"));
        status.setItems(ApprovalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("approvals.status." + s.name()));
        status.setClearButtonVisible(true);
        grid = new RequestGrid(inbox, reader, this::filter, "approvals.requests.empty");
        text = grid.searchField();
        var filters = new HorizontalLayout(status, text);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.setId("requests-grid");
        grid.addItemClickListener(click -> {
            var dialog = new Dialog(new RequestDetails(inbox, click.getItem()));
            dialog.setHeaderTitle(getTranslation(
                    "approvals.request", Long.toString(click.getItem().id())));
            dialog.setWidth("40em");
            dialog.getFooter().add(new Button(getTranslation("approvals.close"), e -> dialog.close()));
            dialog.open();
        });
        status.addValueChangeListener(e -> grid.refresh());
        add(grid.emptyState());
        addAndExpand(grid);
    }

    /** Read when the grid loads, after the constructor has built every field. */
    private InboxFilter filter() {
        return new InboxFilter(null, null, status.getValue(), text.getValue());
    }
}
