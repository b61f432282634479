package org.wego.platform.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Warns a signed-in user before an idle session ends, so a long form is not lost: the UI polls (a
 * poll is not a user action and does not keep the session alive), and once the last action is older
 * than the warning time a dialog offers to stay signed in; that click is an action and resets the clock.
 */
@Component
class IdleWarning implements VaadinServiceInitListener {

    /** The dialog's id, for tests and assistive technology. */
    static final String DIALOG_ID = "wego-idle-warning";

    private static final Duration LONGEST_POLL = Duration.ofSeconds(60);

    private final SessionSettings settings;
    private final Clock clock;

    IdleWarning(SessionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken) {
                watch(init.getUI());
            }
        });
    }

    private void watch(UI ui) {
        Duration margin = settings.idleTimeout().minus(settings.idleWarning());
        int poll = (int) Math.max(1000, Math.min(LONGEST_POLL.toMillis(), margin.toMillis() / 2));
        if (ui.getPollInterval() < 0 || ui.getPollInterval() > poll) {
            ui.setPollInterval(poll);
        }
        var dialog = new Holder();
        ui.addPollListener(event -> {
            Duration idle = idleFor(ui.getSession());
            if (idle == null || idle.compareTo(settings.idleWarning()) < 0) {
                dialog.close();
            } else {
                dialog.show(ui, settings.idleTimeout().minus(idle));
            }
        });
    }

    private @Nullable Duration idleFor(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http != null && http.getAttribute(PlatformSessionGuard.SIGN_IN) instanceof PlatformSessionGuard.SignIn in) {
            return Duration.between(in.lastAction(), clock.instant());
        }
        return null;
    }

    /** The one warning dialog of a UI, made when first needed. */
    private static final class Holder {

        private @Nullable Dialog dialog;
        private @Nullable Paragraph text;

        void show(UI ui, Duration left) {
            if (dialog == null) {
                text = new Paragraph();
                var stay = new Button(ui.getTranslation("session.idle.stay"), click -> close());
                stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                dialog = new Dialog();
                dialog.setId(DIALOG_ID);
                dialog.setHeaderTitle(ui.getTranslation("session.idle.title"));
                dialog.add(text);
                dialog.getFooter().add(stay);
                dialog.setCloseOnOutsideClick(false);
                dialog.addDialogCloseActionListener(close -> close());
                ui.add(dialog);
            }
            long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
            java.util.Objects.requireNonNull(text).setText(ui.getTranslation("session.idle.text", minutes));
            dialog.open();
        }

        void close() {
            if (dialog != null) {
                dialog.close();
            }
        }
    }
}
