package __PACKAGE__;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.wego.plugin.api.PluginContext;

/** The plugin's page: the form to add an item (for those who may) and the newest items. */
public class __NAME__View extends VerticalLayout implements HasDynamicTitle {

    private final Items items;
    private final UnorderedList list = new UnorderedList();

    public __NAME__View(Items items, PluginContext platform) {
        this.items = items;
        add(new H1(getTranslation("__PLUGIN_ID__.heading")));
        boolean mayAdd = platform.currentUser()
                .map(user -> platform.permissions().isAllowed(user, __NAME__Plugin.ADD))
                .orElse(false);
        if (mayAdd) {
            add(form());
        }
        add(list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("__PLUGIN_ID__.menu");
    }

    private Div form() {
        var title = new TextField(getTranslation("__PLUGIN_ID__.title"));
        title.setMaxLength(Items.MAX_TITLE);
        title.setWidth("32em");
        var button = new Button(
                getTranslation("__PLUGIN_ID__.add"),
                click -> items.add(title.getValue())
                        .ifPresentOrElse(
                                problem -> {
                                    title.setErrorMessage(getTranslation(problem, Items.MAX_TITLE));
                                    title.setInvalid(true);
                                },
                                () -> {
                                    title.clear();
                                    title.setInvalid(false);
                                    refresh();
                                }));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(title, button);
        form.addClassName("__PLUGIN_ID__-form");
        return form;
    }

    private void refresh() {
        list.removeAll();
        var latest = items.latest(50);
        if (latest.isEmpty()) {
            list.add(new ListItem(getTranslation("__PLUGIN_ID__.empty")));
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        for (Item item : latest) {
            list.add(new ListItem(
                    item.title() + " · " + getTranslation("__PLUGIN_ID__.added", item.addedBy(), when.format(item.addedAt()))));
        }
    }
}
