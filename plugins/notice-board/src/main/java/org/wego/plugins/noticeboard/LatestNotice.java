package org.wego.plugins.noticeboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.wego.plugin.api.ui.DashboardWidget;
import org.wego.plugin.api.ui.WidgetContext;

/** The home-page card: a link to the board. */
class LatestNotice implements DashboardWidget {

    @Override
    public Component render(WidgetContext context) {
        return new Div(
                new Paragraph(context.messages().get("notice-board.widget.text")),
                new Anchor("/notice-board", context.messages().get("notice-board.widget.open")));
    }
}
