package org.wego.platform.home;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.wego.platform.i18n.Translations;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.WidgetContext;
import org.wego.plugin.api.ui.WidgetContribution;

/** The first page after signing in: a greeting and the dashboard cards for the user's roles. */
public class HomeView extends VerticalLayout {

    HomeView(CurrentUser currentUser, NavigationRegistry registry, Translations translations) {
        SignedInUser user = currentUser.require();
        add(new H1(getTranslation("home.welcome", user.displayName())));

        var context = new Widgets(user, translations.messages(getLocale()));
        var cards = new Div();
        cards.addClassName("wego-dashboard");
        for (WidgetContribution widget : registry.widgetsFor(user)) {
            var card = new Card();
            card.setTitle(getTranslation(widget.titleKey()));
            card.add(widget.widget().render(context));
            card.getElement().setAttribute("data-widget", widget.id());
            cards.add(card);
        }
        if (cards.getChildren().findAny().isEmpty()) {
            cards.add(new Paragraph(getTranslation("home.empty")));
        }
        add(cards);
    }

    /** The platform's {@link WidgetContext}: the viewer and their texts. */
    private record Widgets(SignedInUser user, Messages messages) implements WidgetContext {}
}
