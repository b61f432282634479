package org.wego.plugins.noticeboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.ui.InputErrors;
import org.wego.plugin.api.ui.ReferenceLink;

/**
 * The notices, newest first. The secretariat also sees the form to post one (with a related record of
 * another plugin, if any); members and regional offices the form to propose one, and their
 * organisation's proposals with how they were decided. Every text is set as text, never as markup.
 */
public class NoticeBoardView extends VerticalLayout {

    private final Notices notices;
    private final PluginContext platform;
    private final UnorderedList list = new UnorderedList();
    private final UnorderedList proposals = new UnorderedList();
    private final boolean mayPropose;

    public NoticeBoardView(Notices notices, PluginContext platform) {
        this.notices = notices;
        this.platform = platform;
        add(new H1(getTranslation("notice-board.menu")));
        boolean mayPost = platform.currentUser()
                .map(user -> platform.permissions().isAllowed(user, NoticeBoardPlugin.POST))
                .orElse(false);
        mayPropose = platform.currentUser()
                .map(user -> platform.permissions().isAllowed(user, NoticeBoardPlugin.PROPOSE))
                .orElse(false);
        if (mayPost) {
            add(form("notice-board-form", "notice-board.post", true));
        }
        if (mayPropose) {
            add(new Paragraph(getTranslation("notice-board.propose.intro")));
            add(form("notice-board-propose-form", "notice-board.propose", false));
        }
        add(list);
        if (mayPropose) {
            add(new H2(getTranslation("notice-board.proposals")));
            proposals.addClassName("notice-board-proposals");
            add(proposals);
        }
        refresh();
    }

    /** What the form holds until it is sent. */
    static final class Draft {
        private String title = "";
        private String related = "";

        String getTitle() {
            return title;
        }

        void setTitle(String value) {
            title = value;
        }

        String getRelated() {
            return related;
        }

        void setRelated(String value) {
            related = value;
        }
    }

    private Div form(String className, String buttonKey, boolean post) {
        var binder = new Binder<Draft>();
        var errors = new InputErrors<>(binder);
        var title = new TextField(getTranslation("notice-board.title"));
        title.setMaxLength(Notices.MAX_TITLE);
        title.setWidth("32em");
        errors.forField(title, Notices.TITLE).bind(Draft::getTitle, Draft::setTitle);
        var form = new Div(title);
        if (post) {
            var related = new TextField(getTranslation("notice-board.related"));
            related.setHelperText(getTranslation("notice-board.related.help"));
            related.setMaxLength(RecordReference.MAX_LENGTH);
            related.setWidth("20em");
            errors.forField(related, Notices.RELATED).bind(Draft::getRelated, Draft::setRelated);
            form.add(related);
        }
        binder.setBean(new Draft());
        var button = new Button(getTranslation(buttonKey), click -> {
            errors.clear();
            Draft draft = binder.getBean();
            try {
                if (post) {
                    notices.post(draft.getTitle(), draft.getRelated());
                } else {
                    notices.propose(draft.getTitle());
                }
            } catch (InvalidInputException refusal) {
                if (!errors.show(refusal)) {
                    Notification.show(errors.message(refusal));
                }
                return;
            }
            binder.setBean(new Draft());
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(button);
        form.addClassName(className);
        return form;
    }

    private void refresh() {
        list.removeAll();
        var latest = notices.latest(50);
        if (latest.isEmpty()) {
            list.add(new ListItem(getTranslation("notice-board.empty")));
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        for (Notice notice : latest) {
            var item = new ListItem(
                    new Paragraph(notice.title()),
                    new Paragraph(
                            getTranslation("notice-board.posted", notice.postedBy(), when.format(notice.postedAt()))));
            if (notice.related() != null) {
                // The owning plugin gives the title while it runs; otherwise "record of … (not available)".
                var shown = platform.references().show(RecordReference.parse(notice.related()), getLocale());
                item.add(new Paragraph(new ReferenceLink(shown)));
            }
            list.add(item);
        }
        if (mayPropose) {
            proposals.removeAll();
            var mine = notices.proposalsOfMyOrganisation(50);
            if (mine.isEmpty()) {
                proposals.add(new ListItem(getTranslation("notice-board.proposals.empty")));
            }
            for (Proposal proposal : mine) {
                var item = new ListItem(
                        new Paragraph(proposal.title()),
                        new Paragraph(getTranslation("notice-board.proposal.status." + proposal.status())));
                if (proposal.comment() != null) {
                    item.add(new Paragraph(getTranslation("notice-board.proposal.comment", proposal.comment())));
                }
                proposals.add(item);
            }
        }
    }
}
