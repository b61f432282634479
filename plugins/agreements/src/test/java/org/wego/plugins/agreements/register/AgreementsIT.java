package org.wego.plugins.agreements.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.DateOrYear;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;

/**
 * The agreements plugin on a real platform: the register's scope (forged ids through the service, the pages and
 * the API as each demo user), the moves, a stale change and the audit trail.
 */
@WegoPluginTest
class AgreementsIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");
    /** Hanoi's regional office (the demo office user's). */
    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");
    /** Nairobi's regional office, not Hanoi's. */
    private static final OrganisationKey ABUJA_OFFICE = OrganisationKey.of("ro-abuja");

    private static Map<String, Function<Object[], Object>> plugin;
    private static PluginCalls calls;

    /** Hanoi's draft, Hanoi's signed agreement, Nairobi's signed agreement. */
    private static long hanoiDraft;

    private static long hanoiSigned;
    private static long nairobiSigned;

    @BeforeAll
    static void recordThree(RunningPlatform platform) throws Exception {
        calls = platform.calls();
        plugin = calls.inPlugin(Agreements.class, AgreementCalls.class);
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            hanoiDraft = record("Hanoi draft on open data", "DRAFT", "vn-hanoi");
            hanoiSigned = record("Hanoi MOU on smart-city cooperation", "SIGNED", "vn-hanoi");
            nairobiSigned = record("Nairobi MOU on e-government", "SIGNED", "ke-nairobi");
        }
    }

    private static long record(String title, String stage, String party) {
        return (Long) plugin.get("record").apply(new Object[] {title, stage, List.of(party)});
    }

    private static Object status(long id) {
        return plugin.get("find").apply(new Object[] {id});
    }

    @SuppressWarnings("unchecked")
    private static List<Long> listed() {
        return (List<Long>) plugin.get("list").apply(new Object[0]);
    }

    @Test
    void thePluginStartsAndItsDemoSetIsNotLoadedIntoATestSchema(RunningPlatform platform) {
        assertThat(platform.pluginStarted()).isTrue();
        assertThat(platform.pluginFailure()).isEmpty();
    }

    @Test
    void theServiceFindsOnlyWhatEachUserMaySeeAndAForgedIdFindsNothing() throws Exception {
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            assertThat(status(hanoiDraft)).isEqualTo("DRAFT");
            assertThat(status(hanoiSigned)).isEqualTo("ACTIVE");
            assertThat(status(nairobiSigned)).isEqualTo("ACTIVE");
            assertThat(status(999_999_999L)).isNull();
            assertThat(listed()).contains(hanoiDraft, hanoiSigned, nairobiSigned);
        }
        try (var hanoi = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(status(hanoiSigned)).as("its signed agreement").isEqualTo("ACTIVE");
            assertThat(status(hanoiDraft)).as("its draft").isNull();
            assertThat(status(nairobiSigned)).as("another member's").isNull();
            assertThat(listed()).contains(hanoiSigned).doesNotContain(hanoiDraft, nairobiSigned);
        }
        try (var nairobi = calls.as(Role.MEMBER_CITY, NAIROBI)) {
            assertThat(status(hanoiSigned)).isNull();
            assertThat(status(nairobiSigned)).isEqualTo("ACTIVE");
            assertThat(listed()).contains(nairobiSigned).doesNotContain(hanoiDraft, hanoiSigned);
        }
        try (var office = calls.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            assertThat(status(hanoiSigned)).as("its region's member's").isEqualTo("ACTIVE");
            assertThat(status(hanoiDraft)).as("a draft").isNull();
            assertThat(status(nairobiSigned)).as("another region's").isNull();
            assertThat(listed()).contains(hanoiSigned).doesNotContain(hanoiDraft, nairobiSigned);
        }
        try (var office = calls.as(Role.REGIONAL_OFFICE, ABUJA_OFFICE)) {
            assertThat(status(hanoiSigned)).isNull();
            assertThat(status(nairobiSigned)).isEqualTo("ACTIVE");
            assertThat(listed()).doesNotContain(hanoiDraft, hanoiSigned);
        }
    }

    @Test
    void thePagesShowAnAgreementOnlyToThoseInItsScope(RunningPlatform platform) {
        String signed = "agreements/agreement?id=" + hanoiSigned;
        assertThat(platform.open(signed, Role.SECRETARIAT).body()).contains("Hanoi MOU on smart-city cooperation");
        assertThat(platform.open(signed, Role.MEMBER_CITY).body())
                .as("hanoi.demo, a party")
                .contains("Hanoi MOU on smart-city cooperation")
                .doesNotContain("agreements-not-found");
        assertThat(platform.open(signed, Role.REGIONAL_OFFICE).body())
                .as("chengdu.demo, Hanoi's office")
                .contains("Hanoi MOU on smart-city cooperation");
        assertThat(platform.open("agreements/agreement?id=" + hanoiDraft, Role.MEMBER_CITY)
                        .body())
                .as("Hanoi's draft")
                .contains("agreements-not-found")
                .doesNotContain("Hanoi draft on open data");
        assertThat(platform.open("agreements/agreement?id=" + nairobiSigned, Role.REGIONAL_OFFICE)
                        .body())
                .as("another region's agreement")
                .contains("agreements-not-found")
                .doesNotContain("Nairobi MOU on e-government");
        DemoUser nairobi = DemoUser.named("nairobi.demo");
        var page = BrowserlessSignIn.newSession().open(platform.url(signed), nairobi.username(), nairobi.password());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .as("nairobi.demo, another member")
                .contains("agreements-not-found")
                .doesNotContain("Hanoi MOU on smart-city cooperation");
        assertThat(platform.open("organisation/vn-hanoi", Role.MEMBER_CITY).body())
                .contains("Hanoi MOU on smart-city cooperation")
                .doesNotContain("Hanoi draft on open data");
        assertThat(platform.open("agreements", Role.MEMBER_CITY).status()).isEqualTo(200);
    }

    @Test
    void theApiAnswersNotFoundOutsideTheScopeAndListsTheScopeOnly(RunningPlatform platform) {
        Map<Long, Map<Role, Integer>> expected = Map.of(
                hanoiSigned, Map.of(Role.SECRETARIAT, 200, Role.MEMBER_CITY, 200, Role.REGIONAL_OFFICE, 200),
                hanoiDraft, Map.of(Role.SECRETARIAT, 200, Role.MEMBER_CITY, 404, Role.REGIONAL_OFFICE, 404),
                nairobiSigned, Map.of(Role.SECRETARIAT, 200, Role.MEMBER_CITY, 404, Role.REGIONAL_OFFICE, 404));
        expected.forEach((id, byRole) ->
                byRole.forEach((role, status) -> assertThat(platform.api("GET", "/api/v1/agreements/" + id, role, null)
                                .statusCode())
                        .as(id + " as " + role.claimValue())
                        .isEqualTo(status)));
        assertThat(platform.api("GET", "/api/v1/agreements/999999999", Role.SECRETARIAT, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(platform.api("GET", "/api/v1/agreements/" + hanoiSigned, null, null)
                        .statusCode())
                .isEqualTo(401);
        var one = platform.api("GET", "/api/v1/agreements/" + hanoiSigned, Role.MEMBER_CITY, null);
        assertThat(one.body()).contains("Hanoi MOU on smart-city cooperation", "vn-hanoi");
        assertThat(platform.api("GET", "/api/v1/agreements?size=100", Role.MEMBER_CITY, null)
                        .body())
                .contains("Hanoi MOU on smart-city cooperation")
                .doesNotContain("Hanoi draft on open data", "Nairobi MOU on e-government");
        assertThat(platform.api("GET", "/api/v1/agreements?size=100", Role.REGIONAL_OFFICE, null)
                        .body())
                .contains("Hanoi MOU on smart-city cooperation")
                .doesNotContain("Hanoi draft on open data", "Nairobi MOU on e-government");
        assertThat(platform.api("GET", "/api/v1/agreements?size=100", Role.SECRETARIAT, null)
                        .body())
                .contains(
                        "Hanoi MOU on smart-city cooperation",
                        "Hanoi draft on open data",
                        "Nairobi MOU on e-government");
        assertThat(platform.api("GET", "/api/v1/agreements?size=1000", Role.MEMBER_CITY, null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theSecretariatSignsWithAYearAndTerminatesWithADayAndAMoveNotAllowedIsRefused() throws Exception {
        for (Role role : new Role[] {Role.MEMBER_CITY, Role.REGIONAL_OFFICE}) {
            try (var user = calls.as(role, HANOI)) {
                assertThatThrownBy(() -> record("Mine", "DRAFT", "vn-hanoi"))
                        .as(role.claimValue())
                        .isInstanceOf(PermissionDeniedException.class);
                assertThatThrownBy(() -> plugin.get("move")
                                .apply(new Object[] {hanoiSigned, 0L, "TERMINATE", null, LocalDate.of(2026, 1, 1)}))
                        .as(role.claimValue() + " terminates")
                        .isInstanceOf(PermissionDeniedException.class);
            }
        }
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            long id = record("Kathmandu MOU, signed as drafted", "DRAFT", "np-kathmandu");
            assertThatThrownBy(() -> plugin.get("move").apply(new Object[] {id, 0L, "SIGN", null, null}))
                    .as("signed without a year")
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("input.invalid.required");
            assertThatThrownBy(
                            () -> plugin.get("move").apply(new Object[] {id, 0L, "TERMINATE", null, LocalDate.now()}))
                    .as("a draft terminated")
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("agreements.invalid.move");
            assertThatThrownBy(() -> plugin.get("move").apply(new Object[] {id, 0L, "RENEW", null, null}))
                    .as("renewed outside the renewal")
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("agreements.invalid.move");
            assertThat(plugin.get("move").apply(new Object[] {id, 0L, "SIGN", DateOrYear.ofYear(2025), null}))
                    .isEqualTo("ACTIVE");
            assertThat(plugin.get("move").apply(new Object[] {id, 1L, "TERMINATE", null, LocalDate.of(2026, 6, 30)}))
                    .isEqualTo("TERMINATED");
            assertThatThrownBy(() -> plugin.get("move").apply(new Object[] {id, 2L, "NEGOTIATE", null, null}))
                    .as("talks on a terminated agreement")
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("agreements.invalid.move");
            var audit = calls.auditOf(Agreements.ENTITY, Long.toString(id));
            assertThat(audit)
                    .as("recorded, signed, terminated; nothing for the refused moves")
                    .hasSize(3);
        }
        try (var hanoi = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(status(hanoiSigned)).isEqualTo("ACTIVE");
        }
    }

    @Test
    void aChangeMadeOnAStaleCopyIsRefusedAndEveryChangeIsAudited() throws Exception {
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            long id = record("Bangkok MOU <b>on</b> data & AI", "SIGNED", "th-bangkok");
            assertThat(calls.auditOf(Agreements.ENTITY, Long.toString(id))).hasSize(1);
            assertThat(plugin.get("change").apply(new Object[] {id, 0L})).isEqualTo(1L);
            assertThatThrownBy(() -> plugin.get("change").apply(new Object[] {id, 0L}))
                    .as("a change made on the first copy")
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("agreements.stale");
            assertThatThrownBy(() -> plugin.get("move")
                            .apply(new Object[] {id, 0L, "TERMINATE", null, LocalDate.of(2026, 6, 30)}))
                    .as("a move made on the first copy")
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("agreements.stale");
            assertThat(plugin.get("version").apply(new Object[] {id})).isEqualTo(1L);
            var audit = calls.auditOf(Agreements.ENTITY, Long.toString(id));
            assertThat(audit).hasSize(2);
        }
    }
}
