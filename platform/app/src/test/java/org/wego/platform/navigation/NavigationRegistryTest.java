package org.wego.platform.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.ViewContribution;

class NavigationRegistryTest {

    static class Inbox extends Div {}

    static class Directory extends Span {}

    private final NavigationRegistry registry = new NavigationRegistry();

    private static SignedInUser user(Role role) {
        return new SignedInUser(
                "id", "id", "Name", "a@b.org", Set.of(role), OrganisationKey.of("vn-hanoi"), Locale.ENGLISH);
    }

    @Test
    void menusAreFilteredByRoleAndSortedByOrder() {
        registry.register(new Contributions(
                "training",
                List.of(),
                List.of(
                        new MenuEntry("inbox", "nav.inbox", "vaadin:inbox", 20, Access.forRoles(Role.SECRETARIAT)),
                        new MenuEntry("directory", "nav.directory", "vaadin:globe", 10, Access.forAllRoles())),
                List.of()));

        assertThat(registry.menuFor(user(Role.SECRETARIAT)))
                .extracting(MenuEntry::path)
                .containsExactly("directory", "inbox");
        assertThat(registry.menuFor(user(Role.MEMBER_CITY)))
                .extracting(MenuEntry::path)
                .containsExactly("directory");
        assertThat(registry.menuFor(null)).isEmpty();
    }

    @Test
    void anUnregisteredViewHasNoAccessAtAll() {
        registry.register(new Contributions(
                "platform",
                List.of(new ViewContribution("inbox", Inbox.class, Access.forRoles(Role.SECRETARIAT), "inbox.title")),
                List.of(),
                List.of()));

        assertThat(registry.accessOf(Inbox.class)).contains(Access.forRoles(Role.SECRETARIAT));
        assertThat(registry.accessOf(Directory.class)).isEmpty();
    }

    @Test
    void aPathBelongsToOneContributorOnly() {
        registry.register(new Contributions(
                "platform",
                List.of(new ViewContribution("inbox", Inbox.class, Access.forAllRoles(), "inbox.title")),
                List.of(),
                List.of()));

        assertThatThrownBy(() -> registry.register(new Contributions(
                        "mou",
                        List.of(new ViewContribution(
                                "inbox", Directory.class, Access.forAllRoles(), "directory.title")),
                        List.of(),
                        List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("taken by platform");
    }

    @Test
    void aViewIsRegisteredWithItsTitleOnly() {
        registry.register(new Contributions(
                "platform",
                List.of(new ViewContribution("inbox", Inbox.class, Access.forAllRoles(), "inbox.title")),
                List.of(),
                List.of()));

        assertThat(registry.titleKeyOf(Inbox.class)).contains("inbox.title");
        assertThat(registry.titleKeyOf(Directory.class)).isEmpty();
        @SuppressWarnings("deprecation")
        var untitled = new ViewContribution("directory", Directory.class, Access.forAllRoles());
        assertThatThrownBy(() -> registry.register(new Contributions("mou", List.of(untitled), List.of(), List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("View 'directory' of mou has no title key");
        assertThat(registry.accessOf(Directory.class))
                .as("nothing of the refused contributor")
                .isEmpty();
    }

    @Test
    void laterRegistrationsReachEarlierListeners() {
        var seen = new java.util.ArrayList<String>();
        registry.forEachRegistration(c -> seen.add(c.owner()));
        registry.register(new Contributions("webinars", List.of(), List.of(), List.of()));
        assertThat(seen).containsExactly("webinars");
    }
}
