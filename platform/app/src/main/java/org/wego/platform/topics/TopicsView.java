package org.wego.platform.topics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Map;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Topic;

/**
 * The secretariat's screen of the topic list, at {@code admin/topics}: add a topic, rename it in both
 * languages, move it up or down, retire it or offer it again. Every change is audited by {@link
 * TopicList}.
 */
public class TopicsView extends VerticalLayout implements HasDynamicTitle {

    private final TopicList topics;
    private final CurrentUser currentUser;
    private final Grid<Topic> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField nameKo = new TextField();

    TopicsView(TopicList topics, CurrentUser currentUser) {
        this.topics = topics;
        this.currentUser = currentUser;
        setSizeFull();
        add(new H1(getTranslation("topics.title")), new Paragraph(getTranslation("topics.intro")));
        add(new H2(getTranslation("topics.add")), addForm());
        grid.addColumn(t -> t.name(getLocale()))
                .setHeader(getTranslation("topics.name"))
                .setFlexGrow(2);
        grid.addColumn(Topic::nameEn).setHeader(getTranslation("topics.name-en"));
        grid.addColumn(Topic::nameKo).setHeader(getTranslation("topics.name-ko"));
        grid.addColumn(Topic::code).setHeader(getTranslation("topics.code"));
        grid.addColumn(t -> getTranslation(t.retired() ? "topics.state.retired" : "topics.state.current"))
                .setHeader(getTranslation("topics.state"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("topics.actions"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("topics.title"));
        addAndExpand(grid);
        refresh();
    }

    private Component addForm() {
        code.setLabel(getTranslation("topics.code"));
        code.setHelperText(getTranslation("topics.code.helper"));
        nameEn.setLabel(getTranslation("topics.name-en"));
        nameKo.setLabel(getTranslation("topics.name-ko"));
        var add = new Button(getTranslation("topics.add.button"), VaadinIcon.PLUS.create(), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(code, nameEn, nameKo, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void add() {
        for (TextField field : new TextField[] {code, nameEn, nameKo}) {
            field.setInvalid(false);
        }
        try {
            topics.add(currentUser.require(), code.getValue(), nameEn.getValue(), nameKo.getValue());
            code.clear();
            nameEn.clear();
            nameKo.clear();
            saved();
        } catch (InvalidInputException problem) {
            TextField field = Map.of("code", code, "nameEn", nameEn, "nameKo", nameKo)
                    .getOrDefault(String.valueOf(problem.field()), code);
            field.setErrorMessage(
                    getTranslation(problem.messageKey(), problem.arguments().toArray()));
            field.setInvalid(true);
        }
    }

    private Component actions(Topic topic) {
        var actions = new HorizontalLayout();
        String name = topic.name(getLocale());
        if (!topic.retired()) {
            actions.add(
                    small(
                            VaadinIcon.ARROW_UP,
                            getTranslation("topics.up", name),
                            () -> topics.move(currentUser.require(), topic.code(), true)),
                    small(
                            VaadinIcon.ARROW_DOWN,
                            getTranslation("topics.down", name),
                            () -> topics.move(currentUser.require(), topic.code(), false)));
        }
        var rename = new Button(getTranslation("topics.rename"), e -> new RenameDialog(topic, this::rename).open());
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rename.setAriaLabel(getTranslation("topics.rename") + ": " + name);
        var retire = new Button(getTranslation(topic.retired() ? "topics.restore" : "topics.retire"), e -> {
            topics.retire(currentUser.require(), topic.code(), !topic.retired());
            saved();
        });
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retire.setAriaLabel(retire.getText() + ": " + name);
        actions.add(rename, retire);
        return actions;
    }

    private void rename(Topic topic, String en, String ko) {
        topics.rename(currentUser.require(), topic.code(), en, ko);
        saved();
    }

    private Button small(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> {
            action.run();
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void saved() {
        Notification.show(getTranslation("topics.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        grid.setItems(topics.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("topics.title") + " · " + getTranslation("app.title");
    }
}
