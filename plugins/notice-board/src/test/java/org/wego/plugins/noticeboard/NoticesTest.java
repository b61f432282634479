package org.wego.plugins.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.UnitTestContext;

/** The permission check and the title's check come before anything touches the database. */
class NoticesTest {

    private static final SignedInUser HANOI = new SignedInUser(
            "u1",
            "u1",
            "Nguyen Thi Lan",
            "lan@hanoi.example.org",
            Set.of(Role.MEMBER_CITY),
            OrganisationKey.of("vn-hanoi"),
            Locale.ENGLISH);

    @Test
    void aMemberCityCannotPost() {
        var notices = new Notices(contextFor(HANOI, (user, permission) -> false));

        assertThatThrownBy(() -> notices.post("Elections")).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void onlyMembersAndRegionalOfficesPropose() {
        var notices =
                new Notices(contextFor(HANOI, (user, permission) -> !permission.equals(NoticeBoardPlugin.PROPOSE)));

        assertThatThrownBy(() -> notices.propose("Elections")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Notices(contextFor(null, (user, permission) -> true)).propose("Elections"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aProposalsTitleIsCheckedBeforeAnythingIsSaved() {
        var notices = new Notices(contextFor(HANOI, (user, permission) -> true));

        assertThat(notices.propose("   ")).contains("notice-board.title.required");
        assertThat(notices.propose("x".repeat(Notices.MAX_TITLE + 1))).contains("notice-board.title.too-long");
        assertThat(notices.propose("<script>alert(1)</script>")).contains("notice-board.title.markup");
    }

    @Test
    void anonymousCallersCannotPost() {
        var notices = new Notices(contextFor(null, (user, permission) -> true));

        assertThatThrownBy(() -> notices.post("Elections")).isInstanceOf(PermissionDeniedException.class);
    }

    private static PluginContext contextFor(SignedInUser user, Permissions permissions) {
        return UnitTestContext.of("notice-board", user, permissions);
    }
}
