package org.wego.plugins.noticeboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Function;
import org.wego.plugin.api.PluginContext;

/**
 * The notices, newest first. The secretariat also sees the form to post one; members and regional
 * offices the form to propose one, and their organisation's proposals with how they were decided.
 */
public class NoticeBoardView extends VerticalLayout {

    private final Notices notices;
    private final UnorderedList list = new UnorderedList();
    private final UnorderedList proposals = new UnorderedList();
    private final boolean mayPropose;

    public NoticeBoardView(Notices notices, PluginContext platform) {
        this.notices = notices;
        add(new H1(getTranslation("notice-board.menu")));
        boolean mayPost = platform.currentUser()
                .map(user -> platform.permissions().isAllowed(user, NoticeBoardPlugin.POST))
                .orElse(false);
        mayPropose = platform.currentUser()
                .map(user -> platform.permissions().isAllowed(user, NoticeBoardPlugin.PROPOSE))
                .orElse(false);
        if (mayPost) {
            add(form("notice-board-form", "notice-board.post", notices::post));
        }
        if (mayPropose) {
            add(new Paragraph(getTranslation("notice-board.propose.intro")));
            add(form("notice-board-propose-form", "notice-board.propose", notices::propose));
        }
        add(list);
        if (mayPropose) {
            add(new H2(getTranslation("notice-board.proposals")));
            proposals.addClassName("notice-board-proposals");
            add(proposals);
        }
        refresh();
    }

    private Div form(String className, String buttonKey, Function<String, Optional<String>> action) {
        var title = new TextField(getTranslation("notice-board.title"));
        title.setMaxLength(Notices.MAX_TITLE);
        title.setWidth("32em");
        var button = new Button(
                getTranslation(buttonKey),
                click -> action.apply(title.getValue())
                        .ifPresentOrElse(
                                problem -> {
                                    title.setErrorMessage(getTranslation(problem, Notices.MAX_TITLE));
                                    title.setInvalid(true);
                                },
                                () -> {
                                    title.clear();
                                    title.setInvalid(false);
                                    refresh();
                                }));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(title, button);
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
            list.add(new ListItem(
                    new Paragraph(notice.title()),
                    new Paragraph(
                            getTranslation("notice-board.posted", notice.postedBy(), when.format(notice.postedAt())))));
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
