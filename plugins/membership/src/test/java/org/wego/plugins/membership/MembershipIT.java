package org.wego.plugins.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.platform.approvals.ApprovalInbox;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/**
 * The membership plugin in a real platform on MariaDB: a member edits its own profile, not another's
 * (forged key, by service and by route); an official change waits as pending, a second is refused,
 * the secretariat approves it in the platform's inbox and the registry has it; a stale save is refused.
 *
 * <p>The service is the plugin's own bean, called through the test kit's {@code PluginCalls} as a
 * user the way a signed-in session calls it.
 */
@WegoPluginTest
class MembershipIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");

    @Test
    void thePluginStartsAndItsPageIsThereForMembersAndTheSecretariat(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        assertThat(platform.pluginStarted()).isTrue();
        assertThat(platform.open("membership/profile", Role.MEMBER_CITY).body())
                .contains("Member profile")
                .contains("About the organisation")
                .contains("Request the change");
        assertThat(platform.open("membership/profile", Role.SECRETARIAT).body())
                .contains("Choose a member above to open its profile.");
        assertThat(platform.open("", Role.MEMBER_CITY).body()).contains("My profile");
    }

    @Test
    void aMemberCannotOpenAnotherMembersProfileByItsKey(RunningPlatform platform) {
        String own = platform.userOf(Role.MEMBER_CITY).organisation();
        String other = own.equals("ke-nairobi") ? "vn-hanoi" : "ke-nairobi";

        assertThat(platform.open("membership/profile?org=" + other, Role.MEMBER_CITY)
                        .body())
                .contains("You can only open your own organisation's profile.")
                .doesNotContain("Request the change");
        assertThat(platform.open("membership/profile?org=" + other, Role.SECRETARIAT)
                        .body())
                .contains("Request the change");
        assertThat(platform.open("membership/profile?org='%20OR%201=1", Role.MEMBER_CITY)
                        .body())
                .contains("You can only open your own organisation's profile.");
    }

    @Test
    void aMemberSavesItsOwnDescriptionButNotAnothersAndAStaleSaveIsRefused(RunningPlatform platform) throws Exception {
        var calls = new PluginCalls(platform);
        Object saved;
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            Object empty = calls.descriptive(null, null, List.of(), null);
            saved = calls.invoke(
                    "saveDescriptive",
                    HANOI,
                    0L,
                    empty,
                    calls.descriptive(8_500_000L, "12 Le Lai, Hoan Kiem", List.of("vi", "en"), "Capital of Viet Nam"));
            assertThat(saved.toString()).contains("12 Le Lai, Hoan Kiem").contains("version=1");

            assertThatThrownBy(() -> calls.invoke(
                            "saveDescriptive", NAIROBI, 0L, empty, calls.descriptive(1L, "Forged", List.of(), null)))
                    .hasMessageContaining(MembershipPlugin.EDIT_OWN);

            // A second editor who opened version 0 saves after the first: refused, saying what changed.
            assertThatThrownBy(() -> calls.invoke(
                            "saveDescriptive", HANOI, 0L, empty, calls.descriptive(1L, "Other", List.of(), null)))
                    .hasMessageContaining("membership.stale");
            assertThat(calls.invoke("profileOf", HANOI).toString())
                    .contains("12 Le Lai, Hoan Kiem")
                    .contains("version=1");
        }
        try (var acting = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
            assertThat(calls.invoke("profileOf", NAIROBI).toString()).contains("version=0");
        }
    }

    @Test
    void anOfficialChangeWaitsForTheSecretariatAndIsAppliedWhenApproved(RunningPlatform platform) throws Exception {
        var calls = new PluginCalls(platform);
        var contact =
                new OrganisationContact("Nguyen Thi Lan", "Delegate", "lan@hanoi.example.org", "+84 24 1234 5678");
        long request;
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            request = (Long) calls.invoke(
                    "requestOfficialChange",
                    HANOI,
                    calls.official(
                            "Hanoi City", "하노이시", "Thành phố Hà Nội", "Tran Sy Thanh", "Chairman", List.of(contact)));
            assertThat(calls.invoke("profileOf", HANOI).toString()).contains("pendingRequest=" + request);
            assertThat(calls.directory().byKey(HANOI).orElseThrow().nameEn()).isEqualTo("Hanoi");
            assertThat(platform.userOf(Role.MEMBER_CITY).organisation()).isEqualTo(HANOI.value());
            assertThat(platform.open("membership/profile", Role.MEMBER_CITY).body())
                    .contains("Pending change: the secretariat has not decided your official change yet.");

            assertThatThrownBy(() -> calls.invoke(
                            "requestOfficialChange",
                            HANOI,
                            calls.official("Ha Noi", "하노이", null, null, null, List.of())))
                    .hasMessageContaining("membership.change.pending");
        }
        try (var acting = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
            calls.inbox().decide(calls.currentUser(), request, ApprovalStatus.APPROVED, "Welcome");

            var organisation = calls.directory().byKey(HANOI).orElseThrow();
            assertThat(organisation.nameEn()).isEqualTo("Hanoi City");
            assertThat(organisation.nameKo()).isEqualTo("하노이시");
            assertThat(calls.registry().contacts(HANOI)).containsExactly(contact);
            assertThat(calls.invoke("profileOf", HANOI).toString())
                    .contains("headName=Tran Sy Thanh")
                    .contains("pendingRequest=null");
        }
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            long second = (Long) calls.invoke(
                    "requestOfficialChange", HANOI, calls.official("Hanoi", "하노이", null, null, null, List.of()));
            try (var secretariat = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
                calls.inbox().decide(calls.currentUser(), second, ApprovalStatus.REJECTED, "Keep the official name");
                assertThat(calls.directory().byKey(HANOI).orElseThrow().nameEn())
                        .isEqualTo("Hanoi City");
            }
        }
    }

    /** The running platform's beans and the plugin's service, called as a user through the test kit. */
    private static final class PluginCalls {

        private final org.wego.plugin.testkit.PluginCalls calls;

        PluginCalls(RunningPlatform platform) {
            calls = platform.calls();
        }

        AutoCloseable as(Role role, OrganisationKey organisation) {
            return calls.as(role, organisation);
        }

        org.wego.plugin.api.SignedInUser currentUser() {
            return calls.platformBean(CurrentUser.class).get().orElseThrow();
        }

        ApprovalInbox inbox() {
            return calls.platformBean(ApprovalInbox.class);
        }

        OrganisationDirectory directory() {
            return calls.platformBean(OrganisationDirectory.class);
        }

        OrganisationRegistry registry() {
            return calls.platformBean(OrganisationRegistry.class);
        }

        Object descriptive(Long population, String address, List<String> languages, String descriptionEn) {
            return calls.make(Descriptive.class, population, address, Set.of(), languages, descriptionEn, null);
        }

        Object official(
                String en, String ko, String local, String head, String title, List<OrganisationContact> contacts) {
            return calls.make(OfficialChange.class, en, ko, local, head, title, contacts);
        }

        Object invoke(String name, Object... arguments) {
            return calls.bean(MemberProfiles.class).invoke(name, arguments);
        }
    }
}
