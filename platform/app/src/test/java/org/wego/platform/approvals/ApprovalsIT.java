package org.wego.platform.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.plugins.FixturePlugins;
import org.wego.platform.plugins.PluginRuntime;
import org.wego.plugin.api.ApprovalException;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * The approvals inbox on the real stack, with a fixture plugin that declares a type and handles its
 * decisions: submission rules, scope, decisions in one transaction with the plugin's handler, two
 * officers racing, bulk decisions, and a plugin that is switched off while requests wait.
 */
@SpringBootTest(classes = WegoApplication.class)
@RecordApplicationEvents
class ApprovalsIT {

    private static final String PLUGIN = "approvals-fixture";
    private static final String TYPE = "approvals-fixture.thing";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) throws IOException {
        TestStackProperties.apply(registry, ApprovalsIT.class);
        Path plugins = Files.createTempDirectory("wego-approvals-plugins");
        FixturePlugins.approving(plugins);
        registry.add("wego.plugins.dir", plugins::toString);
    }

    @Autowired
    ApprovalInbox inbox;

    @Autowired
    PluginRuntime runtime;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private final SignedInUser hanoi = user("h1", "Nguyen Thi Lan", Role.MEMBER_CITY, "vn-hanoi");
    private final SignedInUser berlin = user("b1", "Anna Schmidt", Role.MEMBER_CITY, "de-berlin");
    private final SignedInUser chengdu = user("r1", "Li Wei", Role.REGIONAL_OFFICE, "ro-chengdu");
    private final SignedInUser beyoglu = user("r2", "Ayse Kaya", Role.REGIONAL_OFFICE, "ro-beyoglu");
    private final SignedInUser minji = user("s1", "Minji Park", Role.SECRETARIAT, "wego-secretariat");

    private static SignedInUser user(String id, String name, Role role, String organisation) {
        return new SignedInUser(
                id, id, name, id + "@example.org", Set.of(role), OrganisationKey.of(organisation), Locale.ENGLISH);
    }

    private long submit(SignedInUser submitter, String organisation, String subject) {
        return inbox.submit(
                PLUGIN,
                submitter,
                new ApprovalRequest(
                        TYPE,
                        OrganisationKey.of(organisation),
                        "Thing " + subject,
                        Map.of("approvals-fixture.why", "Because of " + subject),
                        subject));
    }

    private int rows(String table, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE subject = ?")
                .param(subject)
                .query(Integer.class)
                .single();
    }

    private int auditEntries(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE entity = ? AND entity_id = ?")
                .params(ApprovalInbox.ENTITY, Long.toString(id))
                .query(Integer.class)
                .single();
    }

    @Test
    void aSubmittedRequestIsApprovedInOneTransactionWithThePluginsHandlerAuditedAndAnnounced() {
        long id = submit(hanoi, "vn-hanoi", "approve-me");
        assertThat(inbox.state(PLUGIN, id).orElseThrow().status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(inbox.list(
                        minji,
                        new InboxFilter(TYPE, null, ApprovalStatus.PENDING, "approve-me"),
                        InboxPage.newest(0, 10)))
                .extracting(InboxRequest::id)
                .containsExactly(id);

        InboxRequest decided = inbox.decide(minji, id, ApprovalStatus.APPROVED, "Fine");

        assertThat(decided.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("Minji Park");
        InboxRequest stored = inbox.byId(minji, id).orElseThrow();
        assertThat(stored.decidedByUsername()).isEqualTo("s1");
        assertThat(stored.submitterUsername()).isEqualTo("h1");
        assertThat(stored.submitterLabel()).as("the inbox shows the account").isEqualTo("Nguyen Thi Lan (h1)");
        assertThat(stored.decidedByLabel()).isEqualTo("Minji Park (s1)");
        assertThat(jdbc.sql("SELECT outcome, seen FROM approvals_fixture_decision WHERE subject = 'approve-me'")
                        .query((rs, row) -> rs.getString(1) + "/" + rs.getString(2))
                        .single())
                .as("the handler ran in the decision's transaction: it read the new status back")
                .isEqualTo("APPROVED/APPROVED");
        assertThat(auditEntries(id)).as("submitted and decided").isEqualTo(2);
        assertThat(events.stream(ApprovalDecided.class).filter(e -> e.requestId() == id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.submitterId()).isEqualTo("h1");
                    assertThat(e.outcome()).isEqualTo(ApprovalStatus.APPROVED);
                    assertThat(e.organisation()).isEqualTo(OrganisationKey.of("vn-hanoi"));
                    assertThat(e.decidedBy()).isEqualTo("Minji Park");
                });
        assertThat(jdbc.sql("SELECT subject_en, subject_ko, link FROM platform_notification WHERE user_id = 'h1'"
                                + " AND subject_en LIKE '%approve-me'")
                        .query((rs, row) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3))
                        .single())
                .as("the submitter is told, in both languages, with a link to their requests")
                .isEqualTo("Approved: Thing approve-me | 승인됨: Thing approve-me | requests");
        assertThat(inbox.state(PLUGIN, id).orElseThrow().comment()).isEqualTo("Fine");
        assertThat(inbox.state("another-plugin", id))
                .as("a plugin reads only its own")
                .isEmpty();
    }

    @Test
    void whenThePluginsHandlerFailsNothingOfTheDecisionIsKeptAndTheOfficerLearnsWhy() {
        long id = submit(hanoi, "vn-hanoi", "fail-locked");

        assertThatThrownBy(() -> inbox.decide(minji, id, ApprovalStatus.APPROVED, null))
                .isInstanceOfSatisfying(ApprovalException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("approvals.error.handler-failed");
                    assertThat(e.arguments())
                            .as("the plugin's exception text is for the log, never for the officer (issue 13)")
                            .containsExactly(PLUGIN);
                });

        assertThat(inbox.state(PLUGIN, id).orElseThrow().status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(auditEntries(id)).as("only the submission").isEqualTo(1);
        assertThat(events.stream(ApprovalDecided.class)).noneMatch(e -> e.requestId() == id);
    }

    @Test
    void ofManyOfficersDecidingTheSameRequestAtOnceExactlyOneWinsAndTheOthersAreToldByWhom() throws Exception {
        long id = submit(hanoi, "vn-hanoi", "race");
        int officers = 6;
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(officers);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < officers; i++) {
            SignedInUser officer = user("s" + (10 + i), "Officer " + i, Role.SECRETARIAT, "wego-secretariat");
            ApprovalStatus outcome = i % 2 == 0 ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
            Callable<String> decide = () -> {
                start.await();
                try {
                    return "won:"
                            + inbox.decide(officer, id, outcome, "by " + officer.displayName())
                                    .decidedByLabel();
                } catch (ApprovalException e) {
                    return e.messageKey() + ":" + e.arguments()[0];
                }
            };
            results.add(pool.submit(decide));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        List<String> winners =
                outcomes.stream().filter(o -> o.startsWith("won:")).toList();
        assertThat(winners).hasSize(1);
        String winner = winners.getFirst().substring("won:".length());
        assertThat(outcomes)
                .filteredOn(o -> !o.startsWith("won:"))
                .hasSize(officers - 1)
                .allMatch(o -> o.equals("approvals.error.already-decided:" + winner));
        assertThat(inbox.byId(minji, id).orElseThrow().decidedByLabel()).isEqualTo(winner);
        assertThat(rows("approvals_fixture_decision", "race"))
                .as("the handler ran once")
                .isEqualTo(1);
        assertThat(auditEntries(id)).isEqualTo(2);
    }

    @Test
    void eachRoleSeesOnlyTheRequestsOfItsScope() {
        long inHanoi = submit(hanoi, "vn-hanoi", "scope-hanoi");
        long inBerlin = submit(berlin, "de-berlin", "scope-berlin");
        InboxFilter scope = new InboxFilter(TYPE, null, null, "scope-");

        assertThat(ids(hanoi, scope)).containsExactly(inHanoi);
        assertThat(ids(berlin, scope)).containsExactly(inBerlin);
        assertThat(ids(chengdu, scope)).as("Hanoi is in Chengdu's region").containsExactly(inHanoi);
        assertThat(ids(beyoglu, scope)).as("Berlin is in Beyoglu's region").containsExactly(inBerlin);
        assertThat(ids(minji, scope)).containsExactlyInAnyOrder(inHanoi, inBerlin);
        assertThat(inbox.count(hanoi, scope)).isEqualTo(1);

        assertThat(inbox.byId(berlin, inHanoi)).as("a foreign id").isEmpty();
        assertThat(inbox.byId(hanoi, inHanoi)).isPresent();
        assertThat(inbox.byId(hanoi, 987_654_321L)).as("an unknown id").isEmpty();
    }

    @Test
    void badSubmissionsAreRefusedAndNothingIsSaved() {
        int before = inbox.count(minji, InboxFilter.any());
        var hanoiKey = OrganisationKey.of("vn-hanoi");

        assertThat(Refusals.keyOf(() -> inbox.submit(
                        PLUGIN, hanoi, new ApprovalRequest("approvals-fixture.other", hanoiKey, "T", Map.of(), "1"))))
                .isEqualTo("approvals.error.undeclared-type");
        assertThat(Refusals.keyOf(() ->
                        inbox.submit("someone-else", hanoi, new ApprovalRequest(TYPE, hanoiKey, "T", Map.of(), "1"))))
                .as("another plugin's type")
                .isEqualTo("approvals.error.undeclared-type");
        assertThat(Refusals.keyOf(() -> inbox.submit(
                        PLUGIN,
                        hanoi,
                        new ApprovalRequest(TYPE, OrganisationKey.of("xx-nowhere"), "T", Map.of(), "1"))))
                .isEqualTo("approvals.error.unknown-organisation");
        assertThat(Refusals.keyOf(() ->
                        inbox.submit(PLUGIN, hanoi, new ApprovalRequest(TYPE, hanoiKey, "T\u0000", Map.of(), "1"))))
                .isEqualTo("input.invalid.control");
        assertThat(Refusals.keyOf(() -> inbox.submit(
                        PLUGIN, hanoi, new ApprovalRequest(TYPE, hanoiKey, "T", Map.of("Why / 왜", "x"), "1"))))
                .as("a detail's label is a message key of the plugin")
                .isEqualTo("approvals.error.detail-label");
        assertThat(Refusals.keyOf(() -> inbox.submit(
                        PLUGIN, hanoi, new ApprovalRequest(TYPE, hanoiKey, "T".repeat(201), Map.of(), "1"))))
                .isEqualTo("input.invalid.too-long");
        assertThat(Refusals.keyOf(() -> inbox.submit(
                        PLUGIN, hanoi, new ApprovalRequest(TYPE, hanoiKey, "T", Map.of(), "1' OR '1'='1".repeat(10)))))
                .isEqualTo("input.invalid.too-long");
        assertThatThrownBy(() -> submit(hanoi, "de-berlin", "foreign"))
                .as("an organisation outside the submitter's scope")
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(
                        () -> inbox.forPlugin(PLUGIN).submit(new ApprovalRequest(TYPE, hanoiKey, "T", Map.of(), "1")))
                .as("nobody signed in")
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(inbox.count(minji, InboxFilter.any())).isEqualTo(before);
    }

    @Test
    void badDecisionsAreRefusedAndNothingChanges() {
        long id = submit(hanoi, "vn-hanoi", "bad-decisions");

        assertThat(Refusals.keyOf(() -> inbox.decide(minji, id, ApprovalStatus.REJECTED, " ")))
                .isEqualTo("approvals.error.comment-required");
        assertThat(Refusals.keyOf(() -> inbox.decide(minji, id, ApprovalStatus.REJECTED, "x".repeat(1001))))
                .isEqualTo("input.invalid.too-long");
        assertThat(Refusals.keyOf(() -> inbox.decide(minji, id, ApprovalStatus.REJECTED, "no\u0000")))
                .isEqualTo("input.invalid.control");
        assertThat(Refusals.keyOf(() -> inbox.decide(minji, 987_654_321L, ApprovalStatus.APPROVED, null)))
                .isEqualTo("approvals.error.unknown-request");
        assertThatThrownBy(() -> inbox.decide(chengdu, id, ApprovalStatus.APPROVED, null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> inbox.decideAll(hanoi, List.of(id), ApprovalStatus.APPROVED, null))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(inbox.byId(minji, id).orElseThrow().status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(auditEntries(id)).isEqualTo(1);

        InboxRequest rejected = inbox.decide(minji, id, ApprovalStatus.REJECTED, "Not this year");
        assertThat(rejected.comment()).isEqualTo("Not this year");
        assertThat(Refusals.keyOf(() -> inbox.decide(minji, id, ApprovalStatus.APPROVED, null)))
                .isEqualTo("approvals.error.already-decided");
    }

    @Test
    void aBulkDecisionDecidesEachRequestOnItsOwnAndSaysWhichFailedAndWhy() {
        long first = submit(hanoi, "vn-hanoi", "bulk-1");
        long failing = submit(hanoi, "vn-hanoi", "fail-bulk");
        long decided = submit(hanoi, "vn-hanoi", "bulk-3");
        inbox.decide(minji, decided, ApprovalStatus.APPROVED, null);

        List<DecisionOutcome> outcomes =
                inbox.decideAll(minji, List.of(first, failing, decided), ApprovalStatus.REJECTED, "Budget is spent");

        assertThat(outcomes).extracting(DecisionOutcome::requestId).containsExactly(first, failing, decided);
        assertThat(outcomes.get(0).succeeded()).isTrue();
        assertThat(outcomes.get(1).problem().messageKey()).isEqualTo("approvals.error.handler-failed");
        assertThat(outcomes.get(2).problem().messageKey()).isEqualTo("approvals.error.already-decided");
        assertThat(inbox.byId(minji, first).orElseThrow().status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(inbox.byId(minji, failing).orElseThrow().status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(inbox.byId(minji, decided).orElseThrow().status()).isEqualTo(ApprovalStatus.APPROVED);

        assertThat(Refusals.keyOf(() -> inbox.decideAll(minji, List.of(first), ApprovalStatus.REJECTED, "")))
                .isEqualTo("approvals.error.comment-required");
        assertThat(Refusals.keyOf(() -> inbox.decideAll(minji, List.of(), ApprovalStatus.APPROVED, null)))
                .isEqualTo("approvals.error.bulk-size");
    }

    @Test
    void requestsOfADisabledPluginStayVisibleButCannotBeDecidedUntilItRunsAgain() {
        long id = submit(hanoi, "vn-hanoi", "while-disabled");
        runtime.disable(PLUGIN);
        try {
            assertThat(inbox.byId(minji, id)).isPresent();
            assertThat(inbox.isDecidable(TYPE)).isFalse();
            assertThat(inbox.typeNames()).contains(TYPE);
            assertThat(Refusals.keyOf(() -> inbox.decide(minji, id, ApprovalStatus.APPROVED, null)))
                    .isEqualTo("approvals.error.plugin-unavailable");
            assertThat(Refusals.keyOf(() -> submit(hanoi, "vn-hanoi", "new-while-disabled")))
                    .isEqualTo("approvals.error.undeclared-type");
        } finally {
            runtime.enable(PLUGIN);
        }
        assertThat(inbox.decide(minji, id, ApprovalStatus.APPROVED, null).status())
                .isEqualTo(ApprovalStatus.APPROVED);
    }

    private List<Long> ids(SignedInUser reader, InboxFilter filter) {
        return inbox.list(reader, filter, InboxPage.newest(0, 50)).stream()
                .map(InboxRequest::id)
                .toList();
    }
}
