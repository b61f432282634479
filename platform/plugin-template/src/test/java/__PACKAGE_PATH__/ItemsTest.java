package __PACKAGE__;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.UnitTestContext;

/** The permission and the title are checked before anything touches the database. */
class ItemsTest {

    private static final SignedInUser HANOI = new SignedInUser(
            "u1",
            "u1",
            "Nguyen Thi Lan",
            "lan@hanoi.example.org",
            Set.of(Role.MEMBER_CITY),
            OrganisationKey.of("vn-hanoi"),
            Locale.ENGLISH);

    @Test
    void aTitleIsRequiredAndBounded() {
        var items = new Items(UnitTestContext.of("__PLUGIN_ID__", HANOI, (user, permission) -> true));

        assertThat(items.add("   ")).contains("__PLUGIN_ID__.title.required");
        assertThat(items.add("x".repeat(Items.MAX_TITLE + 1))).contains("__PLUGIN_ID__.title.too-long");
    }

    @Test
    void whoMayNotAddIsRefused() {
        var items = new Items(UnitTestContext.of("__PLUGIN_ID__", HANOI, (user, permission) -> false));

        assertThatThrownBy(() -> items.add("Seoul -- Smart City Week")).isInstanceOf(PermissionDeniedException.class);
    }
}
