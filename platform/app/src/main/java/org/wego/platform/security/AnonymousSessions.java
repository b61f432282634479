package org.wego.platform.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Anonymous visits keep no server state longer than they need. Every page request makes a session
 * and (for a Vaadin page) a UI; a script or crawler that fetches a public page, such as the
 * certificate check, and never comes back used to leave both for the whole session timeout (60
 * minutes: about 32 MB per 1,000 visits). So a session created for an anonymous visitor lives only
 * {@link WebSettings#anonymousSessionTimeout()} without a request, and gets the ordinary timeout once
 * it is needed for longer:
 *
 * <ul>
 *   <li>a browser on a public page answers a small call made when the page is shown (a script that
 *       does not run the page's JavaScript never does), so a person filling in the application form
 *       keeps the ordinary timeout, heartbeats included;
 *   <li>signing in starts (the session holds the authorisation request while the person is at
 *       Keycloak, which may take a while);
 *   <li>a person has signed in (the session holds the security context).
 * </ul>
 */
class AnonymousSessions implements HttpSessionListener, HttpSessionAttributeListener, VaadinServiceInitListener {

    /** Where Spring Security keeps the authorisation request during sign-in (its default name). */
    static final String AUTHORIZATION_REQUEST =
            HttpSessionOAuth2AuthorizationRequestRepository.class.getName() + ".AUTHORIZATION_REQUEST";

    private final int anonymousSeconds;
    private final int ordinarySeconds;

    AnonymousSessions(WebSettings settings, Duration ordinaryTimeout) {
        this.anonymousSeconds = (int) settings.anonymousSessionTimeout().toSeconds();
        this.ordinarySeconds = (int) ordinaryTimeout.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        if (!signedIn()) {
            event.getSession().setMaxInactiveInterval(Math.min(anonymousSeconds, ordinarySeconds));
        }
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (needsOrdinaryTimeout(event.getName())) {
            raise(event.getSession());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        attributeAdded(event);
    }

    /** A public page shown by a real browser: its answer to the call raises the session's timeout. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            if (!signedIn()) {
                ui.getPage().executeJs("return 0").then(answer -> raise(ui.getSession()));
            }
        });
    }

    static boolean needsOrdinaryTimeout(String attribute) {
        return AUTHORIZATION_REQUEST.equals(attribute)
                || HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY.equals(attribute);
    }

    private void raise(HttpSession session) {
        if (session.getMaxInactiveInterval() < ordinarySeconds) {
            session.setMaxInactiveInterval(ordinarySeconds);
        }
    }

    private void raise(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        if (wrapped != null && wrapped.getMaxInactiveInterval() < ordinarySeconds) {
            wrapped.setMaxInactiveInterval(ordinarySeconds);
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
