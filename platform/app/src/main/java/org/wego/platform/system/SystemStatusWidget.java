package org.wego.platform.system;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.wego.plugin.api.ui.DashboardWidget;
import org.wego.plugin.api.ui.WidgetContext;

/** The secretariat's dashboard card: one line per part, up or down, and a link to the details. */
@org.springframework.stereotype.Component
public class SystemStatusWidget implements DashboardWidget {

    private final SystemStatus status;

    SystemStatusWidget(SystemStatus status) {
        this.status = status;
    }

    @Override
    public Component render(WidgetContext context) {
        var messages = context.messages();
        var list = new UnorderedList();
        for (PartStatus part : status.check()) {
            list.add(new ListItem(
                    messages.get(part.nameKey()) + ": " + messages.get(part.up() ? "system.up" : "system.down")));
        }
        return new Div(list, new Anchor("/admin/system", messages.get("system.widget.link")));
    }
}
