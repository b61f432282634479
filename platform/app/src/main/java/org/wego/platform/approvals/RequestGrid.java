package org.wego.platform.approvals;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import org.wego.plugin.api.SignedInUser;

/**
 * The requests a reader may see, loaded a page at a time and sorted by the server; shared by the
 * secretariat's inbox and the submitters' list. Shows {@link #emptyState()} when nothing matches.
 */
class RequestGrid extends Grid<InboxRequest> {

    private final Span empty = new Span();

    RequestGrid(ApprovalInbox inbox, SignedInUser reader, Supplier<InboxFilter> filter, String emptyKey) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        addColumn(r -> when.format(r.submittedAt()))
                .setHeader(getTranslation("approvals.submitted"))
                .setSortProperty(InboxSort.SUBMITTED_AT.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> typeLabel(this, inbox, r.type()))
                .setHeader(getTranslation("approvals.type"))
                .setSortProperty(InboxSort.TYPE.name());
        addColumn(r -> r.organisationName(getLocale()))
                .setHeader(getTranslation("approvals.organisation"))
                .setSortProperty(InboxSort.ORGANISATION.name())
                .setAutoWidth(true);
        addColumn(InboxRequest::title)
                .setHeader(getTranslation("approvals.title-column"))
                .setFlexGrow(3);
        addColumn(InboxRequest::submitterLabel).setHeader(getTranslation("approvals.submitter"));
        addComponentColumn(r -> statusBadge(this, r))
                .setHeader(getTranslation("approvals.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader(getTranslation("approvals.comment"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("approvals.grid"));
        setDataProvider(new CallbackDataProvider<InboxRequest, Void>(
                q -> inbox.list(reader, filter.get(), page(q.getSortOrders(), q.getOffset(), q.getLimit())).stream(),
                q -> {
                    int count = inbox.count(reader, filter.get());
                    empty.setVisible(count == 0);
                    return count;
                },
                InboxRequest::id));
        empty.setText(getTranslation(emptyKey));
        empty.addClassName("approvals-empty");
        empty.setVisible(false);
    }

    /** The free-text filter both views offer, refreshing the grid as the user types. */
    TextField searchField() {
        var text = new TextField(getTranslation("approvals.search"));
        text.setPlaceholder(getTranslation("approvals.search.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        text.addValueChangeListener(e -> refresh());
        return text;
    }

    /** The text shown instead of rows when nothing matches: what to do next. */
    Span emptyState() {
        return empty;
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    /** The type's label while its plugin runs, else its name. */
    static String typeLabel(com.vaadin.flow.component.Component owner, ApprovalInbox inbox, String type) {
        return inbox.labelKey(type).map(owner::getTranslation).orElse(type);
    }

    static Span statusBadge(com.vaadin.flow.component.Component owner, InboxRequest request) {
        var badge = new Span(
                owner.getTranslation("approvals.status." + request.status().name()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (request.status()) {
                            case PENDING -> "badge contrast";
                            case APPROVED -> "badge success";
                            case REJECTED -> "badge error";
                        });
        return badge;
    }

    private static InboxPage page(java.util.List<QuerySortOrder> orders, int offset, int limit) {
        if (orders.isEmpty()) {
            return InboxPage.newest(offset, limit);
        }
        QuerySortOrder order = orders.getFirst();
        return new InboxPage(
                InboxSort.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING, offset, limit);
    }
}
