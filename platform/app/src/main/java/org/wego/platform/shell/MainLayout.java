package org.wego.platform.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.SignedInUser;

/** The frame around every signed-in view. Menu entries come from the registry, filtered by role. */
class MainLayout extends AppLayout implements HasDynamicTitle {

    private final Main main = new Main();
    private final DocumentTitle documentTitle;

    MainLayout(
            CurrentUser currentUser,
            NavigationRegistry registry,
            LanguageSwitch languageSwitch,
            OrganisationDirectory organisations,
            AuthenticationContext authentication,
            List<NavbarItem> items) {
        SignedInUser user = currentUser.require();
        documentTitle = new DocumentTitle(registry);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        var title = new Span(getTranslation("app.title"));
        title.addClassName("wego-title");

        var name = new Span(user.displayName());
        name.addClassName("wego-user-name");
        // The organisation's name in the user's language; its key only if the registry does not know it.
        var organisation = new Span(organisations
                .byKey(user.organisation())
                .map(o -> o.name(getLocale()))
                .orElse(user.organisation().value()));
        organisation.addClassName("wego-user-organisation");
        var who = new Div(name, organisation);
        who.addClassName("wego-user");
        who.getElement().setAttribute("role", "group");
        who.getElement().setAttribute("aria-label", getTranslation("shell.user.label"));

        var signOut =
                new Button(getTranslation("shell.signout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var navbar = new Header(title, who);
        items.stream()
                .sorted(Comparator.comparingInt(NavbarItem::order))
                .forEach(item -> navbar.add(item.create(user)));
        navbar.add(languageSwitch, signOut);
        navbar.addClassName("wego-navbar");
        addToNavbar(toggle, navbar);

        var nav = new SideNav();
        // Named for assistive technology only: a visible "Main menu" heading says nothing to a sighted user.
        nav.getElement().setAttribute("aria-label", getTranslation("shell.menu.label"));
        for (MenuEntry entry : registry.menuFor(user)) {
            nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), "/" + entry.path(), icon(entry.icon())));
        }
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);
        main.addClassName("wego-main");
    }

    /** Views are shown inside a {@code <main>} landmark, so assistive technology can jump to the content. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        documentTitle.showing(content);
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
        if (getContent() != main) {
            setContent(main);
        }
    }

    /**
     * The title the view was registered with. Vaadin asks the view first and this layout after it, so a
     * view that names the record it shows (an organisation's page) keeps its own.
     */
    @Override
    public String getPageTitle() {
        return documentTitle.of(this);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** A menu entry names its icon as text ("vaadin:home") so the plugin API stays free of Vaadin. */
    static Icon icon(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? new Icon("vaadin", name) : new Icon(name.substring(0, colon), name.substring(colon + 1));
    }
}
