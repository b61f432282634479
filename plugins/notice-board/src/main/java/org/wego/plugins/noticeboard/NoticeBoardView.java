package org.wego.plugins.noticeboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.wego.plugin.api.PluginContext;

/** The notices, newest first; the secretariat also sees the form to post one. */
public class NoticeBoardView extends VerticalLayout {

    private final Notices notices;
    private final UnorderedList list = new UnorderedList();

    public NoticeBoardView(Notices notices, PluginContext platform) {
        this.notices = notices;
        add(new H1(getTranslation("notice-board.menu")));
        boolean mayPost = platform.currentUser()
                .map(user -> platform.permissions().isAllowed(user, NoticeBoardPlugin.POST))
                .orElse(false);
        if (mayPost) {
            add(postForm());
        }
        add(list);
        refresh();
    }

    private Div postForm() {
        var title = new TextField(getTranslation("notice-board.title"));
        title.setMaxLength(Notices.MAX_TITLE);
        title.setWidth("32em");
        var post = new Button(
                getTranslation("notice-board.post"),
                click -> notices.post(title.getValue())
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
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(title, post);
        form.addClassName("notice-board-form");
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
    }
}
