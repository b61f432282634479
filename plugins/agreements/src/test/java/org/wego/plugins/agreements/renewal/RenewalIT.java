package org.wego.plugins.agreements.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.agreements.register.Agreements;

/** Renewals and members' change requests on a real platform: racing renewals, the inbox, scope and audit. */
@WegoPluginTest
class RenewalIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");
    private static final OrganisationKey CHENGDU = OrganisationKey.of("ro-chengdu");
    private static final OrganisationKey ABUJA = OrganisationKey.of("ro-abuja");
    private static final LocalDate LATER = LocalDate.of(2035, 1, 31);

    private static Map<String, Function<Object[], Object>> plugin;
    private static PluginCalls calls;

    @BeforeAll
    static void calls(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        calls = platform.calls();
        plugin = calls.inPlugin(Renewals.class, RenewalCalls.class);
    }

    @Test
    void twoRenewingAtTheSameMomentOneWinsTheOtherIsToldAndNothingIsHalfSaved() throws Exception {
        long id = (Long) asSecretariat("signed", "Racing renewal", HANOI.value(), false, LATER);
        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var outcomes = new ArrayList<Future<Object>>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(pool.submit(() -> {
                try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
                    ready.countDown();
                    go.await();
                    try {
                        return plugin.get("renew").apply(new Object[] {id});
                    } catch (RuntimeException e) {
                        return e;
                    }
                }
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        var results = new ArrayList<Object>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(results).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(results)
                .filteredOn(InvalidInputException.class::isInstance)
                .singleElement()
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).messageKey()).isEqualTo("agreements.renewal.already"));
        long successor = (Long)
                results.stream().filter(Long.class::isInstance).findFirst().orElseThrow();
        assertThat(text("agreement", id)).startsWith("RENEWED RENEWED");
        assertThat(text("agreement", successor))
                .as("a draft copy of the terms with its dates left to fill")
                .isEqualTo("DRAFT DRAFT null " + id + " [vn-hanoi] Racing renewal null 1");
        assertThat(text("chain", id)).isEqualTo("[] [" + successor + "]");
        assertThat(text("chain", successor)).isEqualTo("[" + id + "] []");
        assertThat(calls.auditOf(Agreements.ENTITY, Long.toString(id)))
                .as("recorded, renewed")
                .hasSize(2);
        assertThat(calls.auditOf(Agreements.ENTITY, Long.toString(successor))).hasSize(1);
        assertThatThrownBy(() -> asSecretariat("renew", id))
                .as("renewed at most once, also later")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreements.renewal.already"));
    }

    @Test
    void aMembersRenewalApprovedRenewsTheAgreementAndTheDraftStaysTheSecretariats(RunningPlatform platform)
            throws Exception {
        long id = (Long) asSecretariat("signed", "Hanoi asks to renew", HANOI.value(), false, LATER);
        long request;
        try (var member = calls.as(Role.MEMBER_CITY, HANOI)) {
            request = (Long) plugin.get("propose").apply(new Object[] {id, "RENEWAL", null, "We wish to go on"});
        }
        String pending = text("request", request, id);
        assertThat(pending).startsWith("PENDING null false ");
        long approval = Long.parseLong(pending.substring(pending.lastIndexOf(' ') + 1));
        assertThat(calls.approvalAsSecretariat(approval).status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(calls.decideAsSecretariat(approval, ApprovalStatus.APPROVED, "Agreed")
                        .succeeded())
                .isTrue();
        String decided = text("request", request, id);
        assertThat(decided).startsWith("APPROVED ");
        long successor = Long.parseLong(decided.split(" ")[1]);
        assertThat(text("agreement", id)).startsWith("RENEWED RENEWED");
        assertThat(text("chain", id)).isEqualTo("[] [" + successor + "]");
        try (var member = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(plugin.get("chain").apply(new Object[] {id}))
                    .as("the member does not see the secretariat's draft successor")
                    .isEqualTo("[] []");
            assertThat((String) plugin.get("request").apply(new Object[] {request, id}))
                    .startsWith("APPROVED");
        }
        assertThat(calls.auditOf(ChangeRequests.ENTITY, Long.toString(request)))
                .as("proposed, decided")
                .hasSize(2);
        assertThat(calls.auditOf(Agreements.ENTITY, Long.toString(id)))
                .as("recorded, renewed")
                .hasSize(2);
        assertThat(calls.auditOf(Agreements.ENTITY, Long.toString(successor))).hasSize(1);
        // Hanoi's member user is told, in the platform and by mail, in both languages.
        assertThat(notices(id))
                .contains("Your proposed change of agreement no. " + id + " was approved | 협약 " + id
                        + "번에 대한 변경 제안이 승인되었습니다");
        // Shown both ways on the pages, with the request and its decision.
        assertThat(platform.open("agreements/agreement?id=" + id, Role.SECRETARIAT)
                        .body())
                .contains("agreements-renewal-chain", "agreements-renewal-successor", "agreements-renewal-requests")
                .doesNotContain("agreements-renewal-renew");
        assertThat(platform.open("agreements/agreement?id=" + successor, Role.SECRETARIAT)
                        .body())
                .contains("agreements-renewal-predecessor", "Hanoi asks to renew");
        assertThat(platform.open("agreements/agreement?id=" + id, Role.MEMBER_CITY)
                        .body())
                .contains("agreements-renewal-requests", "We wish to go on")
                .doesNotContain(
                        "agreements-renewal-successor", "agreements-renewal-renew", "agreements-renewal-propose");
    }

    @Test
    void aMembersAmendmentRefusedChangesNothingAndAnApprovedOneIsKeptAsAccepted(RunningPlatform platform)
            throws Exception {
        long id = (Long) asSecretariat("signed", "Hanoi amends", HANOI.value(), false, LATER);
        long refused;
        long accepted;
        try (var member = calls.as(Role.MEMBER_CITY, HANOI)) {
            refused = (Long) plugin.get("propose")
                    .apply(new Object[] {id, "AMENDMENT", "Article 3: <b>two</b> years", "Council decision"});
            accepted = (Long) plugin.get("propose")
                    .apply(new Object[] {id, "AMENDMENT", "Article 5: add Korean", "Our staff read Korean"});
        }
        assertThat(calls.decideAsSecretariat(approvalOf(refused, id), ApprovalStatus.REJECTED, "Not now")
                        .succeeded())
                .isTrue();
        assertThat(text("request", refused, id)).startsWith("REJECTED null false");
        assertThat(text("agreement", id)).startsWith("SIGNED ACTIVE");
        assertThat(calls.decideAsSecretariat(approvalOf(accepted, id), ApprovalStatus.APPROVED, null)
                        .succeeded())
                .isTrue();
        assertThat(text("request", accepted, id))
                .as("accepted, for the secretariat to record as an amendment")
                .startsWith("APPROVED null true");
        assertThat(text("agreement", id)).startsWith("SIGNED ACTIVE");
        assertThat(calls.auditOf(ChangeRequests.ENTITY, Long.toString(refused))).hasSize(2);
        assertThat(notices(id))
                .contains("Your proposed change of agreement no. " + id + " was refused | 협약 " + id
                        + "번에 대한 변경 제안이 거절되었습니다");
        assertThat(platform.open("agreements/agreement?id=" + id, Role.MEMBER_CITY)
                        .body())
                .as("the accepted amendment is shown on the page")
                .contains("agreements-renewal-accepted", "Article 5: add Korean", "agreements-renewal-propose");
        assertThat(platform.open("agreements/agreement?id=" + id, Role.SECRETARIAT)
                        .body())
                .contains("agreements-renewal-renew")
                .doesNotContain("agreements-renewal-propose");
        assertThat(calls.auditOf(Agreements.ENTITY, Long.toString(id)))
                .as("only its recording")
                .hasSize(1);
    }

    @Test
    void theRegionalOfficeOfAMemberPartyProposesForItAndIsToldOfTheDecision() throws Exception {
        long id = (Long) asSecretariat("signed", "Hanoi via its office", HANOI.value(), false, LATER);
        long request;
        try (var office = calls.as(Role.REGIONAL_OFFICE, CHENGDU)) {
            request = (Long) plugin.get("propose")
                    .apply(new Object[] {id, "AMENDMENT", "Annex B: training calendar", "Asked by Hanoi"});
        }
        assertThat(calls.decideAsSecretariat(approvalOf(request, id), ApprovalStatus.APPROVED, "Fine")
                        .succeeded())
                .isTrue();
        assertThat(text("request", request, id)).startsWith("APPROVED null true");
        assertThat(notices(id)).isNotEmpty();
        assertThat(calls.auditOf(ChangeRequests.ENTITY, Long.toString(request))).hasSize(2);
    }

    @Test
    void aRenewalApprovedAfterTheSecretariatRenewedIsRefusedAndOnlyOneRenewalWaitsAtATime() throws Exception {
        long id = (Long) asSecretariat("signed", "Renewed meanwhile", HANOI.value(), false, LATER);
        long request;
        try (var member = calls.as(Role.MEMBER_CITY, HANOI)) {
            request = (Long) plugin.get("propose").apply(new Object[] {id, "RENEWAL", null, "Please renew"});
            assertThatThrownBy(() -> plugin.get("propose").apply(new Object[] {id, "RENEWAL", null, "Again"}))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("agreements.renewal.invalid.pending"));
        }
        long successor = (Long) asSecretariat("renew", id);
        long approval = approvalOf(request, id);
        assertThatThrownBy(() -> calls.decideAsSecretariat(approval, ApprovalStatus.APPROVED, null))
                .as("the handler refuses: the agreement was renewed meanwhile");
        assertThat(text("request", request, id))
                .as("nothing of the decision kept")
                .startsWith("PENDING null");
        assertThat(calls.decideAsSecretariat(approval, ApprovalStatus.REJECTED, "Renewed already")
                        .succeeded())
                .isTrue();
        assertThat(text("chain", id)).isEqualTo("[] [" + successor + "]");
    }

    @Test
    void aMemberOutOfScopeFindsNothingAndOnlyTheSecretariatRenews() throws Exception {
        long id = (Long) asSecretariat("signed", "Hanoi only", HANOI.value(), false, LATER);
        try (var other = calls.as(Role.MEMBER_CITY, NAIROBI)) {
            assertThatThrownBy(() -> plugin.get("propose").apply(new Object[] {id, "RENEWAL", null, "Forged"}))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("agreements.not-found"));
            assertThat(plugin.get("count").apply(new Object[] {id})).isEqualTo(0);
        }
        try (var otherOffice = calls.as(Role.REGIONAL_OFFICE, ABUJA)) {
            assertThatThrownBy(() -> plugin.get("propose").apply(new Object[] {id, "AMENDMENT", "Forged", "Forged"}))
                    .as("another region's office")
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("agreements.not-found"));
        }
        try (var member = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThatThrownBy(() -> plugin.get("renew").apply(new Object[] {id}))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            assertThatThrownBy(() -> plugin.get("propose").apply(new Object[] {id, "RENEWAL", null, "Mine"}))
                    .as("the secretariat renews; it proposes nothing")
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(plugin.get("count").apply(new Object[] {id}))
                    .as("nothing stored")
                    .isEqualTo(0);
        }
        assertThat(text("agreement", id)).startsWith("SIGNED ACTIVE");
    }

    @Test
    void anAgreementThatRenewsItselfIsActivePastItsExpiryWithItsTermRolledForward() throws Exception {
        LocalDate expiry = LocalDate.of(2024, 1, 31);
        long id = (Long) asSecretariat("signed", "Renews itself", HANOI.value(), true, expiry);
        long lapsed = (Long) asSecretariat("signed", "Lapsed", HANOI.value(), false, expiry);
        LocalDate today = LocalDate.now();
        LocalDate term = expiry;
        for (int years = 1; term.isBefore(today); years++) {
            term = expiry.plusYears(years);
        }
        assertThat(text("agreement", id)).startsWith("SIGNED ACTIVE " + term + " ");
        assertThat(text("agreement", lapsed)).startsWith("SIGNED EXPIRED " + expiry + " ");
        assertThat(asSecretariat("listed", id, "ACTIVE")).isEqualTo(true);
        assertThat(asSecretariat("listed", id, "EXPIRED")).isEqualTo(false);
        assertThat(asSecretariat("listed", lapsed, "EXPIRED")).isEqualTo(true);
    }

    /** The notifications about an agreement's requests, each as "English subject | Korean subject". */
    private static List<String> notices(long agreement) {
        return JdbcClient.create(calls.platformBean(DataSource.class))
                .sql("""
                        SELECT CONCAT(subject_en, ' | ', subject_ko) FROM platform_notification
                        WHERE subject_en LIKE :about""")
                .param("about", "%agreement no. " + agreement + " %")
                .query(String.class)
                .list();
    }

    private static long approvalOf(long request, long agreement) throws Exception {
        String shown = text("request", request, agreement);
        return Long.parseLong(shown.substring(shown.lastIndexOf(' ') + 1));
    }

    private static Object asSecretariat(String call, Object... args) throws Exception {
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            return plugin.get(call).apply(args);
        }
    }

    private static String text(String call, Object... args) throws Exception {
        return (String) asSecretariat(call, args);
    }
}
