package org.wego.platform.approvals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.wego.platform.organisations.Organisations;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApprovalException;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory.Query;
import org.wego.plugin.api.SignedInUser;

/**
 * The secretariat's inbox: every plugin's requests in one grid, pending first by default; open one to
 * decide it, or select many and decide them with one comment.
 */
public class ApprovalsView extends VerticalLayout {

    private final ApprovalInbox inbox;
    private final SignedInUser officer;
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final ComboBox<ApprovalStatus> status = new ComboBox<>();
    private final TextField text;
    private final TextArea bulkComment = new TextArea();
    private final UnorderedList bulkResult = new UnorderedList();
    private final RequestGrid grid;

    ApprovalsView(ApprovalInbox inbox, Organisations organisations, CurrentUser currentUser) {
        this.inbox = inbox;
        this.officer = currentUser.require();
        setSizeFull();
        add(new H1(getTranslation("approvals.inbox.title")));

        type.setLabel(getTranslation("approvals.type"));
        type.setItems(inbox.typeNames());
        type.setItemLabelGenerator(name -> RequestGrid.typeLabel(this, inbox, name));
        organisation.setLabel(getTranslation("approvals.organisation"));
        organisation.setItems(query -> organisations
                .search(new Query(
                        query.getFilter().filter(f -> !f.isBlank()).orElse(null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        query.getOffset(),
                        query.getLimit()))
                .stream());
        organisation.setItemLabelGenerator(o -> o.name(getLocale()));
        status.setLabel(getTranslation("approvals.status"));
        status.setItems(ApprovalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("approvals.status." + s.name()));
        status.setValue(ApprovalStatus.PENDING);
        for (var field : List.of(type, organisation, status)) {
            field.setClearButtonVisible(true);
        }
        grid = new RequestGrid(inbox, officer, this::filter, "approvals.inbox.empty");
        text = grid.searchField();
        var filters = new HorizontalLayout(type, organisation, status, text);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        grid.setId("approvals-grid");
        var selection = (GridMultiSelectionModel<InboxRequest>) grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // Select all matching requests (decided in bulk up to ApprovalRules.MAX_BULK at a time).
        selection.setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        grid.addItemClickListener(click -> open(click.getItem()));
        type.addValueChangeListener(e -> grid.refresh());
        organisation.addValueChangeListener(e -> grid.refresh());
        status.addValueChangeListener(e -> grid.refresh());

        add(bulkBar());
        add(grid.emptyState());
        addAndExpand(grid);
    }

    private Div bulkBar() {
        bulkComment.setLabel(getTranslation("approvals.bulk.comment"));
        bulkComment.setMaxLength(ApprovalRules.MAX_COMMENT);
        bulkComment.setWidth("28em");
        bulkComment.setId("approvals-bulk-comment");
        var approve =
                new Button(getTranslation("approvals.bulk.approve"), e -> decideSelected(ApprovalStatus.APPROVED));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.setId("approvals-bulk-approve");
        var reject = new Button(getTranslation("approvals.bulk.reject"), e -> decideSelected(ApprovalStatus.REJECTED));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("approvals-bulk-reject");
        var bar = new HorizontalLayout(bulkComment, approve, reject);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bulkResult.setId("approvals-bulk-result");
        return new Div(bar, bulkResult);
    }

    private void decideSelected(ApprovalStatus outcome) {
        bulkResult.removeAll();
        bulkComment.setInvalid(false);
        // Oldest first (ids follow submission), not in the grid's newest-first order: a bulk approval of
        // nominations hands out seats in decision order, so the earliest nominee must get the seat first.
        Map<Long, String> titles = new java.util.HashMap<>();
        grid.getSelectedItems().forEach(r -> titles.put(r.id(), r.title()));
        List<Long> ids = titles.keySet().stream().sorted().toList();
        if (ids.isEmpty()) {
            bulkComment.setErrorMessage(getTranslation("approvals.bulk.none-selected"));
            bulkComment.setInvalid(true);
            return;
        }
        List<DecisionOutcome> outcomes;
        try {
            outcomes = inbox.decideAll(officer, ids, outcome, bulkComment.getValue());
        } catch (InvalidInputException e) {
            bulkComment.setErrorMessage(ApprovalMessages.of(this, e));
            bulkComment.setInvalid(true);
            return;
        }
        for (DecisionOutcome result : outcomes) {
            var item = new ListItem(
                    result.succeeded()
                            ? getTranslation(
                                    "approvals.bulk.done." + outcome.name(),
                                    Long.toString(result.requestId()),
                                    titles.get(result.requestId()))
                            : getTranslation(
                                    "approvals.bulk.failed",
                                    Long.toString(result.requestId()),
                                    ApprovalMessages.of(this, result.problem()),
                                    titles.get(result.requestId())));
            item.addClassName(result.succeeded() ? "approval-bulk-ok" : "approval-bulk-failed");
            bulkResult.add(item);
        }
        bulkComment.clear();
        grid.deselectAll();
        grid.refresh();
    }

    private void open(InboxRequest request) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("approvals.request", Long.toString(request.id())));
        dialog.setWidth("40em");
        dialog.add(new RequestDetails(inbox, request));
        if (request.status() == ApprovalStatus.PENDING) {
            var comment = new TextArea(getTranslation("approvals.comment"));
            comment.setMaxLength(ApprovalRules.MAX_COMMENT);
            comment.setWidthFull();
            comment.setId("approval-comment");
            comment.setHelperText(getTranslation("approvals.comment.help"));
            dialog.add(comment);
            var approve = new Button(getTranslation("approvals.approve"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.setId("approval-approve");
            var reject = new Button(getTranslation("approvals.reject"));
            reject.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            reject.setId("approval-reject");
            approve.addClickListener(e -> decide(dialog, request, ApprovalStatus.APPROVED, comment));
            reject.addClickListener(e -> decide(dialog, request, ApprovalStatus.REJECTED, comment));
            dialog.getFooter().add(reject, approve);
        }
        var close = new Button(getTranslation("approvals.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void decide(Dialog dialog, InboxRequest request, ApprovalStatus outcome, TextArea comment) {
        try {
            inbox.decide(officer, request.id(), outcome, comment.getValue());
            dialog.close();
            grid.refresh();
        } catch (ApprovalException e) {
            comment.setErrorMessage(ApprovalMessages.of(this, e));
            comment.setInvalid(true);
        } catch (InvalidInputException e) {
            comment.setErrorMessage(ApprovalMessages.of(this, e));
            comment.setInvalid(true);
        }
    }

    private InboxFilter filter() {
        return new InboxFilter(
                type.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().key(),
                status.getValue(),
                text.getValue());
    }
}
