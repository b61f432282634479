package org.wego.platform.account;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.DashboardWidget;
import org.wego.plugin.api.ui.WidgetContext;

/** The dashboard card that tells users who they are signed in as and for which organisation. */
@Component
public class AccountWidget implements DashboardWidget {

    @Override
    public com.vaadin.flow.component.Component render(WidgetContext context) {
        SignedInUser user = context.user();
        var messages = context.messages();
        String roles = user.roles().stream()
                .map(role -> messages.get("role." + role.claimValue()))
                .sorted()
                .collect(Collectors.joining(", "));
        return new Div(
                new Paragraph(messages.get(
                        "account.widget.text",
                        user.displayName(),
                        user.organisation().value())),
                new Paragraph(messages.get("account.widget.roles", roles)),
                new Anchor("/account", messages.get("account.widget.link")));
    }
}
