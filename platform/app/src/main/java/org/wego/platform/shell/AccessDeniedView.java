package org.wego.platform.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;
import org.wego.platform.security.CurrentUser;
import org.wego.platform.security.PlatformUsers;

/**
 * What a signed-in person sees where they may not go. Someone without a platform role or without an
 * organisation is told exactly that and whom to ask, rather than being shown an empty shell.
 */
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    AccessDeniedView(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        addClassName("wego-problem");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        PlatformUsers.Shortfall shortfall = currentUser.shortfall();
        String prefix = shortfall == null
                ? "access.denied"
                : shortfall == PlatformUsers.Shortfall.NO_ROLE ? "access.norole" : "access.noorganisation";
        add(new H1(getTranslation(prefix + ".title")), new Paragraph(getTranslation(prefix + ".text")));
        if (shortfall == null) {
            add(new Anchor("/", getTranslation("access.home")));
        }
        add(new Button(getTranslation("shell.signout"), e -> authentication.logout()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
