package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** The dashboard: a greeting and one card per widget the user's role may see. */
final class HomePage {

    private final Locator greeting;
    private final Locator widgets;

    private HomePage(Page page) {
        this.greeting = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        this.widgets = page.locator("[data-widget]");
    }

    /** The home page the browser shows now, waiting for its greeting. */
    static HomePage shownIn(Page page) {
        var home = new HomePage(page);
        assertThat(home.greeting).isVisible();
        return home;
    }

    /** The heading that greets the user by name. */
    String greeting() {
        return greeting.innerText().strip();
    }

    /** The ids of the dashboard's widgets, in dashboard order. */
    List<String> widgetIds() {
        assertThat(widgets.first()).isVisible();
        return widgets.all().stream()
                .map(card -> card.getAttribute("data-widget"))
                .toList();
    }
}
