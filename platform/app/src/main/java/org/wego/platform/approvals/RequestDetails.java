package org.wego.platform.approvals;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** One request read in full: what, for whom, by whom, its details and, once decided, the decision. */
class RequestDetails extends Div {

    RequestDetails(ApprovalInbox inbox, InboxRequest request) {
        addClassName("approval-details");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        add(new H3(request.title()));
        add(line("approvals.type", RequestGrid.typeLabel(this, inbox, request.type())));
        add(line(
                "approvals.organisation", request.organisationName(getLocale()) + " (" + request.organisation() + ")"));
        add(line("approvals.submitter", request.submitterLabel() + ", " + when.format(request.submittedAt())));
        boolean pluginRuns = inbox.isDecidable(request.type());
        for (Map.Entry<String, String> detail : request.details().entrySet()) {
            add(new Paragraph(new Span(label(detail.getKey(), pluginRuns) + ": "), new Span(detail.getValue())));
        }
        var status = new Paragraph(
                new Span(getTranslation("approvals.status") + ": "), RequestGrid.statusBadge(this, request));
        add(status);
        if (request.decidedAt() != null) {
            add(line(
                    "approvals.decided",
                    getTranslation(
                            "approvals.decided.by", request.decidedByLabel(), when.format(request.decidedAt()))));
        }
        if (request.comment() != null) {
            add(line("approvals.comment", request.comment()));
        }
        if (!inbox.isDecidable(request.type())) {
            var unavailable = new Paragraph(getTranslation("approvals.plugin-unavailable", request.pluginId()));
            unavailable.addClassName("approval-unavailable");
            add(unavailable);
        }
    }

    /**
     * A detail's label in the reader's language: labels are message keys of the submitting plugin's
     * bundles; while the plugin is stopped its bundles are gone, and a request stored before labels
     * were keys has a text of its own: both show as stored.
     */
    private String label(String key, boolean pluginRuns) {
        return pluginRuns && key.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") ? getTranslation(key) : key;
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(new Span(getTranslation(labelKey) + ": "), new Span(value));
    }
}
