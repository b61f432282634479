package org.wego.platform.notifications;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.wego.platform.notifications.MailSinkReader.SinkMail;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.SignedInUser;

/**
 * The secretariat's outbox: every mail the local mail sink received (Keycloak's set-password mails
 * included), with clickable links; and the platform's own sent log with status and retries. With an
 * external SMTP server only the sent log is shown, and the screen says so.
 */
public class OutboxView extends VerticalLayout {

    OutboxView(Outbox outbox, MailSinkReader sink, CurrentUser currentUser) {
        SignedInUser user = currentUser.require();
        setSizeFull();
        add(new H1(getTranslation("outbox.title")));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());

        var tabs = new TabSheet();
        tabs.setSizeFull();
        if (sink.available()) {
            tabs.add(getTranslation("outbox.sink"), sinkTab(sink, user, time));
        }
        tabs.add(getTranslation("outbox.sent-log"), sentLog(outbox, user, time));
        if (!sink.available()) {
            add(new Paragraph(getTranslation("outbox.external-smtp")));
        }
        addAndExpand(tabs);
    }

    private VerticalLayout sinkTab(MailSinkReader sink, SignedInUser user, DateTimeFormatter time) {
        var tab = new VerticalLayout();
        tab.setPadding(false);
        tab.setSizeFull();
        tab.add(new Paragraph(getTranslation("outbox.sink.intro")));
        List<SinkMail> mails;
        try {
            mails = sink.read(user);
        } catch (IllegalStateException e) {
            var error = new Paragraph(getTranslation("outbox.sink.unavailable"));
            error.addClassName("wego-error");
            tab.add(error);
            return tab;
        }
        if (mails.isEmpty()) {
            tab.add(new Paragraph(getTranslation("outbox.sink.empty")));
            return tab;
        }
        var grid = new Grid<SinkMail>();
        grid.addColumn(m -> m.received() == null ? "" : time.format(m.received()))
                .setHeader(getTranslation("outbox.time"))
                .setSortable(true)
                .setComparator(m -> m.received() == null ? java.time.Instant.EPOCH : m.received())
                .setAutoWidth(true);
        grid.addColumn(SinkMail::to)
                .setHeader(getTranslation("outbox.to"))
                .setSortable(true)
                .setComparator(SinkMail::to);
        grid.addColumn(SinkMail::subject)
                .setHeader(getTranslation("outbox.subject"))
                .setSortable(true)
                .setComparator(SinkMail::subject)
                .setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> LinkedText.component(m.body())));
        grid.setItems(mails);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("outbox.sink"));
        grid.addClassName("wego-sink-grid");
        grid.setEmptyStateText(getTranslation("outbox.sink.none-found"));
        // Tests and demos send many mails: finding one person's needs a search of the whole mailbox.
        var search = new TextField(getTranslation("outbox.sink.search"));
        search.setId("outbox-sink-search");
        search.setClearButtonVisible(true);
        search.setWidth("min(28em, 100%)");
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            try {
                grid.setItems(sink.read(user, e.getValue()));
                search.setInvalid(false);
            } catch (IllegalStateException unreadable) {
                search.setErrorMessage(getTranslation("outbox.sink.unavailable"));
                search.setInvalid(true);
            }
        });
        tab.add(search);
        tab.addAndExpand(grid);
        return tab;
    }

    private Grid<Outbox.Entry> sentLog(Outbox outbox, SignedInUser user, DateTimeFormatter time) {
        var grid = new Grid<Outbox.Entry>();
        grid.addColumn(e -> time.format(e.createdAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("outbox.queued"))
                .setAutoWidth(true);
        grid.addColumn(Outbox.Entry::recipient).setHeader(getTranslation("outbox.to"));
        grid.addColumn(Outbox.Entry::subject)
                .setHeader(getTranslation("outbox.subject"))
                .setFlexGrow(2);
        grid.addColumn(e -> getTranslation("outbox.status." + e.status())).setHeader(getTranslation("outbox.status"));
        grid.addColumn(Outbox.Entry::attempts).setHeader(getTranslation("outbox.attempts"));
        grid.addColumn(e -> e.sentAt() == null ? "" : time.format(e.sentAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("outbox.sent-at"));
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader(getTranslation("outbox.error"));
        grid.setItems(q -> outbox.read(user, q.getOffset(), q.getLimit()).stream(), q -> outbox.count(user));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("outbox.sent-log"));
        grid.setEmptyStateText(getTranslation("outbox.sent-log.empty"));
        return grid;
    }
}
