package org.wego.plugins.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
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

    private static final SignedInUser SEOUL_SECRETARIAT = new SignedInUser(
            "u2",
            "u2",
            "Minji Park",
            "minji.park@secretariat.wego.example.org",
            Set.of(Role.SECRETARIAT),
            OrganisationKey.of("wego-secretariat"),
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

        assertThat(refusal(() -> notices.propose("   "))).isEqualTo("input.invalid.required");
        assertThat(refusal(() -> notices.propose("x".repeat(Notices.MAX_TITLE + 1))))
                .isEqualTo("input.invalid.too-long");
        assertThat(refusal(() -> notices.propose("Elections\u0007"))).isEqualTo("input.invalid.control");
    }

    @Test
    void aRelatedRecordThatIsNotAReferenceIsRefusedOnItsField() {
        var notices = new Notices(contextFor(SEOUL_SECRETARIAT, (user, permission) -> true));

        var refused =
                catchThrowableOfType(InvalidInputException.class, () -> notices.post("Training week", "programme 42"));
        assertThat(refused.input()).isEqualTo(Notices.RELATED);
        assertThat(refused.messageKey()).isEqualTo("notice-board.related.invalid");
    }

    private static String refusal(ThrowingCallable call) {
        var refused = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(refused.input()).isEqualTo(Notices.TITLE);
        return refused.messageKey();
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
