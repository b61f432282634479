package org.wego.plugins.membership.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.membership.MembershipPlugin;
import org.wego.plugins.membership.profiles.MembershipStanding.Action;

/** Who may suspend, end and reinstate, which moves fit which status, and the effective date's range; no I/O. */
class MembershipStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final OrganisationKey HANOI_KEY = OrganisationKey.of("vn-hanoi");

    private static final Permissions DECLARED = (user, permission) ->
            user != null && permission.equals(MembershipPlugin.STANDING) && user.hasRole(Role.SECRETARIAT);

    @Test
    void onlyTheSecretariatMayChangeAMembershipAndAMemberIsRefusedBeforeAnythingIsRead() {
        var secretariat = user(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"));
        var hanoi = user(Role.MEMBER_CITY, HANOI_KEY);
        var office = user(Role.REGIONAL_OFFICE, OrganisationKey.of("ro-chengdu"));
        var standing = new MembershipStanding(UnitTestContext.of("membership", hanoi, DECLARED));

        assertThat(standing.mayChange(secretariat)).isTrue();
        assertThat(standing.mayChange(hanoi)).isFalse();
        assertThat(standing.mayChange(office)).isFalse();
        assertThat(standing.mayChange(null)).isFalse();
        assertThatThrownBy(() -> standing.change(HANOI_KEY, Action.SUSPEND, TODAY, "Unpaid fees"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new MembershipStanding(UnitTestContext.of("membership", null, DECLARED))
                        .change(HANOI_KEY, Action.END, TODAY, "x"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theActionsOfferedFollowTheCurrentStatus() {
        var standing = new MembershipStanding(UnitTestContext.of("membership", null, DECLARED));

        assertThat(standing.actionsFor(org(OrganisationType.CITY, MembershipStatus.MEMBER)))
                .containsExactly(Action.SUSPEND, Action.END);
        assertThat(standing.actionsFor(org(OrganisationType.COMPANY, MembershipStatus.SUSPENDED)))
                .containsExactly(Action.END, Action.REINSTATE);
        assertThat(standing.actionsFor(org(OrganisationType.CITY, MembershipStatus.FORMER)))
                .isEmpty();
        assertThat(standing.actionsFor(org(OrganisationType.CITY, MembershipStatus.APPLICANT)))
                .isEmpty();
        assertThat(standing.actionsFor(org(OrganisationType.REGIONAL_OFFICE, MembershipStatus.PARTNER)))
                .isEmpty();
    }

    @Test
    void theEffectiveDateIsTodayOrUpToAYearBackAndNotBeforeTheCurrentStatus() {
        assertThat(MembershipStanding.checkedDate(TODAY, null, TODAY)).isEqualTo(TODAY);
        assertThat(MembershipStanding.checkedDate(TODAY.minusYears(1), null, TODAY))
                .isEqualTo(TODAY.minusYears(1));
        assertThatThrownBy(() -> MembershipStanding.checkedDate(TODAY.plusDays(1), null, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("membership.standing.invalid.future");
        assertThatThrownBy(
                        () -> MembershipStanding.checkedDate(TODAY.minusYears(1).minusDays(1), null, TODAY))
                .hasMessageContaining("membership.standing.invalid.too-old");
        assertThatThrownBy(() -> MembershipStanding.checkedDate(TODAY.minusDays(3), TODAY.minusDays(2), TODAY))
                .hasMessageContaining("membership.standing.invalid.before-status");
        assertThatThrownBy(() -> MembershipStanding.checkedDate(null, null, TODAY))
                .hasMessageContaining("membership.invalid.required");
    }

    private static Organisation org(OrganisationType type, MembershipStatus status) {
        return new Organisation(
                1, HANOI_KEY, type, "Hanoi", "하노이", null, "VN", null, true, null, status, null, null, null, 0);
    }

    private static SignedInUser user(Role role, OrganisationKey organisation) {
        return new SignedInUser(
                "u-" + organisation,
                "u-" + organisation,
                "User of " + organisation,
                organisation + "@example.org",
                Set.of(role),
                organisation,
                Locale.ENGLISH);
    }
}
