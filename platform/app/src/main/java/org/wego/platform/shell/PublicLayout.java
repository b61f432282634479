package org.wego.platform.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLayout;
import org.wego.platform.navigation.NavigationRegistry;

/**
 * The frame of public views (an application form, a certificate check): no menu and no account,
 * but the same {@code <main>} landmark and document title as the signed-in shell, so a screen
 * reader finds the content and names the page there too.
 */
class PublicLayout extends Main implements RouterLayout, HasDynamicTitle {

    private final DocumentTitle title;

    PublicLayout(NavigationRegistry registry) {
        this.title = new DocumentTitle(registry);
        addClassName("wego-public-main");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        title.showing(content);
        RouterLayout.super.showRouterLayoutContent(content);
    }

    @Override
    public String getPageTitle() {
        return title.of(this);
    }
}
